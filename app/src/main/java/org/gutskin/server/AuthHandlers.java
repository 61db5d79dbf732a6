package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling. An API client sends {@code Authorization: Bearer gsk_…}; the web UI signs in and then sends the
 * session cookie (HttpOnly, SameSite=Strict, Secure over TLS) plus the session's CSRF token in
 * {@code X-CSRF-Token} on every request that changes something; a browser request that changes something, sign-in
 * included, must come from this service's own origin. {@link #authenticate} runs before every {@code /api/} route and
 * leaves the {@link Principal} on the request; {@link #authorize} then checks the role the route declares, and
 * handlers read the principal with {@link #principal}.
 */
final class AuthHandlers {

    static final String COOKIE = "gutskin_session";
    /** Request attribute: the caller presented the metrics token (set only before /metrics). */
    private static final String SCRAPER = "gutskin.scraper";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Services s;

    AuthHandlers(Services s) {
        this.s = s;
    }

    static Principal principal(Context ctx) {
        Principal p = ctx.attribute("principal");
        if (p == null) throw new ApiError(401, "sign in or send an API token (Authorization: Bearer …)");
        return p;
    }

    /**
     * Before {@code /metrics}: the configured metrics token (a Prometheus scraper's, {@code serve --metrics-token} or
     * GUTSKIN_METRICS_TOKEN) lets the request through {@link #authorize} without a user; anything else is
     * authenticated as usual (a lab-admin's session or API token).
     */
    void authenticateScraper(Context ctx) {
        String token = s.options().ops().metricsToken();
        String auth = ctx.header("Authorization");
        if (token != null && !token.isEmpty() && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(auth.substring(7).trim().getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("Cache-Control", "no-store");
            ctx.attribute(SCRAPER, Boolean.TRUE);
            return;
        }
        authenticate(ctx);
    }

    void authenticate(Context ctx) {
        // patient data (and tokens, CSRF tokens) must not stay in a browser or proxy cache
        ctx.header("Cache-Control", "no-store");
        sameOrigin(ctx);
        Optional<Principal> p = resolve(ctx);
        p.ifPresent(x -> ctx.attribute("principal", x));
        if (p.isEmpty()) return; // authorize refuses it when the route needs a user
        if (p.get().viaSession() && !SAFE.contains(ctx.method().name())) {
            String sent = ctx.header("X-CSRF-Token");
            if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                    p.get().csrfToken().getBytes(StandardCharsets.UTF_8))) {
                drain(ctx);
                throw new ApiError(403, "missing or wrong X-CSRF-Token header");
            }
        }
    }

    /**
     * Before a matched route, after {@link #authenticate}: 401 when the route needs a user and nobody is signed in,
     * 403 when the caller's role is lower than the one the route declares ({@link Routes}). A route without a role
     * (registered around {@link Routes}) is refused: fail closed.
     */
    void authorize(Context ctx) {
        Set<io.javalin.security.RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty() && !matchedRoute(ctx)) return; // a static file of the web UI, or a 404
        if (roles.size() != 1 || !(roles.iterator().next() instanceof Role required)) {
            drain(ctx);
            throw new ApiError(403, "this route declares no role");
        }
        if (required == Role.PUBLIC) return;
        Principal p = ctx.attribute("principal");
        // the metrics token: only ever set on /metrics (authenticateScraper), whose route needs lab-admin
        if (p == null && required == Role.LAB_ADMIN && Boolean.TRUE.equals(ctx.attribute(SCRAPER))) return;
        if (p == null) {
            drain(ctx);
            throw new ApiError(401, "sign in or send an API token (Authorization: Bearer …)");
        }
        if (!p.role().covers(required)) {
            drain(ctx);
            throw new ApiError(403, "needs the role " + required.label() + " or higher; you are " + p.role().label());
        }
    }

    private static boolean matchedRoute(Context ctx) {
        try {
            return ctx.endpoints().matchedHttpEndpoint() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Refuses a cross-site browser request that changes something, sign-in included (issue 15, finding 5: a
     * cross-site form signed the browser in as the attacker's user). A browser names the page that sent a POST in
     * {@code Origin} (or at least {@code Referer}); when it names another origin, or the opaque {@code null}, the
     * request is refused. A request with neither header comes from no browser page (curl, a pipeline) and carries
     * no ambient cookie a forger could borrow.
     */
    private void sameOrigin(Context ctx) {
        if (SAFE.contains(ctx.method().name())) return;
        String origin = ctx.header("Origin");
        if (origin == null) {
            String referer = ctx.header("Referer");
            if (referer == null) return;
            try {
                java.net.URI u = java.net.URI.create(referer);
                origin = u.getScheme() + "://" + u.getRawAuthority();
            } catch (IllegalArgumentException e) {
                origin = "null";
            }
        }
        String own = ClientAddress.origin(ctx, s.options().limits().trustedProxies());
        if (!origin.equalsIgnoreCase(own)) {
            drain(ctx);
            throw new ApiError(403, "cross-site request refused: it came from " + (origin.equals("null")
                    ? "an opaque origin" : "another site") + ", not " + own);
        }
    }

    /**
     * Reads and discards a refused request's body (up to the upload cap) before answering, so a client still
     * sending it gets the 401/403 rather than a reset connection ("header parser received no bytes").
     */
    private void drain(Context ctx) {
        long declared = ctx.contentLength();
        if (declared <= 0 || declared > s.options().maxUploadBytes()) return;
        try {
            ctx.bodyInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException | RuntimeException e) {
            // the answer is a refusal either way; a broken body only means the client may not read it
        }
    }

    private Optional<Principal> resolve(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null) {
            if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) throw new ApiError(401, "expected a Bearer token");
            Optional<Principal> p = s.accounts().byToken(auth.substring(7).trim());
            if (p.isEmpty()) throw new ApiError(401, "unknown or revoked API token");
            return p;
        }
        String cookie = ctx.cookie(COOKIE);
        return cookie == null ? Optional.empty() : s.accounts().bySession(cookie);
    }

    /** POST /api/session {username, password}: signs in, sets the cookie, returns the user and CSRF token. */
    void signIn(Context ctx) {
        Principal p = checkCredentials(ctx, body(ctx));
        Accounts.Session session = s.accounts().createSession(p);
        ctx.header("Set-Cookie", COOKIE + "=" + session.cookie() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                + Accounts.SESSION_TTL.toSeconds() + secure(ctx));
        ctx.json(me(session.principal()));
    }

    /** GET /api/session: who is signed in (401 when nobody), with the CSRF token the UI must echo. */
    void whoAmI(Context ctx) {
        ctx.json(me(principal(ctx)));
    }

    void signOut(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        if (cookie != null) s.accounts().deleteSession(cookie);
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + secure(ctx));
        ctx.status(204);
    }

    /** {@code ; Secure} when the browser came over TLS, directly or through a trusted proxy. */
    private String secure(Context ctx) {
        return ClientAddress.secure(ctx, s.options().limits().trustedProxies()) ? "; Secure" : "";
    }

    /**
     * POST /api/tokens {name, role?, username?, password?}: a new API token for the signed-in user, or for the user
     * whose credentials are in the body (so a pipeline can get a token with one request), scoped to {@code role}
     * (default: the user's; never higher). The token is shown only here.
     */
    void createToken(Context ctx) {
        JsonNode body = body(ctx);
        Principal p = ctx.attribute("principal");
        if (p == null) p = checkCredentials(ctx, body);
        String name = body.path("name").asText("api");
        Role role = body.hasNonNull("role") ? Role.of(body.get("role").asText()) : p.role();
        if (!p.role().covers(role)) {
            throw new ApiError(403, "a token cannot have more than your role (" + p.role().label() + ")");
        }
        Accounts.NewToken token = s.accounts().createToken(p.tenantId(), p.userId(), name, role,
                s.options().limits().tokenTtl());
        ctx.status(201).json(tokenJson(token, name, p.tenantName()));
    }

    /** The answer that shows a new token, the only time it is shown. */
    static Map<String, Object> tokenJson(Accounts.NewToken token, String name, String tenant) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", token.id());
        m.put("token", token.token());
        m.put("name", name);
        m.put("tenant", tenant);
        m.put("role", token.role().label());
        m.put("expiresAt", token.expiresAt().toString());
        return m;
    }

    /**
     * POST /api/session/password {currentPassword, newPassword}: changes the caller's own password. The current
     * password is checked under the sign-in limiter (a stolen session must not become a password-guessing door);
     * every browser session of the user ends, this one included.
     */
    void changePassword(Context ctx) {
        Principal p = principal(ctx);
        JsonNode body = body(ctx);
        String current = body.path("currentPassword").asText(""), next = body.path("newPassword").asText("");
        if (current.isEmpty() || next.isEmpty()) throw new ApiError(400, "currentPassword and newPassword are required");
        String client = ClientAddress.of(ctx, s.options().limits().trustedProxies());
        long wait = s.signIn().tryAttempt(client, p.username());
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, (wait + 999) / 1000)));
            throw new ApiError(429, "too many password attempts; try again later");
        }
        if (!s.accounts().passwordMatches(p.userId(), current)) {
            s.signIn().failed(client, p.username());
            throw new ApiError(403, "the current password is wrong");
        }
        s.signIn().succeeded(client, p.username());
        s.accounts().setPassword(p.tenantId(), p.userId(), next);
        s.audit().record(p, "password.change", "user/" + p.userId());
        ctx.status(204);
    }

    private Principal checkCredentials(Context ctx, JsonNode body) {
        String user = body.path("username").asText(""), password = body.path("password").asText("");
        if (user.isEmpty() || password.isEmpty()) throw new ApiError(400, "username and password are required");
        String client = ClientAddress.of(ctx, s.options().limits().trustedProxies());
        long wait = s.signIn().tryAttempt(client, user);
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999) / 1000);
            ctx.header("Retry-After", String.valueOf(seconds));
            throw new ApiError(429, "too many sign-in attempts; try again in " + seconds + " s");
        }
        Optional<Principal> p = s.accounts().checkPassword(user, password);
        if (p.isEmpty()) {
            s.signIn().failed(client, user);
            s.metrics().signInFailure();
            throw new ApiError(401, "wrong user name or password");
        }
        s.signIn().succeeded(client, user);
        return p.get();
    }

    private JsonNode body(Context ctx) {
        try {
            String b = ctx.body();
            // curl -d sends JSON labelled as a form; a body that starts with '{' is read as JSON either way
            if (ctx.contentType() != null && ctx.contentType().startsWith("application/x-www-form-urlencoded")
                    && !b.stripLeading().startsWith("{")) {
                return s.json().valueToTree(Map.of("username", String.valueOf(ctx.formParam("username")),
                        "password", String.valueOf(ctx.formParam("password"))));
            }
            return b.isBlank() ? s.json().createObjectNode() : s.json().readTree(b);
        } catch (IOException e) {
            throw new ApiError(400, "request body: expected a JSON object");
        }
    }

    private static Map<String, Object> me(Principal p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", p.username());
        m.put("tenant", p.tenantName());
        m.put("role", p.role().label());
        if (p.csrfToken() != null) m.put("csrfToken", p.csrfToken());
        return m;
    }
}
