package org.gutskin.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gutskin.server.DemoSeed;
import org.gutskin.server.GutskinServer;
import org.gutskin.io.InputLimits;
import org.gutskin.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gutskin serve}: the web service and UI until stopped (Ctrl-C or SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the web service and UI (REST API with /openapi.json, docs at /docs.html).",
                "With no --db: an embedded H2 database under --data-dir, created, migrated and seeded with a demo "
                        + "tenant on first start."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database, e.g. jdbc:postgresql://localhost:5432/gutskin (default: embedded H2 in --data-dir).")
    String db;

    @Option(names = "--db-user", description = "Database user (or in the URL; env GUTSKIN_DB_USER).")
    String dbUser;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default ~/.gutskin/data).")
    Path dataDir;

    @Option(names = "--max-upload-mb", defaultValue = "64", description = "Upload size limit in MB (default ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Option(names = "--max-decoded-mb", defaultValue = "256", paramLabel = "MB", description = "How far one upload may "
            + "expand when decompressed (gzip, bzip2, a .qza's members, a BIOM HDF5 table's declared arrays), in MB; "
            + "larger is HTTP 413 (default ${DEFAULT-VALUE}).")
    long maxDecodedMb;

    @Option(names = "--no-demo", description = "Do not seed the demo tenant on first start.")
    boolean noDemo;

    @Override
    public Integer call() throws Exception {
        // $HOME first: Java's user.home comes from the password database and ignores a changed HOME
        String home = System.getenv("HOME") != null && !System.getenv("HOME").isBlank() ? System.getenv("HOME")
                : System.getProperty("user.home");
        Path dir = dataDir != null ? dataDir : Path.of(home, ".gutskin", "data");
        String user = dbUser != null ? dbUser : System.getenv("GUTSKIN_DB_USER");
        // the password only from the environment, so it never shows in a process list
        String password = System.getenv("GUTSKIN_DB_PASSWORD");
        ServerOptions o = new ServerOptions(host, port, db, user, password, dir, maxUploadMb * 1024 * 1024, !noDemo,
                InputLimits.SERVER.withMaxDecodedMb(maxDecodedMb));
        GutskinServer server = GutskinServer.start(o);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "gutskin-shutdown"));
        String where = db != null ? "database " + server.services().db().vendor() : "embedded database in " + dir;
        System.out.println("gutskin: serving on http://localhost:" + server.port() + "/ (" + where + ")");
        if (!noDemo) {
            System.out.println("gutskin: demo sign-in: user '" + DemoSeed.USER + "', password '" + DemoSeed.PASSWORD
                    + "' (tenant " + DemoSeed.TENANT + (server.seeded() ? ", just created" : "")
                    + "; change it before real use)");
        }
        System.out.println("gutskin: API docs at http://localhost:" + server.port() + "/docs.html");
        System.out.flush();
        stopped.await();
        return Main.OK;
    }
}
