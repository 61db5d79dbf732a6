package org.gutskin.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.gutskin.io.InputLimits;

/**
 * How a server runs: address and port (0 = any free port), JDBC URL (null = embedded H2 under {@code dataDir}),
 * database user and password (null = from the URL), the data directory, the upload size limit (bytes as sent),
 * whether to seed the demo tenant on first start, the {@link Limits} that keep one client from starving the others,
 * and how far one upload may expand when decoded ({@link InputLimits}).
 */
public record ServerOptions(String host, int port, String jdbcUrl, String dbUser, String dbPassword, Path dataDir,
        long maxUploadBytes, boolean seedDemo, Limits limits, InputLimits inputLimits, Ops ops) {

    public static final long DEFAULT_MAX_UPLOAD = 64L * 1024 * 1024;

    public ServerOptions {
        if (limits == null) limits = Limits.DEFAULTS;
        if (inputLimits == null) inputLimits = InputLimits.SERVER;
        if (ops == null) ops = Ops.DEFAULTS;
    }

    /** With the default {@link Ops}. */
    public ServerOptions(String host, int port, String jdbcUrl, String dbUser, String dbPassword, Path dataDir,
            long maxUploadBytes, boolean seedDemo, Limits limits, InputLimits inputLimits) {
        this(host, port, jdbcUrl, dbUser, dbPassword, dataDir, maxUploadBytes, seedDemo, limits, inputLimits,
                Ops.DEFAULTS);
    }

    /** With the default {@link Limits} and the service's decoded-size limits ({@link InputLimits#SERVER}). */
    public ServerOptions(String host, int port, String jdbcUrl, String dbUser, String dbPassword, Path dataDir,
            long maxUploadBytes, boolean seedDemo) {
        this(host, port, jdbcUrl, dbUser, dbPassword, dataDir, maxUploadBytes, seedDemo, Limits.DEFAULTS,
                InputLimits.SERVER, Ops.DEFAULTS);
    }

    public String effectiveJdbcUrl() {
        return jdbcUrl != null ? jdbcUrl : Database.embeddedUrl(dataDir);
    }

    public ServerOptions withLimits(Limits l) {
        return new ServerOptions(host, port, jdbcUrl, dbUser, dbPassword, dataDir, maxUploadBytes, seedDemo, l,
                inputLimits, ops);
    }

    public ServerOptions withOps(Ops o) {
        return new ServerOptions(host, port, jdbcUrl, dbUser, dbPassword, dataDir, maxUploadBytes, seedDemo, limits,
                inputLimits, o);
    }

    /**
     * How the service is operated. {@code metricsToken}: a bearer token that may read {@code /metrics} only (for a
     * Prometheus scraper; null = lab-admin users and their API tokens only); {@code shutdownTimeout}: on stop
     * (SIGTERM), how long requests in flight may take to finish before the connections are closed;
     * {@code accessLog}: one JSON line per request on standard output ({@link AccessLog}); {@code renderWait}: how long
     * an uncached report may wait for one of its lab's render slots before it is answered 429 ({@link RenderGate}).
     */
    public record Ops(String metricsToken, Duration shutdownTimeout, boolean accessLog, Duration renderWait) {

        /** The defaults of {@code gutskin serve} except the access log, which is off here (tests' output). */
        public static final Ops DEFAULTS = new Ops(null, Duration.ofSeconds(20), false, Duration.ofSeconds(2));

        public Ops withAccessLog(boolean on) {
            return new Ops(metricsToken, shutdownTimeout, on, renderWait);
        }

        public Ops withShutdownTimeout(Duration d) {
            return new Ops(metricsToken, d, accessLog, renderWait);
        }

        public Ops withMetricsToken(String token) {
            return new Ops(token, shutdownTimeout, accessLog, renderWait);
        }
    }

    /**
     * The security limits (issue 15). {@code maxThreads}: request threads; {@code maxConnectionsPerAddress}: open
     * connections one client address may hold (a trusted proxy is exempt); {@code minReadBytesPerSecond}: a request
     * body arriving slower is cut off; {@code tokenTtl}: how long an API token lives; {@code trustedProxies}: the
     * addresses whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed; {@code auditRetentionDays}:
     * how long audit entries are kept; {@code maxRendersPerTenant}: uncached reports one tenant may render at once
     * (beyond it 429); {@code maxSamplesPerUpload}: samples one upload may hold (beyond it 413, before any per-sample
     * work: a 100,000-sample table once took 446 s to store and made the tenant's list slow afterwards).
     */
    public record Limits(int maxThreads, int maxConnectionsPerAddress, long minReadBytesPerSecond, Duration tokenTtl,
            Set<String> trustedProxies, int auditRetentionDays, int maxRendersPerTenant, int maxSamplesPerUpload) {

        public static final Limits DEFAULTS = new Limits(250, 64, 256, Duration.ofDays(90), Set.of(), 400, 4, 5000);

        public Limits withThreads(int maxThreads, int maxConnectionsPerAddress) {
            return new Limits(maxThreads, maxConnectionsPerAddress, minReadBytesPerSecond, tokenTtl, trustedProxies,
                    auditRetentionDays, maxRendersPerTenant, maxSamplesPerUpload);
        }

        public Limits withTokenTtl(Duration ttl) {
            return new Limits(maxThreads, maxConnectionsPerAddress, minReadBytesPerSecond, ttl, trustedProxies,
                    auditRetentionDays, maxRendersPerTenant, maxSamplesPerUpload);
        }

        public Limits withTrustedProxies(Set<String> proxies) {
            return new Limits(maxThreads, maxConnectionsPerAddress, minReadBytesPerSecond, tokenTtl, Set.copyOf(proxies),
                    auditRetentionDays, maxRendersPerTenant, maxSamplesPerUpload);
        }

        public Limits withMaxSamplesPerUpload(int n) {
            return new Limits(maxThreads, maxConnectionsPerAddress, minReadBytesPerSecond, tokenTtl, trustedProxies,
                    auditRetentionDays, maxRendersPerTenant, n);
        }

        public Limits withMaxRendersPerTenant(int n) {
            return new Limits(maxThreads, maxConnectionsPerAddress, minReadBytesPerSecond, tokenTtl, trustedProxies,
                    auditRetentionDays, n, maxSamplesPerUpload);
        }

        public Limits withAuditRetentionDays(int days) {
            return new Limits(maxThreads, maxConnectionsPerAddress, minReadBytesPerSecond, tokenTtl, trustedProxies,
                    days, maxRendersPerTenant, maxSamplesPerUpload);
        }
    }
}
