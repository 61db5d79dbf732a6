package org.gutskin.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gutskin.cohort.CohortRequest;
import org.gutskin.cohort.CohortRequestJson;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs {@code gutskin cohort --engine spark} as a child JVM of the Spark module's job
 * ({@code org.gutskin.spark.CohortJob}), so the gutskin jar never carries Spark (≈ 250 MB). The job gets the
 * request this command checked, as JSON; it parses no cohort option itself. The job jar is
 * {@code $GUTSKIN_SPARK_JAR} (or the system property {@code gutskin.spark.jar}), or {@code spark/target/gutskin-spark.jar} beside this jar's {@code app/target}
 * (built by {@code ./mvnw -pl spark -am package}); Spark's own jars are taken from {@code lib/} next to it.
 * Without the jar: a one-line usage error saying how to build it, exit 2. For a cluster, submit the job jar
 * with {@code spark-submit} instead (README).
 */
final class SparkLauncher {

    static final String MAIN = "org.gutskin.spark.CohortJob";

    private SparkLauncher() {}

    /** Runs the checked request in the job: written as JSON ({@link CohortRequestJson}) to a temporary file it reads. */
    static int run(CommandSpec spec, String master, CohortRequest request) {
        Path jar = locate();
        Path lib = jar == null ? null : jar.resolveSibling("lib");
        if (jar == null || !Files.isDirectory(lib)) {
            spec.commandLine().getErr().println("gutskin: --engine spark needs the Spark job jar and its lib/ folder "
                    + "(spark/target/gutskin-spark.jar); build them with './mvnw -B -pl spark -am package -DskipTests' "
                    + "or set GUTSKIN_SPARK_JAR; on a cluster use spark-submit (see README, 'Cohorts on Apache Spark')");
            return Main.USAGE;
        }
        Path json = null;
        try {
            json = Files.createTempFile("gutskin-cohort-request", ".json");
            CohortRequestJson.write(request, json);
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            String opts = System.getenv("GUTSKIN_SPARK_JAVA_OPTS");
            if (opts != null && !opts.isBlank()) cmd.addAll(List.of(opts.trim().split("\\s+")));
            cmd.addAll(List.of("-cp", jar + File.pathSeparator + lib.resolve("*"), MAIN, "--request", json.toString(),
                    "--master", master));
            if (spec.commandLine().getParseResult().originalArgs().contains("--debug")) cmd.add("--debug");
            ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
            pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
            return pb.start().waitFor();
        } catch (IOException e) {
            spec.commandLine().getErr().println("gutskin: cannot start the Spark job: " + e.getMessage());
            return Main.INTERNAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.INTERNAL;
        } finally {
            if (json != null) json.toFile().delete();
        }
    }

    /** The job jar, or null. */
    static Path locate() {
        String env = System.getProperty("gutskin.spark.jar", System.getenv("GUTSKIN_SPARK_JAR"));
        if (env != null && !env.isBlank()) return Files.isRegularFile(Path.of(env)) ? Path.of(env) : null;
        try {
            Path self = Path.of(SparkLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // app/target/gutskin.jar or app/target/classes → <root>/spark/target/gutskin-spark.jar
            Path root = self.getParent().getParent().getParent();
            Path jar = root.resolve("spark").resolve("target").resolve("gutskin-spark.jar");
            return Files.isRegularFile(jar) ? jar : null;
        } catch (Exception e) {
            return null;
        }
    }
}
