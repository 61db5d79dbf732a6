package org.gutskin.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The service's metrics, kept by Micrometer and scraped as Prometheus text at {@code /metrics} (lab-admin or the
 * metrics token only). Labels are the matched route pattern (never the raw path, so no sample id or query reaches
 * the metrics), the method, the status code, a report's format and whether the report cache answered; never a
 * tenant, user or sample name.
 *
 * <ul>
 * <li>{@code gutskin_http_requests_seconds} (histogram): every request, by method, route and status;</li>
 * <li>{@code gutskin_reports_total}: reports served by format and {@code cache} = hit, miss (rendered) or shared
 * (waited for a concurrent render of the same report); {@code gutskin_report_render_seconds}: render time;</li>
 * <li>{@code gutskin_renders_in_flight}: uncached renders running now; uploads, samples, failed sign-ins;</li>
 * <li>the JVM's memory and threads, the process's CPU and uptime.</li>
 * </ul>
 */
public final class Metrics {

    /** Histogram buckets of request and render times, seconds: around the 200 ms and 1 s targets (bench/README). */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter uploadsStored = Counter.builder("gutskin.uploads.stored")
            .description("Uploads stored (new content)").register(registry);
    private final Counter uploadsDuplicate = Counter.builder("gutskin.uploads.duplicate")
            .description("Uploads whose content was already stored").register(registry);
    private final Counter samplesStored = Counter.builder("gutskin.samples.stored").description("Samples stored")
            .register(registry);
    private final Counter signInFailures = Counter.builder("gutskin.signin.failures")
            .description("Failed sign-in attempts").register(registry);

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Reports the given count of uncached renders running now as a gauge (the {@link RenderGate}'s). */
    public void rendersInFlight(IntSupplier running) {
        Gauge.builder("gutskin.renders.in.flight", running::getAsInt).description("Uncached report renders running")
                .register(registry);
    }

    /** One finished request: its method, matched route pattern (or "other"), status and duration. */
    public void observe(String method, String route, int status, double seconds) {
        Timer.builder("gutskin.http.requests").description("HTTP requests by route, method and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .serviceLevelObjectives(BUCKETS).register(registry)
                .record((long) (seconds * 1e9), TimeUnit.NANOSECONDS);
    }

    /** One report served: format label and cache outcome (hit, miss, shared). */
    public void reportServed(String format, String cache) {
        Counter.builder("gutskin.reports").description("Reports served by format and cache outcome")
                .tags("format", format, "cache", cache).register(registry).increment();
    }

    /** How long one uncached render took (reading the stored profile included). */
    public void rendered(String format, long nanos) {
        Timer.builder("gutskin.report.render").description("Uncached report render time").tags("format", format)
                .serviceLevelObjectives(BUCKETS).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    public void uploadStored(int samples) {
        uploadsStored.increment();
        samplesStored.increment(samples);
    }

    public void uploadDuplicate() {
        uploadsDuplicate.increment();
    }

    public void signInFailure() {
        signInFailures.increment();
    }

    /** The Prometheus text exposition format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }
}
