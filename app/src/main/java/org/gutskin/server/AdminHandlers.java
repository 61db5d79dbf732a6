package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lab-admin's endpoints under {@code /api/admin/}: users and their roles, password resets, API tokens for any
 * user of the tenant, and new tenants. Every route here is registered with {@link Role#LAB_ADMIN}; every lookup is
 * by the caller's tenant, so another tenant's user or token is a 404. Each change is audited by id only.
 */
final class AdminHandlers {

    /** Longest lifetime an administrator may give a token. */
    static final int MAX_TOKEN_DAYS = 3650;

    private final Services s;

    AdminHandlers(Services s) {
        this.s = s;
    }

    /** GET /api/admin/users: the tenant's users with their roles. */
    void users(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        ctx.json(Map.of("items", s.accounts().users(p.tenantId())));
    }

    /** POST /api/admin/users {username, password, role}: a new user of the caller's tenant. */
    void createUser(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        JsonNode b = body(ctx);
        Role role = Role.of(b.path("role").asText(""));
        long id = s.accounts().createUser(p.tenantId(), b.path("username").asText(""), b.path("password").asText(""),
                role);
        s.audit().record(p, "user.create", "user/" + id);
        ctx.status(201).json(Map.of("id", id, "username", b.path("username").asText(), "role", role.label()));
    }

    /** POST /api/admin/users/{id}/password {password}: resets a user's password; their browser sessions end. */
    void resetPassword(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        long id = SampleHandlers.pathId(ctx, "id");
        if (!s.accounts().setPassword(p.tenantId(), id, body(ctx).path("password").asText(""))) {
            throw ApiError.notFound("user " + id);
        }
        s.audit().record(p, "password.reset", "user/" + id);
        ctx.status(204);
    }

    /** GET /api/admin/tokens: the tenant's tokens (never the token itself, which is not stored). */
    void tokens(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        ctx.json(Map.of("items", s.accounts().tokens(p.tenantId())));
    }

    /**
     * POST /api/admin/tokens {username, name, role?, days?}: a token for a user of the tenant, scoped to
     * {@code role} (default the user's; the user's role still caps it), expiring after {@code days} (default the
     * service's token lifetime). Shown once, in this answer.
     */
    void createToken(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        JsonNode b = body(ctx);
        String username = b.path("username").asText("");
        Accounts.User u = s.accounts().user(p.tenantId(), username)
                .orElseThrow(() -> ApiError.notFound("user '" + username + "'"));
        Role role = b.hasNonNull("role") ? Role.of(b.get("role").asText()) : Role.of(u.role());
        Duration ttl = s.options().limits().tokenTtl();
        if (b.hasNonNull("days")) {
            int days = b.get("days").asInt(-1);
            if (!b.get("days").isInt() || days < 1 || days > MAX_TOKEN_DAYS) {
                throw new ApiError(400, "days: an integer from 1 to " + MAX_TOKEN_DAYS);
            }
            ttl = Duration.ofDays(days);
        }
        String name = b.path("name").asText("api");
        Accounts.NewToken t = s.accounts().createToken(p.tenantId(), u.id(), name, role, ttl);
        s.audit().record(p, "token.create", "token/" + t.id());
        Map<String, Object> m = new LinkedHashMap<>(AuthHandlers.tokenJson(t, name, p.tenantName()));
        m.put("user", u.username());
        ctx.status(201).json(m);
    }

    /** DELETE /api/admin/tokens/{id}: revokes the token; the next request with it is 401, on every instance. */
    void revokeToken(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        long id = SampleHandlers.pathId(ctx, "id");
        if (!s.accounts().revokeToken(p.tenantId(), id)) throw ApiError.notFound("active token " + id);
        s.audit().record(p, "token.revoke", "token/" + id);
        ctx.status(204);
    }

    /**
     * POST /api/admin/tenants {name, adminUsername, adminPassword}: a new tenant (a lab or customer) with its
     * first lab-admin. The caller gains no access to it: its data is reached only by signing in as its users.
     */
    void createTenant(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        JsonNode b = body(ctx);
        String name = b.path("name").asText("");
        long id = s.accounts().createTenantWithAdmin(name, b.path("adminUsername").asText(""),
                b.path("adminPassword").asText(""));
        s.audit().record(p, "tenant.create", "tenant/" + id);
        ctx.status(201).json(Map.of("id", id, "name", name));
    }

    private JsonNode body(Context ctx) {
        try {
            String b = ctx.body();
            JsonNode n = b.isBlank() ? s.json().createObjectNode() : s.json().readTree(b);
            if (!n.isObject()) throw new ApiError(400, "request body: expected a JSON object");
            return n;
        } catch (IOException e) {
            throw new ApiError(400, "request body: expected a JSON object");
        }
    }
}
