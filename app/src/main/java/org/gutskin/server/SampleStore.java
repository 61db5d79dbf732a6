package org.gutskin.server;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Uploads and their samples. Every method takes the tenant and filters by it: another tenant's row is absent. */
public final class SampleStore {

    private static final String COLUMNS = "s.id, s.upload_id, s.name, u.filename, u.format, u.sha256, s.taxa,"
            + " s.species, s.created_at, s.summary, s.subject, s.collected FROM sample s JOIN upload u ON u.id = s.upload_id";

    private static final RowMapper<SampleRow> ROW = (rs, ctx) -> new SampleRow(rs.getLong(1), rs.getLong(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8),
            rs.getObject(9, java.time.OffsetDateTime.class).toString(), rs.getString(10), rs.getString(11),
            rs.getString(12));

    private final Jdbi jdbi;

    public SampleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public record NewSample(String name, int taxa, int species, String summaryJson) {}

    public record StoredUpload(long id, String sha256, String filename, String format, List<SampleRow> samples) {}

    public Optional<StoredUpload> findUpload(long tenantId, String sha256) {
        return jdbi.withHandle(h -> findUpload(h, tenantId, sha256));
    }

    private static Optional<StoredUpload> findUpload(Handle h, long tenantId, String sha256) {
        return h.createQuery("SELECT id, filename, format FROM upload WHERE tenant_id = :tid AND sha256 = :sha")
                .bind("tid", tenantId).bind("sha", sha256)
                .map((rs, ctx) -> new StoredUpload(rs.getLong(1), sha256, rs.getString(2), rs.getString(3),
                        samplesOf(h, tenantId, rs.getLong(1))))
                .findOne();
    }

    private static List<SampleRow> samplesOf(Handle h, long tenantId, long uploadId) {
        return h.createQuery("SELECT " + COLUMNS + " WHERE s.tenant_id = :tid AND s.upload_id = :uid ORDER BY s.id")
                .bind("tid", tenantId).bind("uid", uploadId).map(ROW).list();
    }

    /**
     * Stores an upload and all its samples in one transaction: either every row is committed or none is. Returns
     * empty when the same bytes were stored concurrently (the unique key on tenant and checksum fired).
     */
    public Optional<StoredUpload> insert(long tenantId, Long userId, String sha256, String filename, String format,
            byte[] content, List<NewSample> samples) {
        try {
            return Optional.of(jdbi.inTransaction(h -> {
                long uploadId = h.createUpdate("INSERT INTO upload (tenant_id, sha256, filename, format, size_bytes,"
                                + " content, created_by, created_at) VALUES (:tid, :sha, :f, :fmt, :n, :c, :uid, :t)")
                        .bind("tid", tenantId).bind("sha", sha256).bind("f", filename).bind("fmt", format)
                        .bind("n", (long) content.length).bind("c", content).bind("uid", userId)
                        .bind("t", Accounts.now())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                var batch = h.prepareBatch("INSERT INTO sample (tenant_id, upload_id, name, taxa, species, summary,"
                        + " created_at) VALUES (:tid, :uid, :n, :taxa, :sp, :sum, :t)");
                for (NewSample s : samples) {
                    batch.bind("tid", tenantId).bind("uid", uploadId).bind("n", s.name()).bind("taxa", s.taxa())
                            .bind("sp", s.species()).bind("sum", s.summaryJson()).bind("t", Accounts.now()).add();
                }
                batch.execute();
                return new StoredUpload(uploadId, sha256, filename, format, samplesOf(h, tenantId, uploadId));
            }));
        } catch (RuntimeException e) {
            if (findUpload(tenantId, sha256).isPresent()) return Optional.empty();
            throw e;
        }
    }

    /**
     * A page of the samples whose name contains {@code query} (case-insensitive; all when null), newest first:
     * those with an id below {@code before} (null: from the newest), at most {@code limit}. Keyset pagination on
     * the index {@code sample_tenant_id (tenant_id, id)}: the database starts at the cursor and reads one page,
     * whatever the page's depth (LIMIT/OFFSET read and dropped every earlier row; finding 6 of issue 15).
     */
    public List<SampleRow> list(long tenantId, String query, int limit, Long before) {
        // the first page is "below the largest id": one query shape for every page
        return jdbi.withHandle(h -> h.createQuery(pageSql(query))
                .bind("tid", tenantId).bind("q", likePattern(query))
                .bind("before", before == null ? Long.MAX_VALUE : before).bind("lim", limit).map(ROW).list());
    }

    /** The page query of {@link #list}; package-visible so a test can ask the database for its plan. */
    static String pageSql(String query) {
        // ORDER BY names the index's columns in its order (tenant_id is fixed, so the order is by id alone): H2 reads
        // rows in index order, with no sort, only when the ORDER BY is a prefix of the index
        return "SELECT " + COLUMNS + " WHERE s.tenant_id = :tid AND s.id < :before" + nameFilter(query)
                + " ORDER BY s.tenant_id, s.id DESC LIMIT :lim";
    }

