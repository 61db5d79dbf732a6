package org.gutskin.server;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Jdbi;

/**
 * Who read which report, when. Rows name the sample by id only: no health data goes into the log.
 *
 * <p>Entries are written with group commit: {@link #record} queues the entry and waits until a single writer
 * thread has committed it, together with whatever other entries arrived meanwhile, in one transaction. A report is
 * only sent after its audit entry is durable (so a crash cannot lose the record of a read that happened), yet
 * concurrent reads share one commit instead of paying one each.
 */
public final class AuditLog implements AutoCloseable {

    private record Pending(long tenantId, long userId, String action, String resource, OffsetDateTime at,
            CompletableFuture<Void> done) {}

    private static final Pending STOP = new Pending(0, 0, "", "", null, null);

    private final Jdbi jdbi;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;

    public AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
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
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, 1000);
            boolean stop = batch.remove(STOP);
            if (!batch.isEmpty()) {
                try {
                    jdbi.useTransaction(h -> {
                        var b = h.prepareBatch("INSERT INTO audit_log (tenant_id, user_id, action, resource, at)"
                                + " VALUES (:tid, :uid, :a, :r, :t)");
                        for (Pending e : batch) {
                            b.bind("tid", e.tenantId()).bind("uid", e.userId()).bind("a", e.action())
                                    .bind("r", e.resource()).bind("t", e.at()).add();
                        }
                        b.execute();
                    });
                    batch.forEach(e -> e.done().complete(null));
                } catch (RuntimeException ex) {
                    batch.forEach(e -> e.done().completeExceptionally(ex));
                }
                batch.clear();
            }
            if (stop) return;
        }
    }

    /** The tenant's most recent entries, newest first. */
    public List<Map<String, Object>> recent(long tenantId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id, u.username AS user_name, a.action, a.resource, a.at"
                        + " FROM audit_log a LEFT JOIN app_user u ON u.id = a.user_id WHERE a.tenant_id = :tid"
                        + " ORDER BY a.id DESC LIMIT :lim")
                .bind("tid", tenantId).bind("lim", limit)
                .map((rs, ctx) -> Map.<String, Object>of("id", rs.getLong(1), "user", rs.getString(2),
                        "action", rs.getString(3), "resource", rs.getString(4),
                        "at", rs.getObject(5, OffsetDateTime.class).toString()))
                .list());
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
