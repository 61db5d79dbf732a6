package org.gutskin.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * At most {@code max} uncached report renders at once per tenant (issue 15, finding 10: varying {@code condition}
 * forced a fresh PDF render per request, 9 req/s with p99 5.3 s). Beyond the cap the caller answers 429 with
 * {@code Retry-After}; cached reports are never held back.
 */
public final class RenderGate {

    private final int max;
    private final Map<Long, Semaphore> perTenant = new ConcurrentHashMap<>();

    public RenderGate(int max) {
        this.max = max;
    }

    /** True when the tenant may start a render now; it must then {@link #release} it. */
    public boolean tryAcquire(long tenantId) {
        return perTenant.computeIfAbsent(tenantId, t -> new Semaphore(max)).tryAcquire();
    }

    public void release(long tenantId) {
        perTenant.get(tenantId).release();
    }
}
