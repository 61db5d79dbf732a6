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

    /** GET /api/admin/users: the tenant's users with their roles, and the roles one may give (lowest first). */
    void users(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        ctx.json(Map.of("items", s.accounts().users(p.tenantId()), "roles", java.util.Arrays.stream(Role.values())
                .filter(r -> r != Role.PUBLIC).map(Role::label).toList()));
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

    /**
     * POST /api/admin/users/{id}/role {role}: changes a user's role; their sessions and tokens follow on the next
     * request. 409 when it would leave the tenant without an active lab-admin.
     */
    void setRole(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        long id = SampleHandlers.pathId(ctx, "id");
        Role role = Role.of(body(ctx).path("role").asText(""));
        if (!s.accounts().setRole(p.tenantId(), id, role)) throw ApiError.notFound("user " + id);
        s.audit().record(p, "user.role", "user/" + id);
        ctx.json(Map.of("id", id, "role", role.label()));
    }

    /**
     * DELETE /api/admin/users/{id}: disables the user (sign-in, sessions and tokens stop at once; the row stays for
     * the audit). 409 for the tenant's last active lab-admin.
     */
    void disableUser(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        long id = SampleHandlers.pathId(ctx, "id");
        if (!s.accounts().disable(p.tenantId(), id)) throw ApiError.notFound("active user " + id);
        s.audit().record(p, "user.disable", "user/" + id);
        ctx.status(204);
    }

    /** POST /api/admin/users/{id}/enable: a disabled user may sign in again (their old sessions stay ended). */
    void enableUser(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        long id = SampleHandlers.pathId(ctx, "id");
        if (!s.accounts().enable(p.tenantId(), id)) throw ApiError.notFound("disabled user " + id);
        s.audit().record(p, "user.enable", "user/" + id);
        ctx.status(204);
    }

    /** GET /api/admin/branding: the tenant's letterhead as stored ({@code branded: false} when it has none). */
    void branding(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        ctx.json(brandingJson(s.branding().get(p.tenantId()).orElse(null), p));
    }

    /**
     * POST /api/admin/branding {labName, address?, signatory?, reportIdFormat?}: saves the letterhead (the logo
     * stays). Every field is checked first, the report-id format too: 400 naming what is wrong.
     */
    void saveBranding(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        JsonNode b = body(ctx);
        BrandingStore.Settings saved = s.branding().save(p.tenantId(), text(b, "labName"), text(b, "address"),
                text(b, "signatory"), text(b, "reportIdFormat"));
        s.audit().record(p, "branding.save", "tenant/" + p.tenantId());
        ctx.json(brandingJson(saved, p));
    }

    /**
     * POST /api/admin/branding/logo: the logo file as the raw body or as multipart field {@code file}; a PNG or an
     * SVG (sanitised, {@link Logos}); anything else 415, larger than {@link Logos#MAX_BYTES} 413.
     */
    void uploadLogo(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        byte[] content;
        String ct = ctx.contentType();
        try {
            if (ct != null && ct.startsWith("multipart/form-data")) {
                io.javalin.http.UploadedFile f = ctx.uploadedFile("file");
                if (f == null) throw new ApiError(400, "multipart upload: expected a field named 'file'");
                try (java.io.InputStream in = f.content()) {
                    content = in.readNBytes(Logos.MAX_BYTES + 1);
                }
            } else {
                try (java.io.InputStream in = ctx.bodyInputStream()) {
                    content = in.readNBytes(Logos.MAX_BYTES + 1);
                }
            }
        } catch (IOException e) {
            throw new ApiError(400, "logo: the upload broke off before the whole file arrived");
        }
        Logos.Logo logo = Logos.check(content);
        s.branding().setLogo(p.tenantId(), logo);
        s.audit().record(p, "branding.logo", "tenant/" + p.tenantId());
        ctx.json(brandingJson(s.branding().get(p.tenantId()).orElseThrow(), p));
    }

    /**
     * GET /api/admin/branding/logo: the stored logo, for the preview. An SVG is served under a policy that lets it
     * run nothing and fetch nothing, even if opened on its own.
     */
    void logo(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        Logos.Logo logo = s.branding().logo(p.tenantId()).orElseThrow(() -> ApiError.notFound("logo"));
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(logo.type()).result(logo.bytes());
    }

    /** DELETE /api/admin/branding/logo: reports go on without a logo. */
    void removeLogo(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        if (!s.branding().removeLogo(p.tenantId())) throw ApiError.notFound("logo");
        s.audit().record(p, "branding.logo.remove", "tenant/" + p.tenantId());
        ctx.status(204);
    }

    private static Map<String, Object> brandingJson(BrandingStore.Settings b, Principal p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("branded", b != null);
        m.put("labName", b == null ? null : b.labName());
        m.put("address", b == null ? null : b.address());
        m.put("signatory", b == null ? null : b.signatory());
        m.put("reportIdFormat", b == null ? null : b.reportIdFormat());
        m.put("logoType", b == null ? null : b.logoType());
        m.put("version", b == null ? 0 : b.version());
        // what the format gives today for a first report, for the preview (the real number is the lab's next)
        m.put("exampleReportId", b == null || b.reportIdFormat() == null ? null : ReportIdFormat.parse(b.reportIdFormat())
                .format(p.tenantName(), java.time.LocalDate.now(java.time.ZoneOffset.UTC), 1));
        return m;
    }

    private static String text(JsonNode b, String field) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new ApiError(400, field + ": expected a string");
        return v.asText();
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
