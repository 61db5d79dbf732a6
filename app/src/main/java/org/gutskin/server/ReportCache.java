package org.gutskin.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * A small LRU of rendered reports. A stored sample never changes (uploads are immutable), so a report rendered
 * once for a sample, format and options can be served again; only the audit entry is written per read.
 *
 * <p>Concurrent misses of one key render once ({@link #get(String, Supplier)}): the first caller renders, the
 * others wait for its result. Before, 32 clients missing one PDF at once each rendered it, and none finished inside
 * 13 s (bench/README.md).
 */
final class ReportCache {

    /** What a lookup did, for the metrics: served from the cache, rendered, or waited for another's render. */
    enum Outcome { HIT, MISS, SHARED }

    record Result(ReportRenderer.Rendered rendered, Outcome outcome) {}

    private final Map<String, ReportRenderer.Rendered> map;
    private final Map<String, CompletableFuture<ReportRenderer.Rendered>> rendering = new ConcurrentHashMap<>();

    ReportCache(int capacity) {
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ReportRenderer.Rendered> e) {
                return size() > capacity;
            }
        };
    }

    synchronized ReportRenderer.Rendered get(String key) {
        return map.get(key);
    }

    synchronized void put(String key, ReportRenderer.Rendered value) {
        map.put(key, value);
    }

    /**
     * The cached report for {@code key}, or the one {@code render} makes: one render per key at a time, the callers
     * that miss while it runs share its result (or its exception). A failed render is not cached.
     */
    Result get(String key, Supplier<ReportRenderer.Rendered> render) {
        ReportRenderer.Rendered hit = get(key);
        if (hit != null) return new Result(hit, Outcome.HIT);
        CompletableFuture<ReportRenderer.Rendered> mine = new CompletableFuture<>();
        CompletableFuture<ReportRenderer.Rendered> running = rendering.putIfAbsent(key, mine);
        if (running != null) return new Result(await(running), Outcome.SHARED);
        try {
            hit = get(key); // rendered and cached between the first look and putIfAbsent
            ReportRenderer.Rendered out = hit != null ? hit : render.get();
            if (hit == null) put(key, out);
            mine.complete(out);
            return new Result(out, hit != null ? Outcome.HIT : Outcome.MISS);
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    private static ReportRenderer.Rendered await(CompletableFuture<ReportRenderer.Rendered> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "interrupted while the report was being prepared");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Drops every cached report of one sample (after it is erased); keys start with tenant/sample/. */
    synchronized void removeSample(long tenantId, long sampleId) {
        String prefix = tenantId + "/" + sampleId + "/";
        map.keySet().removeIf(k -> k.startsWith(prefix));
    }
}
