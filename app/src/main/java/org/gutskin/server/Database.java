package org.gutskin.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The service's database: a HikariCP pool, migrated by Flyway on open, queried through JDBI.
 *
 * <p>With no JDBC URL the database is an embedded H2 file under the data directory. H2 normally writes a commit to
 * its file up to 500 ms later ({@code WRITE_DELAY}); {@code WRITE_DELAY=0} writes it before the commit returns, so
 * a {@code kill -9} after an upload was acknowledged cannot lose it. PostgreSQL is durable at commit by default.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final String vendor;
    private final Flyway flyway;

    private Database(HikariDataSource pool, Flyway flyway) {
        this.pool = pool;
        this.flyway = flyway;
        this.jdbi = Jdbi.create(pool);
        this.vendor = pool.getJdbcUrl().startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
    }

    /** The embedded default: {@code DIR/gutskin.mv.db}. */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("gutskin") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Opens the pool and brings the schema up to date. User and password may be null (taken from the URL). */
    public static Database open(String jdbcUrl, String user, String password, int poolSize) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(jdbcUrl);
        if (user != null) cfg.setUsername(user);
        if (password != null) cfg.setPassword(password);
        cfg.setMaximumPoolSize(poolSize);
        cfg.setPoolName("gutskin");
        cfg.setAutoCommit(true);
        HikariDataSource ds = new HikariDataSource(cfg);
        Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, flyway);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** {@code h2} or {@code postgresql}. */
    public String vendor() {
        return vendor;
    }

    /** True when a connection can run a trivial query (the readiness probe). */
    public boolean ready() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * True when every migration this build carries is applied (none pending, none failed): another instance may
     * have been started from an older build, or the schema history was changed under the service (readiness).
     */
    public boolean migrated() {
        try {
            org.flywaydb.core.api.MigrationInfoService info = flyway.info();
            return info.pending().length == 0 && java.util.Arrays.stream(info.applied())
                    .noneMatch(m -> m.getState().isFailed());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * On the embedded H2 database, {@code SHUTDOWN COMPACT}: rewrites the file without the free space deleted and
     * updated rows left behind (issue 15, finding 7), then closes it. Called on a clean stop; PostgreSQL reclaims
     * space itself (autovacuum).
     */
    public void compact() {
        if (!vendor.equals("h2")) return;
        try {
            jdbi.useHandle(h -> h.execute("SHUTDOWN COMPACT"));
        } catch (RuntimeException e) {
            // a failed compaction leaves the file as it was: still a consistent database
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
