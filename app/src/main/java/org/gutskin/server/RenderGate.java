package org.gutskin.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code max} uncached report renders at once per tenant (issue 15, finding 10: varying {@code condition}
 * forced a fresh PDF render per request, 9 req/s with p99 5.3 s). A render beyond the cap waits its turn, fairly, for
 * up to {@code maxWait}; only then the caller answers 429 with {@code Retry-After}. Waiting rather than refusing at
 * once is what lets 32 clients of one lab share 4 render slots (refusing at once answered most of them 429 and
 * the work of the 429s starved the renders). Cached reports are never held back.
 */
public final class RenderGate {

    private final int max;
    private final long maxWaitNanos;
    private final Map<Long, Semaphore> perTenant = new ConcurrentHashMap<>();

    public RenderGate(int max, Duration maxWait) {
        this.max = max;
        this.maxWaitNanos = maxWait.toNanos();
    }

    /** True when the tenant may start a render now; it must then {@link #release} it. Never waits. */
    public boolean tryAcquire(long tenantId) {
        return semaphore(tenantId).tryAcquire();
    }

    /** True when the tenant may start a render within the wait limit; it must then {@link #release} it. */
    public boolean acquire(long tenantId) {
        try {
            return semaphore(tenantId).tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void release(long tenantId) {
        perTenant.get(tenantId).release();
    }

    /** Renders running now, over all tenants (a metrics gauge). */
    public int inFlight() {
        return perTenant.values().stream().mapToInt(s -> max - s.availablePermits()).sum();
    }

    private Semaphore semaphore(long tenantId) {
        return perTenant.computeIfAbsent(tenantId, t -> new Semaphore(max, true));
    }
}
