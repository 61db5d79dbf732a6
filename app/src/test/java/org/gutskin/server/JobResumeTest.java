package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gutskin.testkit.RequiresShared;
import org.junit.jupiter.api.Test;

/**
 * A batch job outlives its server (issue 15, build item 3): a 129-sample job is submitted, the server is stopped
 * once some but not all samples are done, and a new server on the same database finishes it. Every sample is in
 * the archive once, each was worked on once (attempts = 1) and has exactly one stored report.
 */
@RequiresShared
class JobResumeTest {

    @Test
    void aJobStoppedMidwayFinishesAfterARestartWithNoSampleLostOrDoneTwice() throws Exception {
        Path dir = Files.createTempDirectory("gutskin-resume");
        Path table = ServiceSuite.METAPHLAN.resolve("HMP2_subset_merged_metaphlan3_profiles.tsv");
        ServerOptions o = new ServerOptions("127.0.0.1", 0, null, null, null, dir, 8L << 20, true);
        final long id;
        List<String> names;
        try {
            try (GutskinServer first = GutskinServer.start(o)) {
                Client c = new Client(first.port(), Client.token(first.port(), DemoSeed.USER, DemoSeed.PASSWORD));
                // the sample ids, from an upload of the same file (the job finds it stored and reuses it)
                Client.Res up = c.upload(table);
                assertThat(up.status()).as(up.body()).isEqualTo(201);
                names = new java.util.ArrayList<>();
                up.json().get("samples").forEach(s -> names.add(s.get("name").asText()));
                assertThat(names).hasSize(129); // the file's header has 129 sample columns
                StringBuilder answers = new StringBuilder("sample_id\tinfection_signs\n");
                for (String n : names) answers.append(n).append("\tfalse\n");
                Client.Res sub = c.multipart("/api/jobs", List.of(new Client.Part("file", table.getFileName().toString(),
                        Files.readAllBytes(table)), new Client.Part("answers", "answers.tsv",
                        answers.toString().getBytes(StandardCharsets.UTF_8))));
                assertThat(sub.status()).as(sub.body()).isEqualTo(202);
                id = sub.json().get("id").asLong();
                JsonNode j;
                do {
                    Thread.sleep(20);
                    j = c.get("/api/jobs/" + id).json();
                } while (j.get("done").asInt() < 3);
                assertThat(j.get("state").asText()).as("stopped midway").isEqualTo("running");
            } // a clean stop: the sample in hand is finished, nothing else is held
            try (GutskinServer second = GutskinServer.start(o)) {
                Client c = new Client(second.port(), Client.token(second.port(), DemoSeed.USER, DemoSeed.PASSWORD));
                int doneAtRestart = c.get("/api/jobs/" + id).json().get("done").asInt();
                assertThat(doneAtRestart).isBetween(3, 128);
                JsonNode j = BatchJobTest.finished(c, id);
                assertThat(j.get("done").asInt()).isEqualTo(129);
                Map<String, byte[]> zip = BatchJobTest.unzip(c.getBytes("/api/jobs/" + id + "/archive"));
                List<String> listed = BatchJobTest.manifest(zip.get("manifest.tsv")).stream()
                        .map(r -> r.get("sample")).toList();
                assertThat(listed).containsExactlyInAnyOrderElementsOf(names);
                for (String n : names) assertThat(zip).containsKey("reports/" + n + ".json");
                var jdbi = second.services().db().jdbi();
                int attempts = jdbi.withHandle(h -> h.createQuery("SELECT MAX(attempts) FROM batch_item"
                        + " WHERE job_id = :j").bind("j", id).mapTo(Integer.class).one());
                assertThat(attempts).as("no sample worked on twice").isEqualTo(1);
                int reports = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM batch_output o JOIN batch_item i"
                        + " ON i.id = o.item_id WHERE i.job_id = :j").bind("j", id).mapTo(Integer.class).one());
                assertThat(reports).isEqualTo(129);
            }
        } finally {
            ServiceSuite.deleteTree(dir);
        }
    }
}
