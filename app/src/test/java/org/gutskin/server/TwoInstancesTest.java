package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Slow;
import org.junit.jupiter.api.Test;

/**
 * Scale-out (issue 15): two service instances on one throwaway PostgreSQL share everything a request needs — the
 * browser session and its CSRF token, API tokens and their revocation, samples and their deletion — because all of
 * it is in the database. Signed in on A, a browser uploads through B and reads the report on A.
 */
@Slow
@RequiresShared
class TwoInstancesTest {

    @Test
    void signInOnAUploadOnBReportOnA() throws Exception {
        Path dirA = Files.createTempDirectory("gutskin-a"), dirB = Files.createTempDirectory("gutskin-b");
        try (PostgresServer pg = PostgresServer.startOrSkip();
                GutskinServer a = GutskinServer.start(new ServerOptions("127.0.0.1", 0, pg.jdbcUrl(), "postgres", null,
                        dirA, 2L << 20, true));
                GutskinServer b = GutskinServer.start(new ServerOptions("127.0.0.1", 0, pg.jdbcUrl(), "postgres", null,
                        dirB, 2L << 20, true))) {
            assertThat(a.seeded()).isTrue();
            assertThat(b.seeded()).as("B finds A's demo tenant in the shared database").isFalse();

            Client.Res signIn = new Client(a.port()).postJson("/api/session", Map.of("username", DemoSeed.USER,
                    "password", DemoSeed.PASSWORD));
            assertThat(signIn.status()).isEqualTo(200);
            String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
            String cookie = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
            String csrf = signIn.json().get("csrfToken").asText();
            Client onA = browser(a.port(), cookie, csrf), onB = browser(b.port(), cookie, csrf);

            assertThat(onB.get("/api/session").json().get("user").asText()).isEqualTo(DemoSeed.USER);
            byte[] file = Files.readAllBytes(ServiceSuite.METAPHLAN.resolve("ERR7569997.metaphlan4.txt"));
            Client.Res up = onB.upload("ERR7569997.metaphlan4.txt", file);
            assertThat(up.status()).as(up.body()).isEqualTo(201);
            long id = up.json().get("samples").get(0).get("id").asLong();

            Client.Res report = onA.get("/api/samples/" + id + "/report?format=json");
            assertThat(report.status()).as(report.body()).isEqualTo(200);
            JsonNode r = report.json();
            assertThat(r.get("sample").asText()).isEqualTo("ERR7569997");
            assertThat(r.at("/provenance/inputSha256").asText()).isEqualTo(Secrets.sha256(file));

            // a token made on A, revoked on B, is refused on A at once (no cache in either)
            Client.Res tok = onA.postJson("/api/tokens", Map.of("name", "two-instances"));
            assertThat(tok.status()).isEqualTo(201);
            Client tokenOnA = new Client(a.port(), tok.json().get("token").asText());
            assertThat(tokenOnA.get("/api/samples").status()).isEqualTo(200);
            assertThat(onB.delete("/api/admin/tokens/" + tok.json().get("id").asLong()).status()).isEqualTo(204);
            assertThat(tokenOnA.get("/api/samples").status()).isEqualTo(401);

            // deleted through B: A (which has the report cached) answers 404
            assertThat(onB.delete("/api/samples/" + id).status()).isEqualTo(204);
            assertThat(onA.get("/api/samples/" + id + "/report?format=json").status()).isEqualTo(404);

            // signed out on B: the session is gone on A too
            assertThat(onB.delete("/api/session").status()).isEqualTo(204);
            assertThat(onA.get("/api/session").status()).isEqualTo(401);
        } finally {
            ServiceSuite.deleteTree(dirA);
            ServiceSuite.deleteTree(dirB);
        }
    }

    /**
     * A batch job submitted to A is worked on by both instances (each claims items with {@code SELECT … FOR UPDATE
     * SKIP LOCKED} and a lease): every sample is reported once, by one of the two, and the archive fetched from B
     * holds them all. B finds the job by polling (A's runner is woken at once), so both take part.
     */
    @Test
    void aBatchJobIsSharedByBothInstancesAndNoSampleIsDoneTwice() throws Exception {
        Path dirA = Files.createTempDirectory("gutskin-a"), dirB = Files.createTempDirectory("gutskin-b");
        Path table = ServiceSuite.METAPHLAN.resolve("HMP2_subset_merged_metaphlan3_profiles.tsv");
        try (PostgresServer pg = PostgresServer.startOrSkip();
                GutskinServer a = GutskinServer.start(new ServerOptions("127.0.0.1", 0, pg.jdbcUrl(), "postgres", null,
                        dirA, 8L << 20, true));
                GutskinServer b = GutskinServer.start(new ServerOptions("127.0.0.1", 0, pg.jdbcUrl(), "postgres", null,
                        dirB, 8L << 20, true))) {
            String token = Client.token(a.port(), DemoSeed.USER, DemoSeed.PASSWORD);
            Client onA = new Client(a.port(), token), onB = new Client(b.port(), token);
            Client.Res up = onA.upload(table);
            assertThat(up.status()).as(up.body()).isEqualTo(201);
            java.util.List<String> names = new java.util.ArrayList<>();
            up.json().get("samples").forEach(x -> names.add(x.get("name").asText()));
            StringBuilder answers = new StringBuilder("sample_id\tinfection_signs\n");
            for (String n : names) answers.append(n).append("\tfalse\n");
            Client.Res sub = onA.multipart("/api/jobs", java.util.List.of(new Client.Part("file",
                    table.getFileName().toString(), Files.readAllBytes(table)), new Client.Part("answers", "answers.tsv",
                    answers.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            assertThat(sub.status()).as(sub.body()).isEqualTo(202);
            long id = sub.json().get("id").asLong();
            JsonNode done = BatchJobTest.finished(onB, id);
            assertThat(done.get("done").asInt()).isEqualTo(names.size());
            var jdbi = a.services().db().jdbi();
            int attempts = jdbi.withHandle(h -> h.createQuery("SELECT MAX(attempts) FROM batch_item WHERE job_id = :j")
                    .bind("j", id).mapTo(Integer.class).one());
            assertThat(attempts).as("no sample claimed twice").isEqualTo(1);
            int reports = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM batch_output o JOIN batch_item i"
                    + " ON i.id = o.item_id WHERE i.job_id = :j").bind("j", id).mapTo(Integer.class).one());
            assertThat(reports).isEqualTo(names.size());
            int instances = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT claimed_by) FROM batch_item"
                    + " WHERE job_id = :j").bind("j", id).mapTo(Integer.class).one());
            assertThat(instances).as("both instances reported samples").isEqualTo(2);
            java.util.Map<String, byte[]> zip = BatchJobTest.unzip(onB.getBytes("/api/jobs/" + id + "/archive"));
            assertThat(BatchJobTest.manifest(zip.get("manifest.tsv")).stream().map(r -> r.get("sample")).toList())
                    .containsExactlyInAnyOrderElementsOf(names);
        } finally {
            ServiceSuite.deleteTree(dirA);
            ServiceSuite.deleteTree(dirB);
        }
    }

    private static Client browser(int port, String cookie, String csrf) {
        Client c = new Client(port);
        c.cookie = cookie;
        c.csrf = csrf;
        return c;
    }
}