    /** A page of the tenant's samples, oldest first, after sample id {@code after} (keyset; an export walks them all). */
    public List<SampleRow> after(long tenantId, long after, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " WHERE s.tenant_id = :tid AND s.id > :after"
                        + " ORDER BY s.id LIMIT :lim")
                .bind("tid", tenantId).bind("after", after).bind("lim", limit).map(ROW).list());
    }

    /** An upload without its bytes. */
    public record UploadInfo(long id, String filename, String format, String sha256, long sizeBytes) {}

    /** A page of the tenant's uploads, oldest first, after upload id {@code after}. */
    public List<UploadInfo> uploadsAfter(long tenantId, long after, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, filename, format, sha256, size_bytes FROM upload"
                        + " WHERE tenant_id = :tid AND id > :after ORDER BY id LIMIT :lim")
                .bind("tid", tenantId).bind("after", after).bind("lim", limit)
                .map((rs, ctx) -> new UploadInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)))
                .list());
    }

    /** How many samples {@link #list} would return without a limit: the same filter, counted in SQL. */
    public long count(long tenantId, String query) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sample s WHERE s.tenant_id = :tid"
                        + nameFilter(query))
                .bind("tid", tenantId).bind("q", likePattern(query)).mapTo(Long.class).one());
    }

    /** The name condition shared by {@link #list} and {@link #count}, so a page and its total never disagree. */
    private static String nameFilter(String query) {
        return query == null ? "" : " AND LOWER(s.name) LIKE :q ESCAPE '!'";
    }

    private static String likePattern(String query) {
        return query == null ? null : "%" + likeEscape(query.toLowerCase(java.util.Locale.ROOT)) + "%";
    }

    public Optional<SampleRow> get(long tenantId, long sampleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " WHERE s.tenant_id = :tid AND s.id = :id")
                .bind("tid", tenantId).bind("id", sampleId).map(ROW).findOne());
    }

    public Optional<StoredUpload> upload(long tenantId, long uploadId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT sha256, filename, format FROM upload"
                        + " WHERE tenant_id = :tid AND id = :id")
                .bind("tid", tenantId).bind("id", uploadId)
                .map((rs, ctx) -> new StoredUpload(uploadId, rs.getString(1), rs.getString(2), rs.getString(3),
                        samplesOf(h, tenantId, uploadId)))
                .findOne());
    }

    /** The original bytes of an upload (for re-reading the profile to render a report). */
    public Optional<byte[]> content(long tenantId, long uploadId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT content FROM upload WHERE tenant_id = :tid AND id = :id")
                .bind("tid", tenantId).bind("id", uploadId).map((rs, ctx) -> rs.getBytes(1)).findOne());
    }

    /** What {@link #delete} removed: whether the sample existed and whether its upload's bytes went with it. */
    public record Deleted(boolean found, boolean uploadDeleted) {}

    /**
     * Erases a sample and everything stored from it, in one transaction: its triage answers, the sample row, and
     * the upload (file name, checksum and bytes) when no other sample of that upload is left. The audit entries
     * that name the sample by id only stay (they hold no name or data); report caches are the caller's.
     */
    public Deleted delete(long tenantId, long sampleId) {
        return jdbi.inTransaction(h -> {
            Optional<Long> upload = h.createQuery("SELECT upload_id FROM sample WHERE tenant_id = :tid AND id = :id")
                    .bind("tid", tenantId).bind("id", sampleId).mapTo(Long.class).findOne();
            if (upload.isEmpty()) return new Deleted(false, false);
            // a batch job's reports of the sample and its place in the job go with it (the job keeps the others)
            h.createUpdate("DELETE FROM batch_output WHERE item_id IN (SELECT id FROM batch_item"
                    + " WHERE tenant_id = :tid AND sample_id = :id)").bind("tid", tenantId).bind("id", sampleId).execute();
            h.createUpdate("DELETE FROM batch_item WHERE tenant_id = :tid AND sample_id = :id")
                    .bind("tid", tenantId).bind("id", sampleId).execute();
            h.createUpdate("DELETE FROM triage_answers WHERE tenant_id = :tid AND sample_id = :id")
                    .bind("tid", tenantId).bind("id", sampleId).execute();
            h.createUpdate("DELETE FROM report_number WHERE tenant_id = :tid AND sample_id = :id")
                    .bind("tid", tenantId).bind("id", sampleId).execute();
            h.createUpdate("DELETE FROM sample WHERE tenant_id = :tid AND id = :id")
                    .bind("tid", tenantId).bind("id", sampleId).execute();
            long others = h.createQuery("SELECT COUNT(*) FROM sample WHERE upload_id = :uid")
                    .bind("uid", upload.get()).mapTo(Long.class).one();
            if (others > 0) return new Deleted(true, false);
            h.createUpdate("DELETE FROM upload WHERE tenant_id = :tid AND id = :uid")
                    .bind("tid", tenantId).bind("uid", upload.get()).execute();
            return new Deleted(true, true);
        });
    }

    /**
     * Groups a sample under a subject with its collection date (both already checked; null clears). False when the
     * tenant has no such sample.
     */
    public boolean assign(long tenantId, long sampleId, String subject, String collected) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE sample SET subject = :sub, collected = :c"
                        + " WHERE tenant_id = :tid AND id = :id")
                .bind("sub", subject).bind("c", collected).bind("tid", tenantId).bind("id", sampleId).execute()) == 1;
    }

    /** A subject's samples, in the order they were stored (the caller orders them by date). */
    public List<SampleRow> ofSubject(long tenantId, String subject) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " WHERE s.tenant_id = :tid AND s.subject = :sub"
                        + " ORDER BY s.id").bind("tid", tenantId).bind("sub", subject).map(ROW).list());
    }

    private static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
