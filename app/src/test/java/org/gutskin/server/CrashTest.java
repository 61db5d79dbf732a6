package org.gutskin.server;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Durability: a server in its own JVM (embedded H2) receives a batch of multi-sample uploads and is killed with
 * SIGKILL while uploads are still in flight. After a restart on the same data directory every acknowledged upload
 * must be there exactly once with all its samples, re-uploading it must be a duplicate, and no upload may have a
 * partial set of samples (the one in flight at the kill is either complete or absent).
 */
@Slow
@RequiresShared
class CrashTest {

    private static final int SAMPLES_PER_FILE = 3;
    private Path dataDir;
    private Process process;

    @AfterEach
    void cleanUp() {
        if (process != null) process.destroyForcibly();
        ServiceSuite.deleteTree(dataDir);
    }

    /** Upload {@code i}: three real HMP2 samples (columns i, i+7, i+31 modulo 129) as a merged MetaPhlAn table. */
    static byte[] batchFile(List<String[]> merged, int i) {
        int n = merged.get(0).length - 1;
        int[] cols = {1 + i % n, 1 + (i + 7) % n, 1 + (i + 31) % n};
        StringBuilder b = new StringBuilder();
        for (String[] row : merged) {
            b.append(row[0]);
            for (int c : cols) b.append('\t').append(row[c]);
            b.append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void killDuringBatchUploadLosesNothingAcknowledged() throws Exception {
        List<String[]> merged = new ArrayList<>();
        for (String line : Files.readAllLines(ServiceSuite.METAPHLAN.resolve("HMP2_subset_merged_metaphlan3_profiles.tsv"))) {
            if (!line.isBlank()) merged.add(line.split("\t", -1));
        }
        dataDir = Files.createTempDirectory("gutskin-crash");
        int port = freePort();
        process = startServer(port);
        String token = Client.token(port, DemoSeed.USER, DemoSeed.PASSWORD);
        Client c = new Client(port, token);

        Map<Integer, JsonNode> acked = new ConcurrentHashMap<>();
        Thread uploader = new Thread(() -> {
            for (int i = 0; i < 120; i++) {
                try {
                    Client.Res r = c.upload("batch_" + i + ".tsv", batchFile(merged, i));
                    if (r.status() != 201) throw new AssertionError("upload " + i + ": " + r.status() + " " + r.body());
                    acked.put(i, r.json());
                } catch (java.io.UncheckedIOException e) {
                    return; // the server is gone
                }
            }
        });
        uploader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acked.size() < 15 && uploader.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
        process.waitFor(30, TimeUnit.SECONDS);
        uploader.join(60_000);
        Map<Integer, JsonNode> ackedAtKill = new HashMap<>(acked);
        assertThat(ackedAtKill.size()).as("uploads acknowledged before the kill").isGreaterThanOrEqualTo(15);
        assertThat(ackedAtKill.size()).as("the kill came during the batch").isLessThan(120);

        process = startServer(port);
        Client after = new Client(port, token);
        for (var e : ackedAtKill.entrySet()) {
            long uploadId = e.getValue().get("uploadId").asLong();
            Client.Res u = after.get("/api/uploads/" + uploadId);
            assertThat(u.status()).as("acknowledged upload " + e.getKey()).isEqualTo(200);
            assertThat(u.json().get("samples")).hasSize(SAMPLES_PER_FILE);
            Client.Res again = after.upload("batch_" + e.getKey() + ".tsv", batchFile(merged, e.getKey()));
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("duplicate").asBoolean()).isTrue();
            assertThat(again.json().get("uploadId").asLong()).isEqualTo(uploadId);
        }
        // no partial upload: every batch upload that exists has all its samples
        Map<Long, Integer> perUpload = new HashMap<>();
        for (JsonNode s : after.get("/api/samples?limit=500").json().get("items")) {
            if (s.get("filename").asText().startsWith("batch_")) perUpload.merge(s.get("uploadId").asLong(), 1, Integer::sum);
        }
        assertThat(perUpload.values()).containsOnly(SAMPLES_PER_FILE);
        assertThat(perUpload.size()).isBetween(ackedAtKill.size(), ackedAtKill.size() + 1);
    }

    private Process startServer(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.gutskin.cli.Main", "serve", "--demo", "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--data-dir", dataDir.toString())
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("server.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (new Client(port).get("/api/health").status() == 200) return p;
            } catch (RuntimeException notYet) {
                Thread.sleep(100);
            }
            if (!p.isAlive()) break;
        }
        throw new AssertionError("server did not start: " + Files.readString(dataDir.resolve("server.log")));
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
