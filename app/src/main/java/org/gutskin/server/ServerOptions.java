package org.gutskin.server;

import java.nio.file.Path;

/**
 * How a server runs: port (0 = any free port), JDBC URL (null = embedded H2 under {@code dataDir}), database user
 * and password (null = from the URL), the data directory, the upload size limit, and whether to seed the demo
 * tenant on first start.
 */
public record ServerOptions(String host, int port, String jdbcUrl, String dbUser, String dbPassword, Path dataDir,
        long maxUploadBytes, boolean seedDemo) {

    public static final long DEFAULT_MAX_UPLOAD = 64L * 1024 * 1024;

    public String effectiveJdbcUrl() {
        return jdbcUrl != null ? jdbcUrl : Database.embeddedUrl(dataDir);
    }
}
