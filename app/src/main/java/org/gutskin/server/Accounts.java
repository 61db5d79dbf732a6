package org.gutskin.server;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Tenants, users, API tokens and browser sessions. Secrets are stored only as hashes (see {@link Secrets}). */
public final class Accounts {

    /** How long a browser session lives without signing in again. */
    public static final Duration SESSION_TTL = Duration.ofHours(12);

    private final Jdbi jdbi;
    private final Duration tokenTtl;

    public Accounts(Jdbi jdbi, Duration tokenTtl) {
        this.jdbi = jdbi;
        this.tokenTtl = tokenTtl;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public boolean anyTenant() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM tenant").mapTo(Long.class).one()) > 0;
    }

    public long createTenant(String name) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO tenant (name, created_at) VALUES (:n, :t)")
                .bind("n", name).bind("t", now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public long createUser(long tenantId, String username, String password) {
        String hash = Passwords.hash(password);
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO app_user (tenant_id, username, password_hash, created_at)"
                        + " VALUES (:tid, :u, :p, :t)")
                .bind("tid", tenantId).bind("u", username).bind("p", hash).bind("t", now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** The user's principal when the password matches; empty otherwise (unknown user or wrong password alike). */
    public Optional<Principal> checkPassword(String username, String password) {
        record Row(long tenantId, long userId, String username, String tenantName, String hash) {}
        Optional<Row> row = jdbi.withHandle(h -> h.createQuery("SELECT u.tenant_id, u.id, u.username, t.name, u.password_hash"
                        + " FROM app_user u JOIN tenant t ON t.id = u.tenant_id WHERE u.username = :u")
                .bind("u", username)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .findOne());
        if (row.isEmpty()) {
            Passwords.hash(password); // same work for an unknown user, so timing does not reveal which names exist
            return Optional.empty();
        }
        Row r = row.get();
        return Passwords.verify(password, r.hash())
                ? Optional.of(new Principal(r.tenantId(), r.userId(), r.username(), r.tenantName(), null))
                : Optional.empty();
    }

    /** A new API token, shown once, and when it stops working. */
    public record NewToken(String token, OffsetDateTime expiresAt) {}

    /** Makes an API token for the user, valid for the token lifetime; only its hash is kept. */
    public NewToken createToken(Principal p, String name) {
        String token = Secrets.generate("gsk_");
        OffsetDateTime expires = now().plus(tokenTtl);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO api_token (tenant_id, user_id, name, token_hash, created_at,"
                        + " expires_at) VALUES (:tid, :uid, :n, :h, :t, :e)")
                .bind("tid", p.tenantId()).bind("uid", p.userId()).bind("n", name)
                .bind("h", Secrets.sha256(token)).bind("t", now()).bind("e", expires).execute());
        return new NewToken(token, expires);
    }

    /**
     * The token's principal when it exists, is not revoked and has not expired. Looked up on every request (one
     * indexed read): a cache would keep a revoked token working until it expired (issue 15, finding 3), and
     * would differ between instances sharing one database.
     */
    public Optional<Principal> byToken(String token) {
        return jdbi.withHandle(h -> h.createQuery("SELECT k.tenant_id, k.user_id, u.username, t.name FROM api_token k"
                        + " JOIN app_user u ON u.id = k.user_id JOIN tenant t ON t.id = k.tenant_id"
                        + " WHERE k.token_hash = :h AND k.revoked_at IS NULL AND k.expires_at > :now")
                .bind("h", Secrets.sha256(token)).bind("now", now())
                .map((rs, ctx) -> new Principal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), null))
                .findOne());
    }

    /** A new browser session: returns the cookie value (kept only hashed) and the principal with its CSRF token. */
    public Session createSession(Principal p) {
        String cookie = Secrets.generate("");
        String csrf = Secrets.generate("");
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO web_session (tenant_id, user_id, session_hash, csrf_token,"
                        + " created_at, expires_at) VALUES (:tid, :uid, :h, :c, :t, :e)")
                .bind("tid", p.tenantId()).bind("uid", p.userId()).bind("h", Secrets.sha256(cookie)).bind("c", csrf)
                .bind("t", now()).bind("e", now().plus(SESSION_TTL)).execute());
        return new Session(cookie, new Principal(p.tenantId(), p.userId(), p.username(), p.tenantName(), csrf));
    }

    public record Session(String cookie, Principal principal) {}

    public Optional<Principal> bySession(String cookie) {
        return jdbi.withHandle(h -> h.createQuery("SELECT s.tenant_id, s.user_id, u.username, t.name, s.csrf_token"
                        + " FROM web_session s JOIN app_user u ON u.id = s.user_id JOIN tenant t ON t.id = s.tenant_id"
                        + " WHERE s.session_hash = :h AND s.expires_at > :now")
                .bind("h", Secrets.sha256(cookie)).bind("now", now())
                .map((rs, ctx) -> new Principal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .findOne());
    }

    public void deleteSession(String cookie) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM web_session WHERE session_hash = :h")
                .bind("h", Secrets.sha256(cookie)).execute());
    }
}
