package org.gutskin.server;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counters and latency histograms in the Prometheus text exposition format (version 0.0.4), written by
 * hand to keep the jar small. Labels are the matched route pattern (never the raw path, so no sample id or query
 * reaches the metrics), the method and the status code.
 */
public final class Metrics {

    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> durations = new ConcurrentHashMap<>();
    public final LongAdder uploadsStored = new LongAdder();
    public final LongAdder uploadsDuplicate = new LongAdder();
    public final LongAdder samplesStored = new LongAdder();
    public final LongAdder signInFailures = new LongAdder();
    public final AtomicLong startedAtMillis = new AtomicLong(System.currentTimeMillis());

    private static final class Histogram {
        final LongAdder[] counts = new LongAdder[BUCKETS.length + 1];
        final DoubleAdder sum = new DoubleAdder();

        Histogram() {
            for (int i = 0; i < counts.length; i++) counts[i] = new LongAdder();
        }
    }

    public void observe(String method, String route, int status, double seconds) {
        requests.computeIfAbsent(labels(method, route) + ",status=\"" + status + "\"", k -> new LongAdder())
                .increment();
        Histogram h = durations.computeIfAbsent(labels(method, route), k -> new Histogram());
        int i = 0;
        while (i < BUCKETS.length && seconds > BUCKETS[i]) i++;
        h.counts[i].increment();
        h.sum.add(seconds);
    }

    private static String labels(String method, String route) {
        return "method=\"" + method + "\",route=\"" + route.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public String scrape() {
        StringBuilder b = new StringBuilder();
        b.append("# HELP gutskin_http_requests_total HTTP requests by route, method and status.\n")
                .append("# TYPE gutskin_http_requests_total counter\n");
        requests.forEach((k, v) -> b.append("gutskin_http_requests_total{").append(k).append("} ")
                .append(v.sum()).append('\n'));
        b.append("# HELP gutskin_http_request_duration_seconds Request handling time.\n")
                .append("# TYPE gutskin_http_request_duration_seconds histogram\n");
        durations.forEach((k, h) -> {
            long cum = 0;
            for (int i = 0; i <= BUCKETS.length; i++) {
                cum += h.counts[i].sum();
                String le = i < BUCKETS.length ? String.format(Locale.ROOT, "%s", BUCKETS[i]) : "+Inf";
                b.append("gutskin_http_request_duration_seconds_bucket{").append(k).append(",le=\"").append(le)
                        .append("\"} ").append(cum).append('\n');
            }
            b.append("gutskin_http_request_duration_seconds_sum{").append(k).append("} ")
                    .append(String.format(Locale.ROOT, "%.6f", h.sum.sum())).append('\n')
                    .append("gutskin_http_request_duration_seconds_count{").append(k).append("} ").append(cum)
                    .append('\n');
        });
        counter(b, "gutskin_uploads_stored_total", "Uploads stored (new content).", uploadsStored.sum());
        counter(b, "gutskin_uploads_duplicate_total", "Uploads whose content was already stored.",
                uploadsDuplicate.sum());
        counter(b, "gutskin_samples_stored_total", "Samples stored.", samplesStored.sum());
        counter(b, "gutskin_signin_failures_total", "Failed sign-in attempts.", signInFailures.sum());
        Runtime rt = Runtime.getRuntime();
        b.append("# TYPE gutskin_jvm_memory_used_bytes gauge\ngutskin_jvm_memory_used_bytes ")
                .append(rt.totalMemory() - rt.freeMemory()).append('\n')
                .append("# TYPE gutskin_uptime_seconds gauge\ngutskin_uptime_seconds ")
                .append((System.currentTimeMillis() - startedAtMillis.get()) / 1000).append('\n');
        return b.toString();
    }

    private static void counter(StringBuilder b, String name, String help, long v) {
        b.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name)
                .append(" counter\n").append(name).append(' ').append(v).append('\n');
    }
}
