package org.gutskin.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the service's database is: the options {@code serve} and {@code admin} share, so an administrator points
 * {@code gutskin admin} at exactly the database {@code gutskin serve} uses.
 */
final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database, e.g. jdbc:postgresql://localhost:5432/gutskin (default: embedded H2 in --data-dir).")
    String db;

    @Option(names = "--db-user", description = "Database user (or in the URL; env GUTSKIN_DB_USER).")
    String dbUser;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default ~/.gutskin/data).")
    Path dataDir;

    /** The data directory: --data-dir, else ~/.gutskin/data under $HOME. */
    Path dir() {
        if (dataDir != null) return dataDir;
        // $HOME first: Java's user.home comes from the password database and ignores a changed HOME
        String home = System.getenv("HOME") != null && !System.getenv("HOME").isBlank() ? System.getenv("HOME")
                : System.getProperty("user.home");
        return Path.of(home, ".gutskin", "data");
    }

    String user() {
        return dbUser != null ? dbUser : System.getenv("GUTSKIN_DB_USER");
    }

    /** The database password only from the environment, so it never shows in a process list. */
    static String password() {
        return System.getenv("GUTSKIN_DB_PASSWORD");
    }
}
