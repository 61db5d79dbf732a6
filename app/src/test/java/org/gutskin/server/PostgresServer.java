package org.gutskin.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server for the tests, from Debian's {@code postgresql} package: {@code initdb} into a
 * temporary directory (as the {@code postgres} user when the tests run as root, since PostgreSQL refuses to run
 * as root), listening on a free loopback port with trust authentication, stopped and deleted afterwards. When the
 * server binaries are absent the tests are skipped with a message saying what to install.
 */
final class PostgresServer implements AutoCloseable {

    final int port;
    private final Path dir;
    private final Path bin;
    private final boolean asPostgres;

    private PostgresServer(Path bin, Path dir, int port, boolean asPostgres) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    static PostgresServer startOrSkip() throws Exception {
        Path bin = findBin();
        Assumptions.assumeTrue(bin != null, "PostgreSQL tests skipped: no /usr/lib/postgresql/*/bin/initdb"
                + " (apt-get install -y postgresql)");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "gutskin-pg");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        if (root) run(List.of("chown", "postgres:postgres", dir.toString()), false);
        PostgresServer pg = new PostgresServer(bin, dir, port, root);
        Path data = dir.resolve("data");
        pg.pg(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                "--no-sync", "-E", "UTF8"));
        pg.pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir, "start"));
        return pg;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private static Path findBin() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) return null;
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.resolve("bin")).filter(p -> Files.isExecutable(p.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString)).orElse(null);
        }
    }

    private void pg(List<String> cmd) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgres) full.addAll(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(cmd);
        run(full, true);
    }

    private static void run(List<String> cmd, boolean check) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS)) throw new IllegalStateException("timed out: " + cmd);
        if (check && p.exitValue() != 0) throw new IllegalStateException(cmd + " failed: " + out);
    }

    @Override
    public void close() throws IOException {
        try {
            pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
                "stop"));
        } catch (Exception e) {
            // close() must not declare InterruptedException (AutoCloseable contract); keep the interrupt flag
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw new IOException("pg_ctl stop failed", e);
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
