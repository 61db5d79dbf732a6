package org.gutskin.server;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Batch jobs in the database (tables {@code batch_job}, {@code batch_item}, {@code batch_output}), so a job
 * outlives the instance that took it and any instance sharing the database may work on it. An instance claims one
 * item at a time with a lease ({@code SELECT … FOR UPDATE SKIP LOCKED}, then a conditional update): two instances
 * never hold the same item, and an item whose instance died is claimed again when its lease runs out. Marking an
 * item done and storing its reports is one transaction, conditional on still holding the claim, so an item's
 * reports are stored once. Every reading method takes the tenant and filters by it.
 */
public final class JobStore {

    /** Item states as stored. */
    static final String PENDING = "pending", CLAIMED = "claimed", DONE = "done", MISSING = "missing",
            FAILED = "failed";

    /** What a sample of a missing answers row gets instead of a report. */
    static final String ANSWERS_MISSING = "triage answers missing";

    private final Jdbi jdbi;
    /** Told after a job is committed (this instance's runner, so it starts at once rather than at its next poll). */
    private volatile Runnable created = () -> {};

    public JobStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void onCreate(Runnable r) {
        this.created = r;
    }

    /** A sample of a new job: its answers (JSON of booleans) and their route, or null answers when missing. */
    public record NewItem(long sampleId, String answersJson, String route) {}

    /** A job and its progress, counted from its items. */
    public record Job(long id, List<String> formats, String answersName, String answersSha256, String createdBy,
            String createdAt, Map<String, Long> counts) {

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Items not finished yet (waiting or being worked on). */
        public long open() {
            return counts.getOrDefault(PENDING, 0L) + counts.getOrDefault(CLAIMED, 0L);
        }
    }

