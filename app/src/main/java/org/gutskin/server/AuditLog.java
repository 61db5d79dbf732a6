package org.gutskin.server;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Who read which report, when, and who answered which triage questions. Entries name the sample by id only: no
 * health data goes into the log.
 *
 * <p>Report reads are counted, not listed (issue 15, finding 7): one {@code audit_read} row per user, report
 * (sample and format) and UTC day holds the number of reads and the first and last time, so the log grows with
 * the number of distinct reads per day, not with traffic. Other events are one {@code audit_log} row each. Entries
 * older than the retention ({@code --audit-retention-days}) are deleted at start and then daily.
 *
 * <p>Entries are written with group commit: {@link #record} queues the entry and waits until a single writer
 * thread has committed it, together with whatever other entries arrived meanwhile, in one transaction. A report is
 * only sent after its audit entry is durable (so a crash cannot lose the record of a read that happened), yet
 * concurrent reads share one commit instead of paying one each.
 */
public final class AuditLog implements AutoCloseable {

    /** The counted action: a report read. */
    public static final String READ = "report.read";

    private record Pending(long tenantId, long userId, String action, String resource, OffsetDateTime at,
            CompletableFuture<Void> done) {}

    private record ReadKey(long tenantId, long userId, String action, String resource, LocalDate day) {}

    private static final Pending STOP = new Pending(0, 0, "", "", null, null);
    private static final long PURGE_EVERY_MILLIS = 24 * 3600_000L;

    private final Jdbi jdbi;
    private final int retentionDays;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private long lastPurge;

    public AuditLog(Jdbi jdbi, int retentionDays) {
        this.jdbi = jdbi;
        this.retentionDays = retentionDays;
        this.writer = new Thread(this::drain, "gutskin-audit");
        writer.setDaemon(true);
        writer.start();
    }

    /** Records an entry and returns once it is committed. */
    public void record(Principal p, String action, String resource) {
        Pending e = new Pending(p.tenantId(), p.userId(), action, resource, Accounts.now(), new CompletableFuture<>());
        queue.add(e);
        try {
            e.done().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the audit log", ex);
        } catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("audit log write failed", ex);
        }
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            try {
                if (System.currentTimeMillis() - lastPurge > PURGE_EVERY_MILLIS) {
                    lastPurge = System.currentTimeMillis();
                    purge();
                }
                Pending first = queue.poll(1, TimeUnit.HOURS);
                if (first == null) continue;
                batch.add(first);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                continue; // a failed purge is tried again tomorrow; entries are still written
            }
            queue.drainTo(batch, 1000);
            boolean stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                try {
                    write(batch);
                    batch.forEach(e -> e.done().complete(null));
                } catch (RuntimeException ex) {
                    batch.forEach(e -> e.done().completeExceptionally(ex));
                }
                batch.clear();
            }
            if (stop) return;
        }
    }

    private void write(List<Pending> batch) {
        Map<ReadKey, List<Pending>> reads = new LinkedHashMap<>();
        List<Pending> events = new ArrayList<>();
        for (Pending e : batch) {
            if (e.action().equals(READ)) {
                reads.computeIfAbsent(new ReadKey(e.tenantId(), e.userId(), e.action(), e.resource(),
                        e.at().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()), k -> new ArrayList<>()).add(e);
            } else {
                events.add(e);
            }
        }
        try {
            jdbi.useTransaction(h -> write(h, reads, events));
        } catch (RuntimeException first) {
            // another instance on the same database inserted the same (user, report, day) row first: now it exists
            jdbi.useTransaction(h -> write(h, reads, events));
        }
    }

    private static void write(Handle h, Map<ReadKey, List<Pending>> reads, List<Pending> events) {
        if (!events.isEmpty()) {
            var b = h.prepareBatch("INSERT INTO audit_log (tenant_id, user_id, action, resource, at)"
                    + " VALUES (:tid, :uid, :a, :r, :t)");
            for (Pending e : events) {
                b.bind("tid", e.tenantId()).bind("uid", e.userId()).bind("a", e.action())
                        .bind("r", e.resource()).bind("t", e.at()).add();
            }
            b.execute();
        }
        for (Map.Entry<ReadKey, List<Pending>> r : reads.entrySet()) {
            ReadKey k = r.getKey();
            OffsetDateTime firstAt = r.getValue().get(0).at(), lastAt = r.getValue().get(r.getValue().size() - 1).at();
            int n = h.createUpdate("UPDATE audit_read SET read_count = read_count + :n, last_at = :last"
                            + " WHERE tenant_id = :tid AND user_id = :uid AND action = :a AND resource = :r"
                            + " AND read_day = :d")
                    .bind("n", (long) r.getValue().size()).bind("last", lastAt).bind("tid", k.tenantId())
                    .bind("uid", k.userId()).bind("a", k.action()).bind("r", k.resource()).bind("d", k.day())
                    .execute();
            if (n == 0) {
                h.createUpdate("INSERT INTO audit_read (tenant_id, user_id, action, resource, read_day, read_count,"
                                + " first_at, last_at) VALUES (:tid, :uid, :a, :r, :d, :n, :first, :last)")
                        .bind("tid", k.tenantId()).bind("uid", k.userId()).bind("a", k.action())
                        .bind("r", k.resource()).bind("d", k.day()).bind("n", (long) r.getValue().size())
                        .bind("first", firstAt).bind("last", lastAt).execute();
            }
        }
    }

    /** Deletes entries older than the retention; returns how many rows went. */
    public int purge() {
        OffsetDateTime cutoff = Accounts.now().minusDays(retentionDays);
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM audit_log WHERE at < :c").bind("c", cutoff).execute()
                + h.createUpdate("DELETE FROM audit_read WHERE read_day < :d")
                        .bind("d", cutoff.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()).execute());
    }

    /**
     * The tenant's most recent entries, newest first: events as {@code id, user, action, resource, at}; counted
     * reads as {@code user, action, resource, at} (the last read that day) plus {@code day}, {@code count} and
     * {@code firstAt}.
     */
    public List<Map<String, Object>> recent(long tenantId, int limit) {
        return jdbi.withHandle(h -> {
            List<Map<String, Object>> out = new ArrayList<>(h.createQuery("SELECT a.id, u.username, a.action,"
                            + " a.resource, a.at FROM audit_log a LEFT JOIN app_user u ON u.id = a.user_id"
                            + " WHERE a.tenant_id = :tid ORDER BY a.at DESC, a.id DESC LIMIT :lim")
                    .bind("tid", tenantId).bind("lim", limit)
                    .map((rs, ctx) -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("id", rs.getLong(1));
                        m.put("user", rs.getString(2));
                        m.put("action", rs.getString(3));
                        m.put("resource", rs.getString(4));
                        m.put("at", rs.getObject(5, OffsetDateTime.class).toString());
                        return m;
                    }).list());
            out.addAll(h.createQuery("SELECT u.username, r.action, r.resource, r.last_at, r.read_day, r.read_count,"
                            + " r.first_at FROM audit_read r LEFT JOIN app_user u ON u.id = r.user_id"
                            + " WHERE r.tenant_id = :tid ORDER BY r.last_at DESC LIMIT :lim")
                    .bind("tid", tenantId).bind("lim", limit)
                    .map((rs, ctx) -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("user", rs.getString(1));
                        m.put("action", rs.getString(2));
                        m.put("resource", rs.getString(3));
                        m.put("at", rs.getObject(4, OffsetDateTime.class).toString());
                        m.put("day", rs.getObject(5, LocalDate.class).toString());
                        m.put("count", rs.getLong(6));
                        m.put("firstAt", rs.getObject(7, OffsetDateTime.class).toString());
                        return m;
                    }).list());
            out.sort(Comparator.comparing((Map<String, Object> m) -> OffsetDateTime.parse((String) m.get("at")))
                    .reversed());
            return out.size() > limit ? out.subList(0, limit) : out;
        });
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        queue.add(STOP);
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
