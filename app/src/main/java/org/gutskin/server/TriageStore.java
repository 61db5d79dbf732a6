package org.gutskin.server;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Triage answers stored for a sample (table {@code triage_answers}): what was answered, the route it gave, whether
 * the questions were explicitly skipped, who answered, when and through which door. Every method takes the tenant
 * and filters by it: another tenant's row is absent.
 */
public final class TriageStore {

    /** A stored set of answers; {@code answeredBy} is the user name (null when the user is gone). */
    public record StoredTriage(long id, long sampleId, String answersJson, String route, boolean skipped,
            String answeredBy, String answeredAt, String via) {}

    private final Jdbi jdbi;

    public TriageStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores one set of answers and returns its id. */
    public long insert(long tenantId, long sampleId, String answersJson, String route, boolean skipped, long userId,
            OffsetDateTime at, String via) {
        return jdbi.withHandle(h -> insert(h, tenantId, sampleId, answersJson, route, skipped, userId, at, via));
    }

    /** The same inside a caller's transaction (a batch job stores its answers with the job, all or nothing). */
    static long insert(org.jdbi.v3.core.Handle h, long tenantId, long sampleId, String answersJson, String route,
            boolean skipped, long userId, OffsetDateTime at, String via) {
        return h.createUpdate("INSERT INTO triage_answers (tenant_id, sample_id, answers, route,"
                        + " skipped, answered_by, answered_at, via) VALUES (:tid, :sid, :a, :r, :sk, :uid, :t, :via)")
                .bind("tid", tenantId).bind("sid", sampleId).bind("a", answersJson).bind("r", route)
                .bind("sk", skipped).bind("uid", userId).bind("t", at).bind("via", via)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** The stored answers' columns with who answered, for one row mapper ({@link #row}); a WHERE clause follows. */
    private static final String SELECT = "SELECT t.id, t.sample_id, t.answers, t.route, t.skipped, u.username,"
            + " t.answered_at, t.via FROM triage_answers t LEFT JOIN app_user u ON u.id = t.answered_by";

    private static StoredTriage row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new StoredTriage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getString(6), iso(rs.getObject(7, OffsetDateTime.class)), rs.getString(8));
    }

    /** The answers with this id, when they belong to this tenant and sample; empty otherwise. */
    public Optional<StoredTriage> get(long tenantId, long sampleId, long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE t.tenant_id = :tid AND t.sample_id = :sid"
                        + " AND t.id = :id")
                .bind("tid", tenantId).bind("sid", sampleId).bind("id", id).map(TriageStore::row).findOne());
    }

    /** A page of the tenant's stored answers, oldest first, after answers id {@code after} (an export walks them all). */
    public java.util.List<StoredTriage> after(long tenantId, long after, int limit) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE t.tenant_id = :tid AND t.id > :after"
                        + " ORDER BY t.id LIMIT :lim")
                .bind("tid", tenantId).bind("after", after).bind("lim", limit).map(TriageStore::row).list());
    }

    /** The latest answers stored for a sample, if any (an export's report uses them). */
    public Optional<StoredTriage> latest(long tenantId, long sampleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM triage_answers WHERE tenant_id = :tid"
                        + " AND sample_id = :sid ORDER BY id DESC LIMIT 1").bind("tid", tenantId).bind("sid", sampleId)
                .mapTo(Long.class).findOne()).flatMap(id -> get(tenantId, sampleId, id));
    }

    /** An ISO-8601 instant (UTC, {@code Z}), as the report schema's {@code answeredAt} expects. */
    static String iso(OffsetDateTime t) {
        return t == null ? null : t.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
