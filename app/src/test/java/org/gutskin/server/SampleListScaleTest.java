package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gutskin.testkit.Slow;
import org.junit.jupiter.api.Test;

/**
 * Finding 6 of issue 15 at scale: 100,000 samples in one tenant (20 uploads of 5,000, the per-upload cap, stored
 * through {@link SampleStore#insert} with a summary of realistic size), on H2 and on PostgreSQL. Pins that a deep
 * page (the cursor 50 rows before the end) holds the right rows — the oldest 50 samples, newest first, names worked
 * out by hand from the insertion order — and prints the times of the first page, the deep page and, for comparison,
 * the same deep page by LIMIT/OFFSET, through HTTP and in the store (median of 5, after one warm-up). No timing is
 * asserted: bench/README.md records them.
 */
@Slow
class SampleListScaleTest {

    static final int UPLOADS = 20, PER_UPLOAD = 5000, TOTAL = UPLOADS * PER_UPLOAD;

    @Test
    void h2() throws Exception {
        run(null, null, "h2");
    }

    @Test
    void postgresql() throws Exception {
        try (PostgresServer pg = PostgresServer.startOrSkip()) {
            run(pg.jdbcUrl(), "postgres", "postgresql");
        }
    }

    private void run(String jdbcUrl, String user, String label) throws Exception {
        Path dir = Files.createTempDirectory("gutskin-scale");
        try (GutskinServer server = GutskinServer.start(new ServerOptions("127.0.0.1", 0, jdbcUrl, user, null, dir,
                2L << 20, true))) {
            SampleStore store = server.services().samples();
            long tenant = server.services().accounts().tenantId(DemoSeed.TENANT).orElseThrow();
            int seeded = (int) store.count(tenant, null);
            // a summary like SampleSummary's (counts, ten top species with percentages), ~600 bytes
            StringBuilder top = new StringBuilder();
            for (int k = 0; k < 10; k++) top.append(k == 0 ? "" : ",").append("{\"name\":\"Bacteroides species number ")
                    .append(k).append("\",\"percent\":").append(10.0 - k * 0.75).append('}');
            long t0 = System.nanoTime();
            for (int u = 0; u < UPLOADS; u++) {
                List<SampleStore.NewSample> rows = new ArrayList<>(PER_UPLOAD);
                for (int j = 0; j < PER_UPLOAD; j++)
                    rows.add(new SampleStore.NewSample("u" + u + "-s" + j, 120, 80, "{\"sample\":\"u" + u + "-s" + j
                            + "\",\"format\":\"metaphlan\",\"taxa\":120,\"species\":80,\"topSpecies\":[" + top
                            + "],\"warnings\":[]}"));
                String sha = String.format("%064x", u + 1);
                store.insert(tenant, null, sha, "scale-" + u + ".tsv", "metaphlan", new byte[] {(byte) u}, rows)
                        .orElseThrow();
            }
            double insertS = (System.nanoTime() - t0) / 1e9;
            assertThat(store.count(tenant, null)).isEqualTo(TOTAL + seeded);

            // the row 50 before the oldest 50 scale samples: u0-s50 (inserted 51st); then u0-s49 … u0-s0
            long cursor = server.services().db().jdbi().withHandle(h -> h.createQuery("SELECT id FROM sample"
                    + " WHERE tenant_id = :t AND name = 'u0-s50'").bind("t", tenant).mapTo(Long.class).one());
            List<SampleRow> deep = store.list(tenant, null, 50 + seeded, cursor);
            List<String> expected = new ArrayList<>();
            for (int j = 49; j >= 0; j--) expected.add("u0-s" + j);
            assertThat(deep.stream().map(SampleRow::name).limit(50).toList()).isEqualTo(expected);

            Client c = new Client(server.port(), Client.token(server.port(), DemoSeed.USER, DemoSeed.PASSWORD));
            JsonNode first = c.get("/api/samples?limit=50").json();
            assertThat(first.get("items").get(0).get("name").asText()).isEqualTo("u19-s4999");
            assertThat(first.get("total").asLong()).isEqualTo(TOTAL + seeded);
            JsonNode deepPage = c.get("/api/samples?limit=50&cursor=" + cursor).json();
            assertThat(deepPage.get("items").get(0).get("name").asText()).isEqualTo("u0-s49");

            // each run asks something slightly different (page size, cursor, offset), so no database answers
            // from a result it kept from the run before (H2 reuses the result of an identical query)
            double httpFirst = median(i -> c.get("/api/samples?limit=" + (50 + i)));
            double httpDeep = median(i -> c.get("/api/samples?limit=50&cursor=" + (cursor - i)));
            double httpSearch = median(i -> c.get("/api/samples?limit=50&q=u7-s12" + i));
            double storeFirst = median(i -> store.list(tenant, null, 51 + i, null));
            double storeDeep = median(i -> store.list(tenant, null, 51, cursor - i));
            double count = median(i -> server.services().db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*)"
                    + " FROM sample s WHERE s.tenant_id = " + tenant + " AND s.id > " + (-i)).mapTo(Long.class).one()));
            double offsetDeep = median(i -> server.services().db().jdbi().withHandle(h -> h.createQuery("SELECT s.id,"
                    + " s.name, s.summary FROM sample s JOIN upload u ON u.id = s.upload_id WHERE s.tenant_id = "
                    + tenant + " ORDER BY s.id DESC LIMIT 51 OFFSET " + (TOTAL - 50 - i)).mapToMap().list()));
            String plan = server.services().db().jdbi().withHandle(h -> String.join(" ", h.createQuery("EXPLAIN "
                    + SampleStore.pageSql(null).replace(":tid", String.valueOf(tenant)).replace(":before",
                            String.valueOf(Long.MAX_VALUE)).replace(":lim", "51")).mapTo(String.class).list()));
            System.out.println(label + " plan of the first page: " + plan.replaceAll("\\s+", " "));
            String line = String.format(java.util.Locale.ROOT, "sample list at %,d samples, %s: insert %.1f s;"
                    + " HTTP first page %.1f ms, deep page (cursor) %.1f ms, search q %.1f ms; store first page %.2f ms,"
                    + " deep page %.2f ms, count %.1f ms; deep page by LIMIT/OFFSET %.1f ms", TOTAL, label, insertS,
                    httpFirst, httpDeep, httpSearch, storeFirst, storeDeep, count, offsetDeep);
            System.out.println(line);
            Files.writeString(Path.of("target/sample-list-scale-" + label + ".txt"), line + "\n");
        } finally {
            ServiceSuite.deleteTree(dir);
        }
    }

    /** Median wall time in ms of 5 runs (run i = 1..5) after one warm-up (run 0). */
    private static double median(java.util.function.IntFunction<?> task) {
        task.apply(0);
        double[] t = new double[5];
        for (int i = 0; i < t.length; i++) {
            long s = System.nanoTime();
            task.apply(i + 1);
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        return t[2];
    }
}
