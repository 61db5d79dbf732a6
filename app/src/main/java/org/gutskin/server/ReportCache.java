package org.gutskin.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small LRU of rendered reports. A stored sample never changes (uploads are immutable), so a report rendered
 * once for a sample, format and options can be served again; only the audit entry is written per read.
 */
final class ReportCache {

    private final Map<String, ReportRenderer.Rendered> map;

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

    /** Drops every cached report of one sample (after it is erased); keys start with tenant/sample/. */
    synchronized void removeSample(long tenantId, long sampleId) {
        String prefix = tenantId + "/" + sampleId + "/";
        map.keySet().removeIf(k -> k.startsWith(prefix));
    }
}
