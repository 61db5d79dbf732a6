package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Batch jobs and the tenant export (issue 15, build items 1 and 3), on the embedded database: a job of the three
 * demo profiles in a tenant of its own, with analyst, clinician and viewer users. Expected routes come from the
 * knowledge base's red-flags.yaml (infection_signs: urgency urgent-care) and the contract's rule (none true and
 * not every key asked: not-assessed); the batch report is compared with the single-sample door's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchJobTest {

    static final String S1 = "Subj001_time1_S1", S2 = "Subj001_time2_S2", S4 = "Subj004_time1_S4";

    Path dataDir;
    GutskinServer server;
    int port;
    Client admin, analyst, clinician, viewer, demo;

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("gutskin-jobs-test");
        server = GutskinServer.start(new ServerOptions("127.0.0.1", 0, null, null, null, dataDir, 2L << 20, true));
        port = server.port();
        demo = new Client(port, Client.token(port, DemoSeed.USER, DemoSeed.PASSWORD));
        assertThat(demo.postJson("/api/admin/tenants", Map.of("name", "batch-lab", "adminUsername", "batch-admin",
                "adminPassword", "batch-admin-pw-1")).status()).isEqualTo(201);
        admin = new Client(port, Client.token(port, "batch-admin", "batch-admin-pw-1"));
        analyst = user("analyst");
        clinician = user("clinician");
        viewer = user("viewer");
    }

    private Client user(String role) {
        Client.Res r = admin.postJson("/api/admin/users", Map.of("username", "batch-" + role, "password",
                "batch-" + role + "-pw-1", "role", role));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Client(port, Client.token(port, "batch-" + role, "batch-" + role + "-pw-1"));
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
        ServiceSuite.deleteTree(dataDir);
    }

    static Client.Part demoFile(String sample) throws IOException {
        String name = sample + "_metaphlan.txt";
        return new Client.Part("file", name, Files.readAllBytes(Path.of("src/main/resources/demo", name)));
    }

    static Client.Part answers(String text) {
        return new Client.Part("answers", "answers.tsv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Polls a job until it has finished (at most two minutes). */
    static JsonNode finished(Client c, long id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            JsonNode j = c.get("/api/jobs/" + id).json();
            if (j.get("state").asText().equals("finished")) return j;
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    /** The entries of a zip, by name. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }

    /** The manifest's rows (after its # provenance lines), each as column → cell. */
    static List<Map<String, String>> manifest(byte[] tsv) {
        List<String> lines = new String(tsv, StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        String[] head = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int k = 0; k < head.length; k++) row.put(head[k], c[k]);
            rows.add(row);
        }
        return rows;
    }

    @Test
    void aJobReportsEachSampleAsTheSingleDoorDoesAndSaysWhoseAnswersAreMissing() throws Exception {
        // the lab's letterhead goes on batch reports as on single ones
        assertThat(admin.postJson("/api/admin/branding", Map.of("labName", "Batch Lab Ltd")).status()).isEqualTo(200);
        String table = "sample_id\tinfection_signs\tunexplained_weight_loss\n"
                + S1 + "\ttrue\tno\n"
                + S2 + "\tfalse\t\n"; // S4 has no row
        Client.Res sub = analyst.multipart("/api/jobs", List.of(demoFile(S1), demoFile(S2), demoFile(S4),
                answers(table), Client.Part.text("formats", "json,html")));
        assertThat(sub.status()).as(sub.body()).isEqualTo(202);
        long id = sub.json().get("id").asLong();
        assertThat(sub.headers().firstValue("Location")).hasValue("/api/jobs/" + id);
        assertThat(sub.json().get("total").asInt()).isEqualTo(3);

        JsonNode done = finished(viewer, id);
        assertThat(done.get("done").asInt()).isEqualTo(2);
        assertThat(done.get("answersMissing").asInt()).isEqualTo(1);
        assertThat(done.get("failed").asInt()).isZero();

        Map<String, byte[]> zip = unzip(viewer.getBytes("/api/jobs/" + id + "/archive"));
        Map<String, Map<String, String>> bySample = new LinkedHashMap<>();
        manifest(zip.get("manifest.tsv")).forEach(r -> bySample.put(r.get("sample"), r));
        assertThat(bySample.keySet()).containsExactly(S1, S2, S4);
        // red-flags.yaml: infection_signs has urgency urgent-care
        assertThat(bySample.get(S1)).containsEntry("status", "done").containsEntry("route", "urgent-care")
                .containsEntry("answered_by", "batch-analyst")
                .containsEntry("files", "reports/" + S1 + ".json,reports/" + S1 + ".html");
        // none true, not every key asked: not-assessed (the contract's rule)
        assertThat(bySample.get(S2)).containsEntry("status", "done").containsEntry("route", "not-assessed");
        assertThat(bySample.get(S4)).containsEntry("status", "missing").containsEntry("note", "triage answers missing")
                .containsEntry("files", "");
        assertThat(zip.keySet()).noneMatch(n -> n.contains(S4));
        assertThat(new String(zip.get("manifest.tsv"), StandardCharsets.UTF_8)).contains("# input answers.tsv sha256 "
                + Secrets.sha256(table.getBytes(StandardCharsets.UTF_8)));
        assertThat(Client.JSON.readTree(zip.get("provenance.json")).get("inputs").toString()).contains("answers.tsv");

        // the same sample and answers through the single door: the same triage outcome at the top
        JsonNode batch = Client.JSON.readTree(zip.get("reports/" + S1 + ".json"));
        long sampleId = Long.parseLong(bySample.get(S1).get("sample_id"));
        JsonNode single = viewer.get("/api/samples/" + sampleId + "/report?format=json&answers="
                + java.net.URLEncoder.encode("{\"infection_signs\": true, \"unexplained_weight_loss\": false}",
                        StandardCharsets.UTF_8)).json();
        assertThat(batch.get("route").asText()).isEqualTo("urgent-care").isEqualTo(single.get("route").asText());
        assertThat(batch.get("redFlags")).isEqualTo(single.get("redFlags"));
        assertThat(batch.get("diversity")).isEqualTo(single.get("diversity"));
        assertThat(batch.at("/branding/labName").asText()).isEqualTo("Batch Lab Ltd")
                .isEqualTo(single.at("/branding/labName").asText());
        assertThat(batch.at("/triageStatus/answeredVia").asText()).isEqualTo("batch-file");
        assertThat(batch.get("triage")).isEqualTo(single.get("triage"));
        String html = new String(zip.get("reports/" + S1 + ".html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Infected skin needs to be looked at the same day").contains("Batch Lab Ltd");

        // the answers are stored with the sample, as the single door stores them
        assertThat(viewer.get("/api/jobs").json().get("items").get(0).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void badAnswersFilesAre400NamingFileLineAndWhatWasExpectedAndStoreNothing() throws Exception {
        long samplesBefore = admin.get("/api/samples").json().get("total").asLong();
        int jobsBefore = admin.get("/api/jobs").json().get("items").size();
        // a profile no other test uploads (one more comment line: other bytes, so no duplicate of a stored upload)
        byte[] other = (new String(Files.readAllBytes(Path.of("src/main/resources/demo/" + S4 + "_metaphlan.txt")),
                StandardCharsets.UTF_8) + "#\n").getBytes(StandardCharsets.UTF_8);
        Client.Part profile = new Client.Part("file", "Other_S9_metaphlan.txt", other);
        String[][] cases = {
            {"sample_id\tinfection_signs\nNobody\ttrue\n", "answers.tsv:2: answers for sample 'Nobody', which none"
                    + " of the job's profiles holds"},
            {"sample_id\tinfection_signs\nX\ttrue\nX\tfalse\n", "answers.tsv:3: sample 'X' appears twice (first on line 2)"},
            {"sample_id\tfever\nX\ttrue\n", "answers.tsv:1: unknown triage answer key 'fever' (expected some of: "},
            {"id\tinfection_signs\nX\ttrue\n", "answers.tsv:1: the first column must be 'sample_id', then answer keys"},
            {"sample_id\tinfection_signs\nX\tmaybe\n", "answers.tsv:2: answer 'infection_signs' must be true/false"},
            {"sample_id\tinfection_signs\nX\n", "answers.tsv:2: expected 2 tab-separated cells, found 1"},
            {"sample_id,infection_signs\nX,true,false\n", "answers.tsv:2: expected 2 comma-separated cells, found 3"},
        };
        for (String[] c : cases) {
            Client.Res r = analyst.multipart("/api/jobs", List.of(profile, answers(c[0])));
            assertThat(r.status()).as(c[0]).isEqualTo(400);
            assertThat(r.json().get("error").asText()).as(c[0]).startsWith(c[1]);
        }
        Client.Res noAnswers = analyst.multipart("/api/jobs", List.of(profile));
        assertThat(noAnswers.status()).isEqualTo(400);
        assertThat(noAnswers.json().get("error").asText()).contains("'answers'");
        Client.Res badFormat = analyst.multipart("/api/jobs", List.of(profile, answers("sample_id\tinfection_signs\n"),
                Client.Part.text("formats", "json,docx")));
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.json().get("error").asText()).contains("docx");
        assertThat(admin.get("/api/samples").json().get("total").asLong()).as("no profile stored").isEqualTo(samplesBefore);
        assertThat(admin.get("/api/jobs").json().get("items").size()).as("no job made").isEqualTo(jobsBefore);
    }

    @Test
    void analystsSubmitViewersReadOtherTenantsSeeNothing() throws Exception {
        List<Client.Part> parts = List.of(demoFile(S4), answers("sample_id\tinfection_signs\n" + S4 + "\tfalse\n"));
        assertThat(viewer.multipart("/api/jobs", parts).status()).isEqualTo(403);
        assertThat(clinician.multipart("/api/jobs", parts).status()).isEqualTo(403);
        Client.Res ok = admin.multipart("/api/jobs", parts);
        assertThat(ok.status()).as(ok.body()).isEqualTo(202);
        long id = ok.json().get("id").asLong();
        assertThat(viewer.get("/api/jobs/" + id).status()).isEqualTo(200);
        assertThat(demo.get("/api/jobs/" + id).status()).as("another tenant's job").isEqualTo(404);
        assertThat(demo.get("/api/jobs/" + id + "/archive").status()).isEqualTo(404);
        finished(viewer, id);
        assertThat(demo.get("/api/jobs").json().get("items").toString()).doesNotContain("\"id\":" + id + ",");
    }

    @Test
    void theTenantExportHoldsProfilesAsUploadedAnswersAndReports() throws Exception {
        byte[] file = Files.readAllBytes(Path.of("src/main/resources/demo/" + S2 + "_metaphlan.txt"));
        Client.Res up = analyst.upload(S2 + "_metaphlan.txt", file);
        assertThat(up.status()).isIn(200, 201);
        long sample = up.json().get("samples").get(0).get("id").asLong();
        Client.Res t = clinician.postJson("/api/samples/" + sample + "/triage", Map.of("answers",
                Map.of("blood_in_stool_or_black_stool", true)));
        assertThat(t.status()).as(t.body()).isEqualTo(201);
        long triage = t.json().get("triageId").asLong();

        assertThat(analyst.get("/api/admin/export").status()).isEqualTo(403);
        assertThat(viewer.get("/api/admin/export").status()).isEqualTo(403);
        Map<String, byte[]> zip = unzip(admin.getBytes("/api/admin/export"));
        String uploadEntry = zip.keySet().stream().filter(n -> n.startsWith("uploads/") && n.endsWith("-" + S2
                + "_metaphlan.txt")).findFirst().orElseThrow();
        assertThat(zip.get(uploadEntry)).as("the profile as uploaded").isEqualTo(file);
        JsonNode answers = Client.JSON.readTree(zip.get("triage/" + sample + "-" + triage + ".json"));
        assertThat(answers.get("answers").get("blood_in_stool_or_black_stool").asBoolean()).isTrue();
        assertThat(answers.get("answeredBy").asText()).isEqualTo("batch-clinician");
        assertThat(answers.get("via").asText()).isEqualTo("api");
        JsonNode report = Client.JSON.readTree(zip.get("reports/" + sample + "-" + S2 + ".json"));
        // red-flags.yaml: blood_in_stool_or_black_stool has urgency urgent-care; the latest answers are used
        assertThat(report.get("route").asText()).isEqualTo("urgent-care");
        List<Map<String, String>> rows = manifest(zip.get("manifest.tsv"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("kind", "upload").containsEntry("path", uploadEntry)
                .containsEntry("sha256", Secrets.sha256(file)));
        // every entry but the manifest and provenance is listed once in the manifest, and every listed path exists
        List<String> listed = rows.stream().map(r -> r.get("path")).toList();
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(new ArrayList<>(zip.keySet())).containsExactlyInAnyOrderElementsOf(concat(listed,
                List.of("manifest.tsv", "provenance.json")));
        assertThat(demo.get("/api/admin/export").status()).isEqualTo(200);
        assertThat(unzip(demo.getBytes("/api/admin/export")).keySet()).as("another tenant's export")
                .noneMatch(n -> n.equals(uploadEntry));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void theSampleListPagesByCursorAndRefusesOffset() {
        assertThat(demo.get("/api/samples?offset=10").status()).isEqualTo(400);
        assertThat(demo.get("/api/samples?cursor=abc").status()).isEqualTo(400);
        JsonNode first = demo.get("/api/samples?limit=2").json();
        JsonNode second = demo.get("/api/samples?limit=2&cursor=" + first.get("nextCursor").asText()).json();
        // the demo seed holds three samples: two on the first page, the last one on the second
        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(second.get("items").get(0).get("id").asLong()).isLessThan(first.get("items").get(1).get("id").asLong());
    }

}
