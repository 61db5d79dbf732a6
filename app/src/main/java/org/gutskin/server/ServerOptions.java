package org.gutskin.server;

import java.nio.file.Path;
import org.gutskin.io.InputLimits;

/**
 * How a server runs: port (0 = any free port), JDBC URL (null = embedded H2 under {@code dataDir}), database user
 * and password (null = from the URL), the data directory, the upload size limit (bytes as sent), whether to seed
 * the demo tenant on first start, and how far one upload may expand when decoded ({@link InputLimits}).
 */
public record ServerOptions(String host, int port, String jdbcUrl, String dbUser, String dbPassword, Path dataDir,
        long maxUploadBytes, boolean seedDemo, InputLimits inputLimits) {

    public static final long DEFAULT_MAX_UPLOAD = 64L * 1024 * 1024;

    public ServerOptions {
        if (inputLimits == null) inputLimits = InputLimits.SERVER;
    }

    /** With the service's default decoded-size limits ({@link InputLimits#SERVER}). */
    public ServerOptions(String host, int port, String jdbcUrl, String dbUser, String dbPassword, Path dataDir,
            long maxUploadBytes, boolean seedDemo) {
        this(host, port, jdbcUrl, dbUser, dbPassword, dataDir, maxUploadBytes, seedDemo, InputLimits.SERVER);
    }

    public String effectiveJdbcUrl() {
        return jdbcUrl != null ? jdbcUrl : Database.embeddedUrl(dataDir);
    }
}
