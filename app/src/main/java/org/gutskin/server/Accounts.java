package org.gutskin.server;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Tenants, users with their roles, API tokens and browser sessions. Secrets are stored only as hashes (see {@link Secrets}). */
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

    public boolean anyUser() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Long.class).one()) > 0;
    }

    /** The tenant's id by name. */
    public Optional<Long> tenantId(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM tenant WHERE name = :n").bind("n", name)
                .mapTo(Long.class).findOne());
    }

    /** A new user; the name must be new in the whole service (it is what signs in), the password long enough. */
    public long createUser(long tenantId, String username, String password, Role role) {
        checkName("user name", username);
        checkPassword(password);
        if (role == Role.PUBLIC) throw new ApiError(400, "role: expected one of " + Role.labels());
        if (userExists(username)) throw new ApiError(409, "user name '" + username + "' is taken");
        String hash = Passwords.hash(password);
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO app_user (tenant_id, username, password_hash, created_at,"
                        + " role) VALUES (:tid, :u, :p, :t, :r)")
                .bind("tid", tenantId).bind("u", username).bind("p", hash).bind("t", now()).bind("r", role.label())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /**
     * A new tenant with its first user, a lab-admin. Both names and the password are checked before anything is
     * written, so a refusal leaves no tenant without an administrator.
     */
    public long createTenantWithAdmin(String tenant, String username, String password) {
        checkName("tenant name", tenant);
        checkName("user name", username);
        checkPassword(password);
        if (tenantId(tenant).isPresent()) throw new ApiError(409, "tenant '" + tenant + "' exists");
        if (userExists(username)) throw new ApiError(409, "user name '" + username + "' is taken");
        long tid = createTenant(tenant);
        createUser(tid, username, password, Role.LAB_ADMIN);
        return tid;
    }

    private boolean userExists(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_user WHERE username = :u")
                .bind("u", username).mapTo(Long.class).one()) > 0;
    }

    /** Shortest password accepted (NIST SP 800-63B asks for at least 8; the demo password has 12). */
    public static final int MIN_PASSWORD = 10;

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw new ApiError(400, "password: " + MIN_PASSWORD + " to 200 characters");
        }
    }

    private static void checkName(String what, String name) {
        if (name == null || name.isBlank() || name.length() > 200 || !name.equals(name.strip())
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new ApiError(400, what + ": 1 to 200 characters, no control characters or surrounding spaces");
        }
    }

    /** One user as an administrator sees it (never the password hash); {@code disabledAt} null while active. */
    public record User(long id, String username, String role, String createdAt, String disabledAt) {}

    public java.util.List<User> users(long tenantId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, username, role, created_at, disabled_at FROM app_user"
                        + " WHERE tenant_id = :tid ORDER BY id")
                .bind("tid", tenantId)
                .map((rs, ctx) -> new User(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toString(),
                        rs.getObject(5) == null ? null : rs.getObject(5, OffsetDateTime.class).toString()))
                .list());
    }

    /**
     * Changes a user's role. Their sessions and tokens get the new role on their next request (both are read with
     * the user's current role). Refused (409) when it would leave the tenant without an active lab-admin; false
     * when the user is not in this tenant.
     */
    public boolean setRole(long tenantId, long userId, Role role) {
        if (role == Role.PUBLIC) throw new ApiError(400, "role: expected one of " + Role.labels());
        return jdbi.inTransaction(h -> {
            lockTenant(h, tenantId);
            Optional<String> now = h.createQuery("SELECT role FROM app_user WHERE tenant_id = :tid AND id = :id")
                    .bind("tid", tenantId).bind("id", userId).mapTo(String.class).findOne();
            if (now.isEmpty()) return false;
            if (Role.of(now.get()) == Role.LAB_ADMIN && role != Role.LAB_ADMIN) keepOneAdmin(h, tenantId, userId);
            h.createUpdate("UPDATE app_user SET role = :r WHERE tenant_id = :tid AND id = :id")
                    .bind("r", role.label()).bind("tid", tenantId).bind("id", userId).execute();
            return true;
        });
    }

    /**
     * Disables a user: they can no longer sign in, and their browser sessions end and API tokens stop working at
     * once (every request reads the user's row). The row stays, for the uploads and audit entries that name it.
     * Refused (409) for the tenant's last active lab-admin; false when the user is not in this tenant.
     */
    public boolean disable(long tenantId, long userId) {
        return jdbi.inTransaction(h -> {
            lockTenant(h, tenantId);
            Optional<String> role = h.createQuery("SELECT role FROM app_user WHERE tenant_id = :tid AND id = :id"
                            + " AND disabled_at IS NULL")
                    .bind("tid", tenantId).bind("id", userId).mapTo(String.class).findOne();
            if (role.isEmpty()) return false;
            if (Role.of(role.get()) == Role.LAB_ADMIN) keepOneAdmin(h, tenantId, userId);
            h.createUpdate("UPDATE app_user SET disabled_at = :t WHERE tenant_id = :tid AND id = :id")
                    .bind("t", now()).bind("tid", tenantId).bind("id", userId).execute();
            h.createUpdate("DELETE FROM web_session WHERE tenant_id = :tid AND user_id = :id")
                    .bind("tid", tenantId).bind("id", userId).execute();
            return true;
        });
    }

    /** Enables a disabled user again; false when there is no disabled user of that id in this tenant. */
    public boolean enable(long tenantId, long userId) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE app_user SET disabled_at = NULL WHERE tenant_id = :tid"
                        + " AND id = :id AND disabled_at IS NOT NULL")
                .bind("tid", tenantId).bind("id", userId).execute()) == 1;
    }

    /**
     * Serialises role changes and disabling within one tenant (its row locked until commit), so two administrators
     * demoting each other at the same moment, on two instances, cannot both succeed and leave no lab-admin.
     */
    private static void lockTenant(org.jdbi.v3.core.Handle h, long tenantId) {
        h.createUpdate("UPDATE tenant SET name = name WHERE id = :tid").bind("tid", tenantId).execute();
    }

    private static void keepOneAdmin(org.jdbi.v3.core.Handle h, long tenantId, long userId) {
        long others = h.createQuery("SELECT COUNT(*) FROM app_user WHERE tenant_id = :tid AND id <> :id"
                        + " AND role = :r AND disabled_at IS NULL")
                .bind("tid", tenantId).bind("id", userId).bind("r", Role.LAB_ADMIN.label()).mapTo(Long.class).one();
        if (others == 0) {
            throw new ApiError(409, "this is the lab's last active lab-admin: make another user lab-admin first");
        }
    }

    /** The tenant's user by name; empty when absent or in another tenant. */
    public Optional<User> user(long tenantId, String username) {
        return users(tenantId).stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /**
     * Sets a user's password (change or reset) and ends every browser session of that user, so a reset after a
     * leak locks out whoever held one. API tokens stay (revoke them one by one). False when the user is not in
     * this tenant.
     */
    public boolean setPassword(long tenantId, long userId, String password) {
        checkPassword(password);
        String hash = Passwords.hash(password);
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("UPDATE app_user SET password_hash = :p WHERE tenant_id = :tid AND id = :id")
                    .bind("p", hash).bind("tid", tenantId).bind("id", userId).execute();
            h.createUpdate("DELETE FROM web_session WHERE tenant_id = :tid AND user_id = :id")
                    .bind("tid", tenantId).bind("id", userId).execute();
            return n == 1;
        });
    }

    /** True when the password is this user's (for a change of one's own password). */
    public boolean passwordMatches(long userId, String password) {
        Optional<String> hash = jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM app_user WHERE id = :id")
                .bind("id", userId).mapTo(String.class).findOne());
        return hash.isPresent() && Passwords.verify(password, hash.get());
    }

    /** The user's principal when the password matches; empty otherwise (unknown user or wrong password alike). */
    public Optional<Principal> checkPassword(String username, String password) {
        record Row(long tenantId, long userId, String username, String tenantName, String hash, String role) {}
        Optional<Row> row = jdbi.withHandle(h -> h.createQuery("SELECT u.tenant_id, u.id, u.username, t.name,"
                        + " u.password_hash, u.role FROM app_user u JOIN tenant t ON t.id = u.tenant_id"
                        + " WHERE u.username = :u AND u.disabled_at IS NULL")
                .bind("u", username)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .findOne());
        if (row.isEmpty()) {
            Passwords.hash(password); // same work for an unknown user, so timing does not reveal which names exist
            return Optional.empty();
        }
        Row r = row.get();
        return Passwords.verify(password, r.hash())
                ? Optional.of(new Principal(r.tenantId(), r.userId(), r.username(), r.tenantName(), Role.of(r.role()), null))
                : Optional.empty();
    }

    /** A new API token, shown once, its id (to revoke it) and when it stops working. */
    public record NewToken(long id, String token, Role role, OffsetDateTime expiresAt) {}

    /** Makes an API token for the caller, with the caller's role, valid for the token lifetime. */
    public NewToken createToken(Principal p, String name) {
        return createToken(p.tenantId(), p.userId(), name, p.role(), tokenTtl);
    }

    /**
     * Makes an API token for a user of a tenant, scoped to {@code role} (the user's current role still caps it on
     * every request), valid for {@code ttl}. Only the token's SHA-256 is kept ({@link Secrets}).
     */
    public NewToken createToken(long tenantId, long userId, String name, Role role, Duration ttl) {
        if (name == null || name.isBlank() || name.length() > 200) throw new ApiError(400, "name: 1 to 200 characters");
        String token = Secrets.generate("gsk_");
        OffsetDateTime expires = now().plus(ttl);
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO api_token (tenant_id, user_id, name, token_hash,"
                        + " created_at, expires_at, role) VALUES (:tid, :uid, :n, :h, :t, :e, :r)")
                .bind("tid", tenantId).bind("uid", userId).bind("n", name)
                .bind("h", Secrets.sha256(token)).bind("t", now()).bind("e", expires).bind("r", role.label())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new NewToken(id, token, role, expires);
    }

    /** One token as an administrator sees it: never the token, which is not stored. */
    public record Token(long id, String user, String name, String role, String createdAt, String expiresAt,
            String revokedAt) {}

    public java.util.List<Token> tokens(long tenantId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT k.id, u.username, k.name, k.role, k.created_at,"
                        + " k.expires_at, k.revoked_at FROM api_token k JOIN app_user u ON u.id = k.user_id"
                        + " WHERE k.tenant_id = :tid ORDER BY k.id")
                .bind("tid", tenantId)
                .map((rs, ctx) -> new Token(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        String.valueOf(rs.getObject(5, OffsetDateTime.class)),
                        String.valueOf(rs.getObject(6, OffsetDateTime.class)),
                        rs.getObject(7) == null ? null : rs.getObject(7, OffsetDateTime.class).toString()))
                .list());
    }

    /**
     * Revokes a token of this tenant. Effective for the next request, on every instance: {@link #byToken} reads
     * the row each time. False when there is no such token in this tenant or it was revoked already.
     */
    public boolean revokeToken(long tenantId, long tokenId) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE api_token SET revoked_at = :t"
                        + " WHERE tenant_id = :tid AND id = :id AND revoked_at IS NULL")
                .bind("t", now()).bind("tid", tenantId).bind("id", tokenId).execute()) == 1;
    }

    /**
     * The token's principal when it exists, is not revoked and has not expired. Looked up on every request (one
     * indexed read): a cache would keep a revoked token working until it expired (issue 15, finding 3), and
     * would differ between instances sharing one database. Its role is the lesser of the token's and the user's.
     */
    public Optional<Principal> byToken(String token) {
        return jdbi.withHandle(h -> h.createQuery("SELECT k.tenant_id, k.user_id, u.username, t.name, k.role, u.role"
                        + " FROM api_token k JOIN app_user u ON u.id = k.user_id JOIN tenant t ON t.id = k.tenant_id"
                        + " WHERE k.token_hash = :h AND k.revoked_at IS NULL AND k.expires_at > :now"
                        + " AND u.disabled_at IS NULL")
                .bind("h", Secrets.sha256(token)).bind("now", now())
                .map((rs, ctx) -> new Principal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Role.min(Role.of(rs.getString(5)), Role.of(rs.getString(6))), null))
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
        return new Session(cookie, new Principal(p.tenantId(), p.userId(), p.username(), p.tenantName(), p.role(), csrf));
    }

    public record Session(String cookie, Principal principal) {}

    public Optional<Principal> bySession(String cookie) {
        return jdbi.withHandle(h -> h.createQuery("SELECT s.tenant_id, s.user_id, u.username, t.name, u.role,"
                        + " s.csrf_token"
                        + " FROM web_session s JOIN app_user u ON u.id = s.user_id JOIN tenant t ON t.id = s.tenant_id"
                        + " WHERE s.session_hash = :h AND s.expires_at > :now AND u.disabled_at IS NULL")
                .bind("h", Secrets.sha256(cookie)).bind("now", now())
                .map((rs, ctx) -> new Principal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Role.of(rs.getString(5)), rs.getString(6)))
                .findOne());
    }

    public void deleteSession(String cookie) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM web_session WHERE session_hash = :h")
                .bind("h", Secrets.sha256(cookie)).execute());
    }
}