    /**
     * Creates a job in one transaction: the answers of each sample stored as triage answers (door
     * {@code batch-file}, answered by the submitter), the job, and its items, pending or {@code missing}.
     */
    public long create(long tenantId, long userId, List<String> formats, String answersName, String answersSha,
            List<NewItem> items) {
        long id = jdbi.inTransaction(h -> {
            OffsetDateTime now = Accounts.now();
            long job = h.createUpdate("INSERT INTO batch_job (tenant_id, created_by, formats, answers_name, answers_sha,"
                            + " created_at) VALUES (:tid, :uid, :f, :n, :sha, :t)")
                    .bind("tid", tenantId).bind("uid", userId).bind("f", String.join(",", formats))
                    .bind("n", answersName).bind("sha", answersSha).bind("t", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            var batch = h.prepareBatch("INSERT INTO batch_item (job_id, tenant_id, sample_id, triage_id, route, state,"
                    + " message) VALUES (:job, :tid, :sid, :tr, :r, :st, :m)");
            for (NewItem i : items) {
                Long triage = i.answersJson() == null ? null
                        : TriageStore.insert(h, tenantId, i.sampleId(), i.answersJson(), i.route(), false, userId, now,
                                "batch-file");
                batch.bind("job", job).bind("tid", tenantId).bind("sid", i.sampleId()).bind("tr", triage)
                        .bind("r", i.route()).bind("st", triage == null ? MISSING : PENDING)
                        .bind("m", triage == null ? ANSWERS_MISSING : null).add();
            }
            if (!items.isEmpty()) batch.execute();
            return job;
        });
        created.run();
        return id;
    }

    public Optional<Job> get(long tenantId, long jobId) {
        return jdbi.withHandle(h -> jobs(h, tenantId, " AND j.id = :id", jobId, 1).stream().findFirst());
    }

    /** The tenant's jobs, newest first. */
    public List<Job> list(long tenantId, int limit) {
        return jdbi.withHandle(h -> jobs(h, tenantId, "", null, limit));
    }

    private static List<Job> jobs(Handle h, long tenantId, String filter, Long id, int limit) {
        List<Job> jobs = h.createQuery("SELECT j.id, j.formats, j.answers_name, j.answers_sha, u.username, j.created_at"
                        + " FROM batch_job j LEFT JOIN app_user u ON u.id = j.created_by WHERE j.tenant_id = :tid"
                        + filter + " ORDER BY j.id DESC LIMIT :lim")
                .bind("tid", tenantId).bind("id", id).bind("lim", limit)
                .map((rs, ctx) -> new Job(rs.getLong(1), Arrays.asList(rs.getString(2).split(",")), rs.getString(3),
                        rs.getString(4), rs.getString(5), TriageStore.iso(rs.getObject(6, OffsetDateTime.class)),
                        new LinkedHashMap<>()))
                .list();
        for (Job j : jobs) {
            for (String st : List.of(PENDING, CLAIMED, DONE, MISSING, FAILED)) j.counts().put(st, 0L);
            h.createQuery("SELECT state, COUNT(*) FROM batch_item WHERE job_id = :job GROUP BY state")
                    .bind("job", j.id()).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .forEach(e -> j.counts().put(e.getKey(), e.getValue()));
        }
        return jobs;
    }

    /** An item claimed by an instance: what it needs to render the reports. */
    public record Claimed(long itemId, long jobId, long tenantId, String tenantName, long sampleId, long triageId,
            List<String> formats) {}

    /**
     * Claims the oldest item that is pending or whose lease ran out, for {@code lease}; empty when there is none.
     * {@code SKIP LOCKED} lets two instances claim at once without waiting on each other; the conditional update
     * makes the claim hold even where the database ignored the lock.
     */
    public Optional<Claimed> claim(String instance, Duration lease) {
        return jdbi.inTransaction(h -> {
            OffsetDateTime now = Accounts.now();
            Optional<Long> id = h.createQuery("SELECT id FROM batch_item WHERE state = :p"
                            + " OR (state = :c AND lease_until < :now) ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                    .bind("p", PENDING).bind("c", CLAIMED).bind("now", now).mapTo(Long.class).findOne();
            if (id.isEmpty()) return Optional.<Claimed>empty();
            int n = h.createUpdate("UPDATE batch_item SET state = :c, claimed_by = :me, lease_until = :until,"
                            + " attempts = attempts + 1 WHERE id = :id AND (state = :p OR (state = :c AND lease_until < :now))")
                    .bind("c", CLAIMED).bind("me", instance).bind("until", now.plus(lease)).bind("id", id.get())
                    .bind("p", PENDING).bind("now", now).execute();
            if (n != 1) return Optional.<Claimed>empty();
            return h.createQuery("SELECT i.id, i.job_id, i.tenant_id, t.name, i.sample_id, i.triage_id, j.formats"
                            + " FROM batch_item i JOIN batch_job j ON j.id = i.job_id JOIN tenant t ON t.id = i.tenant_id"
                            + " WHERE i.id = :id")
                    .bind("id", id.get())
                    .map((rs, ctx) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getLong(5), rs.getLong(6), Arrays.asList(rs.getString(7).split(","))))
                    .findOne();
        });
    }

    /**
     * Stores an item's reports and marks it done, if this instance still holds it (false otherwise: its lease ran
     * out and another instance has it, which stores the reports instead).
     */
    public boolean complete(Claimed c, String instance, Map<String, byte[]> reports) {
        return jdbi.inTransaction(h -> {
            if (finish(h, c, instance, DONE, null) != 1) return false;
            var batch = h.prepareBatch("INSERT INTO batch_output (item_id, format, content) VALUES (:id, :f, :c)");
            reports.forEach((f, b) -> batch.bind("id", c.itemId()).bind("f", f).bind("c", b).add());
            if (!reports.isEmpty()) batch.execute();
            return true;
        });
    }

    /** Marks an item failed with a one-line reason (no health data), if this instance still holds it. */
    public void fail(Claimed c, String instance, String message) {
        String m = message.length() > 300 ? message.substring(0, 297) + "..." : message;
        jdbi.useTransaction(h -> finish(h, c, instance, FAILED, m));
    }

    private static int finish(Handle h, Claimed c, String instance, String state, String message) {
        // claimed_by stays: which instance made the reports
        return h.createUpdate("UPDATE batch_item SET state = :st, message = :m, finished_at = :t,"
                        + " lease_until = NULL WHERE id = :id AND state = :c AND claimed_by = :me")
                .bind("st", state).bind("m", message).bind("t", Accounts.now()).bind("id", c.itemId())
                .bind("c", CLAIMED).bind("me", instance).execute();
    }

    /** Gives back every item this instance holds (on a clean stop), so another instance takes them at once. */
    public int release(String instance) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE batch_item SET state = :p, claimed_by = NULL,"
                        + " lease_until = NULL WHERE state = :c AND claimed_by = :me")
                .bind("p", PENDING).bind("c", CLAIMED).bind("me", instance).execute());
    }

    /** An item as the archive's manifest lists it. */
    public record Item(long id, long sampleId, String sample, String uploadSha256, String state, String route,
            String message, String answeredBy, String answeredAt, int attempts) {}

    /** A page of a job's items in order, after item id {@code after} (keyset, like the sample list). */
    public List<Item> items(long tenantId, long jobId, long after, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT i.id, i.sample_id, s.name, u.sha256, i.state, i.route,"
                        + " i.message, au.username, t.answered_at, i.attempts FROM batch_item i"
                        + " JOIN sample s ON s.id = i.sample_id JOIN upload u ON u.id = s.upload_id"
                        + " LEFT JOIN triage_answers t ON t.id = i.triage_id LEFT JOIN app_user au ON au.id = t.answered_by"
                        + " WHERE i.tenant_id = :tid AND i.job_id = :job AND i.id > :after ORDER BY i.id LIMIT :lim")
                .bind("tid", tenantId).bind("job", jobId).bind("after", after).bind("lim", limit)
                .map((rs, ctx) -> new Item(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        TriageStore.iso(rs.getObject(9, OffsetDateTime.class)), rs.getInt(10)))
                .list());
    }

    /** The uploads a job's samples come from (name and checksum, for the provenance), in order. */
    public List<org.gutskin.provenance.Provenance.Input> inputs(long tenantId, long jobId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT u.id, u.filename, u.sha256 FROM batch_item i"
                        + " JOIN sample s ON s.id = i.sample_id JOIN upload u ON u.id = s.upload_id"
                        + " WHERE i.tenant_id = :tid AND i.job_id = :job ORDER BY u.id")
                .bind("tid", tenantId).bind("job", jobId)
                .map((rs, ctx) -> new org.gutskin.provenance.Provenance.Input(rs.getString(2), rs.getString(3), null))
                .list());
    }

    /** A done item's reports by format label, in the job's order. */
    public Map<String, byte[]> reports(long itemId) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT format, content FROM batch_output WHERE item_id = :id")
                .bind("id", itemId).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getBytes(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }
}
