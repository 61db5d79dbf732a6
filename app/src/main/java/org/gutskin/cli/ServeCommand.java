package org.gutskin.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gutskin.server.DemoSeed;
import org.gutskin.server.GutskinServer;
import org.gutskin.server.ServerOptions;
import org.gutskin.server.ServiceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gutskin serve}: the web service and UI until stopped (Ctrl-C or SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the web service and UI (REST API with /openapi.json, docs at /docs.html).",
                "With no --db: an embedded H2 database under --data-dir, created and migrated on first start "
                        + "(with --demo: and seeded with a demo tenant)."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 = every interface).")
    String host;

    @picocli.CommandLine.Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--max-upload-mb", defaultValue = "64", description = "Upload size limit in MB (default ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Option(names = "--max-samples-per-upload", defaultValue = "5000", paramLabel = "N",
            description = "Samples one upload may hold; more is HTTP 413 (default ${DEFAULT-VALUE}).")
    int maxSamplesPerUpload;

    @Option(names = "--demo", description = "On first start, create the demo tenant (user demo, password gutskin-demo)"
            + " with three small profiles. For trying gutskin out; never on a server holding real data.")
    boolean demo;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", split = ",",
            description = "Address of a reverse proxy whose X-Forwarded-For/-Proto/-Host headers are believed "
                    + "(repeatable; default: none).")
    java.util.List<String> trustedProxies = new java.util.ArrayList<>();

    @Option(names = "--token-ttl-days", defaultValue = "90", description = "API token lifetime in days (default ${DEFAULT-VALUE}).")
    int tokenTtlDays;

    @Option(names = "--audit-retention-days", defaultValue = "400",
            description = "Audit entries older than this are deleted (default ${DEFAULT-VALUE}).")
    int auditRetentionDays;

    @Option(names = "--max-threads", defaultValue = "250", description = "Request threads (default ${DEFAULT-VALUE}).")
    int maxThreads;

    @Option(names = "--max-connections-per-address", defaultValue = "64",
            description = "Open connections one client address may hold (default ${DEFAULT-VALUE}).")
    int maxConnectionsPerAddress;

    @Option(names = "--max-decoded-mb", defaultValue = "256", paramLabel = "MB", description = "How far one upload may "
            + "expand when decompressed (gzip, bzip2, a .qza's members, a BIOM HDF5 table's declared arrays), in MB; "
            + "larger is HTTP 413 (default ${DEFAULT-VALUE}).")
    long maxDecodedMb;

    @Option(names = "--max-renders-per-tenant", defaultValue = "4", paramLabel = "N",
            description = "Uncached reports one lab may render at once; others wait (default ${DEFAULT-VALUE}).")
    int maxRendersPerTenant;

    @Option(names = "--render-wait-ms", defaultValue = "2000", paramLabel = "MS",
            description = "How long an uncached report waits for a render slot before HTTP 429 (default ${DEFAULT-VALUE}).")
    int renderWaitMs;

    @Option(names = "--shutdown-timeout-seconds", defaultValue = "20", paramLabel = "S",
            description = "On SIGTERM, how long requests in flight may take to finish (default ${DEFAULT-VALUE}).")
    int shutdownTimeoutSeconds;

    @Option(names = "--access-log", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "One JSON line per request on standard output (default: on; --no-access-log: off).")
    boolean accessLog;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (YAML, or .properties): the "
            + "settings of the flags by their names without dashes in front, and db-password, metrics-token. "
            + "Precedence: flag, then environment (GUTSKIN_PORT, GUTSKIN_METRICS_TOKEN, ...), then this file, then "
            + "the default. See docs/service.md.")
    Path config;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * The settings given on this command line, by configuration key, as typed: only the options the user wrote, so a
     * flag's default never hides an environment variable or the file.
     */
    private java.util.Map<String, String> flagsGiven() {
        picocli.CommandLine.ParseResult pr = spec.commandLine().getParseResult();
        java.util.Map<String, String> given = new java.util.HashMap<>();
        for (ServiceConfig.Key k : ServiceConfig.KEYS) {
            if (!k.hasFlag() || !pr.hasMatchedOption("--" + k.name())) continue;
            Object v = spec.findOption("--" + k.name()).getValue();
            given.put(k.name(), v instanceof java.util.Collection<?> c
                    ? c.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) : String.valueOf(v));
        }
        return given;
    }

    /** This command line's configuration: its flags, then {@code env}, then the --config file, then the defaults. */
    ServiceConfig configuration(java.util.Map<String, String> env) {
        return ServiceConfig.resolve(flagsGiven(), env, config == null ? java.util.Map.of()
                : ServiceConfig.readFile(config), config == null ? null : config.getFileName().toString());
    }

    @Override
    public Integer call() throws Exception {
        ServiceConfig cfg = configuration(System.getenv());
        ServerOptions o = cfg.toOptions(database.dir());
        String db = o.jdbcUrl(), host = o.host();
        Path dir = o.dataDir();
        boolean demo = o.seedDemo();
        // the effective configuration, secrets masked, so an operator sees what the service runs with and why
        System.out.println("gutskin: configuration (flag > environment > " + (config == null ? "" : config + " > ")
                + "default):");
        for (String line : cfg.describe(database.dir())) System.out.println("gutskin:   " + line);
        GutskinServer server = GutskinServer.start(o);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "gutskin-shutdown"));
        String where = db != null ? "database " + server.services().db().vendor() : "embedded database in " + dir;
        System.out.println("gutskin: serving on http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":"
                + server.port() + "/ (" + where + ")");
        if (demo) {
            System.out.println("gutskin: demo sign-in: user '" + DemoSeed.USER + "', password '" + DemoSeed.PASSWORD
                    + "' (tenant " + DemoSeed.TENANT + (server.seeded() ? ", just created" : "")
                    + "; change it before real use)");
        }
        if (!server.services().accounts().anyUser()) {
            System.out.println("gutskin: no user yet: create the first lab-admin with 'gutskin admin create-admin "
                    + (db != null ? "--db " + db : "--data-dir " + dir) + " --tenant LAB --user NAME'"
                    + (db != null ? "" : " (stop this service first: only one process may open the embedded database)"));
        }
        System.out.println("gutskin: API docs at http://localhost:" + server.port() + "/docs.html");
        System.out.flush();
        stopped.await();
        return Main.OK;
    }
}
