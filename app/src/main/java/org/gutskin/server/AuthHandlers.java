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
 * included, must come from this service's own origin. {@link #authenticate} runs before every {@code /api/} route except the public
 * ones and leaves the {@link Principal} on the request; handlers read it with {@link #principal}.
 */
final class AuthHandlers {

    static final String COOKIE = "gutskin_session";
    private static final Set<String> PUBLIC = Set.of("/api/health", "/api/ready", "/api/session", "/api/tokens");
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

    void authenticate(Context ctx) {
        // patient data (and tokens, CSRF tokens) must not stay in a browser or proxy cache
        ctx.header("Cache-Control", "no-store");
        sameOrigin(ctx);
        Optional<Principal> p = resolve(ctx);
        p.ifPresent(x -> ctx.attribute("principal", x));
        boolean isPublic = PUBLIC.contains(ctx.path());
        if (p.isEmpty()) {
            if (isPublic) return;
            drain(ctx);
            throw new ApiError(401, "sign in or send an API token (Authorization: Bearer …)");
        }
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
     * POST /api/tokens {name, username?, password?}: a new API token for the signed-in user, or for the user whose
     * credentials are in the body (so a pipeline can get a token with one request). The token is shown only here.
     */
    void createToken(Context ctx) {
        JsonNode body = body(ctx);
        Principal p = ctx.attribute("principal");
        if (p == null) p = checkCredentials(ctx, body);
        String name = body.path("name").asText("api");
        if (name.isBlank() || name.length() > 200) throw new ApiError(400, "name: 1 to 200 characters");
        Accounts.NewToken token = s.accounts().createToken(p, name);
        ctx.status(201).json(Map.of("token", token.token(), "name", name, "tenant", p.tenantName(),
                "expiresAt", token.expiresAt().toString()));
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
            s.metrics().signInFailures.increment();
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
        if (p.csrfToken() != null) m.put("csrfToken", p.csrfToken());
        return m;
    }
}
