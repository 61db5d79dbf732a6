package org.gutskin.server;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The service's integration suite, run unchanged against each database (subclasses say which): a real server on a
 * free loopback port, the demo seed, real profiles from ../shared/data uploaded over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RequiresShared
abstract class ServiceSuite {

    static final Path SHARED = Shared.root();
    static final Path METAPHLAN = SHARED.resolve("data/formats/metaphlan");
    static final long LIMIT = 2L * 1024 * 1024;

    Path dataDir;

    GutskinServer server;
    int port;
    String demoToken;

    /** The JDBC URL under test (null: the embedded default). */
    abstract String jdbcUrl();

    String dbUser() {
        return null;
    }

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("gutskin-service-test");
        server = GutskinServer.start(new ServerOptions("127.0.0.1", 0, jdbcUrl(), dbUser(), null, dataDir, LIMIT,
                true));
        port = server.port();
        demoToken = Client.token(port, DemoSeed.USER, DemoSeed.PASSWORD);
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
        deleteTree(dataDir);
    }

    static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null) return;
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temp directory
        }
    }

    Client demo() {
        return new Client(port, demoToken);
    }

    @Test
    void healthReadyAndMetrics() {
        Client anon = new Client(port);
        Client.Res h = anon.get("/api/health");
        assertThat(h.status()).isEqualTo(200);
        assertThat(h.json().get("status").asText()).isEqualTo("ok");
        assertThat(anon.get("/api/ready").status()).isEqualTo(200);
        assertThat(anon.get("/metrics").status()).as("metrics need a token or session (issue 15)").isEqualTo(401);
        Client.Res m = demo().get("/metrics");
        assertThat(m.status()).isEqualTo(200);
        assertThat(m.body()).contains("# TYPE gutskin_http_requests_seconds histogram")
                .contains("route=\"/api/health\"");
    }

    @Test
    void demoSeedHasThreeKefirSamples() {
        JsonNode list = demo().get("/api/samples?limit=500").json();
        List<String> names = new ArrayList<>();
        list.get("items").forEach(i -> names.add(i.get("name").asText()));
        // sample ids as the CLI contract defines them: file name without extension and trailing _metaphlan
        assertThat(names).contains("Subj001_time1_S1", "Subj001_time2_S2", "Subj004_time1_S4");
    }

    @Test
    void everyDocumentedEndpointIsRouted() {
        JsonNode doc = new Client(port).get("/openapi.json").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        long sample = demo().get("/api/samples").json().get("items").get(0).get("id").asLong();
        long upload = demo().get("/api/samples").json().get("items").get(0).get("uploadId").asLong();
        Client.Res job = demo().multipart("/api/jobs", List.of(new Client.Part("file", "Subj001_time1_S1_metaphlan.txt",
                readAll(Path.of("src/main/resources/demo/Subj001_time1_S1_metaphlan.txt"))), new Client.Part("answers",
                "answers.tsv", "sample_id\tinfection_signs\nSubj001_time1_S1\tfalse\n".getBytes())));
        assertThat(job.status()).as(job.body()).isEqualTo(202);
        // a subject for the /api/subjects/{subject} routes: the sample grouped under one (then ungrouped again)
        assertThat(demo().postJson("/api/samples/" + sample + "/subject", Map.of("subject", "ROUTED")).status())
                .isEqualTo(200);
        for (Map.Entry<String, JsonNode> e : doc.get("paths").properties()) {
            String path = e.getKey().replace("{id}", String.valueOf(e.getKey().startsWith("/api/uploads") ? upload
                    : e.getKey().startsWith("/api/jobs") ? job.json().get("id").asLong() : sample))
                    .replace("{subject}", "ROUTED");
            for (Iterator<String> m = e.getValue().fieldNames(); m.hasNext(); ) {
                String method = m.next();
                if (!method.equals("get")) continue; // POSTs are exercised by their own tests
                Client.Res r = demo().get(path);
                // a handler's own 404 names what is missing (the demo tenant has no logo); the router's says only
                // "not found"
                if (r.status() == 404) assertThat(r.json().get("error").asText()).as("GET " + path).isNotEqualTo("not found");
                else assertThat(r.status()).as("GET " + path).isNotEqualTo(405);
            }
        }
        demo().postJson("/api/samples/" + sample + "/subject", Map.of());
    }

    @Test
    void unauthenticatedIsRefused() {
        Client anon = new Client(port);
        assertThat(anon.get("/api/samples").status()).isEqualTo(401);
        assertThat(new Client(port, "gsk_not-a-token").get("/api/samples").status()).isEqualTo(401);
        assertThat(anon.upload("x.txt", "k__Bacteria\t100\n".getBytes()).status()).isEqualTo(401);
    }

    @Test
    void signInSessionNeedsCsrfForChanges() throws Exception {
        Client anon = new Client(port);
        Client.Res r = anon.postJson("/api/session", Map.of("username", DemoSeed.USER, "password", DemoSeed.PASSWORD));
        assertThat(r.status()).isEqualTo(200);
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict");
        Client browser = new Client(port);
        browser.cookie = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
        assertThat(browser.get("/api/samples").status()).isEqualTo(200);
        byte[] file = Files.readAllBytes(METAPHLAN.resolve("MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt"));
        assertThat(browser.upload("mock.txt", file).status()).as("no CSRF header").isEqualTo(403);
        browser.csrf = "wrong";
        assertThat(browser.upload("mock.txt", file).status()).as("wrong CSRF header").isEqualTo(403);
        browser.csrf = r.json().get("csrfToken").asText();
        assertThat(browser.upload("mock.txt", file).status()).isIn(200, 201);
        assertThat(browser.delete("/api/session").status()).isEqualTo(204);
        assertThat(browser.get("/api/samples").status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordThenRateLimited() {
        String who = "nobody-" + getClass().getSimpleName();
        Client anon = new Client(port);
        int last = 0;
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            last = anon.postJson("/api/session", Map.of("username", who, "password", "guess" + i)).status();
            seen.add(last);
        }
        // SignInLimiter: 5 free failures per (account, client), then the client waits 1 s, 2 s, … for that account
        assertThat(seen.subList(0, 5)).containsOnly(401);
        assertThat(last).isEqualTo(429);
    }

    @Test
    void uploadIsIdempotentByContent() {
        Path file = METAPHLAN.resolve("ERR7569997.metaphlan4.txt");
        Client c = demo();
        long before = c.get("/api/samples").json().get("total").asLong();
        Client.Res first = c.upload(file);
        assertThat(first.status()).as(first.body()).isIn(200, 201);
        JsonNode u = first.json();
        assertThat(u.get("samples")).hasSize(1);
        // the sample id from the file's header line "#ERR7569997<TAB>Metaphlan_Analysis"
        assertThat(u.get("samples").get(0).get("name").asText()).isEqualTo("ERR7569997");
        Client.Res again = c.upload(file);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(again.json().get("uploadId").asLong()).isEqualTo(u.get("uploadId").asLong());
        long after = c.get("/api/samples").json().get("total").asLong();
        assertThat(after - before).isEqualTo(first.status() == 201 ? 1 : 0);
    }

    @Test
    void multiSampleFileStoresEverySample() {
        Client.Res r = demo().upload(METAPHLAN.resolve("HMP2_subset_merged_metaphlan3_profiles.tsv"));
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        assertThat(r.json().get("samples")).hasSize(129); // the file's header has 129 sample columns
        JsonNode search = demo().get("/api/samples?q=csm5fz3n").json();
        assertThat(search.get("items")).hasSize(1);
        assertThat(search.get("items").get(0).get("name").asText()).isEqualTo("CSM5FZ3N_P");
    }

    /**
     * Finding 6: a page of the sample list is read from the index {@code sample_tenant_id (tenant_id, id DESC)} from
     * the cursor on (keyset), in index order, not by sorting the tenant's samples and skipping the earlier pages. The database's own
     * plan for the page query says so (on PostgreSQL with sequential scans discouraged, since on a table this
     * small a scan would be cheaper than any index).
     */
    @Test
    void aPageOfTheSampleListWalksTheTenantIdIndex() {
        long tenant = server.services().accounts().tenantId(DemoSeed.TENANT).orElseThrow();
        String sql = "EXPLAIN " + SampleStore.pageSql(null).replace(":tid", String.valueOf(tenant))
                .replace(":before", String.valueOf(Long.MAX_VALUE)).replace(":lim", "51");
        String plan = server.services().db().jdbi().withHandle(h -> {
            if (server.services().db().vendor().equals("postgresql")) h.execute("SET enable_seqscan = off");
            return String.join("\n", h.createQuery(sql).mapTo(String.class).list());
        });
        assertThat(plan.toLowerCase(java.util.Locale.ROOT)).as(plan).contains("sample_tenant_id");
        // no sort of the whole tenant: H2 says "index sorted" when it reads rows in index order; PostgreSQL would
        // show a Sort node above the scan
        if (server.services().db().vendor().equals("h2")) assertThat(plan).as(plan).contains("/* index sorted */");
        else assertThat(plan).as(plan).doesNotContainPattern("Sort\\s+\\(");
    }

    @Test
    void searchTotalCountsOnlyTheMatchingSamples() {
        // the demo seed (resources/demo/README.md) holds three profiles, two of subject 1: Subj001_time1_S1 and
        // Subj001_time2_S2; no other test stores a name containing "subj001" in the demo tenant
        JsonNode page = demo().get("/api/samples?q=SUBJ001&limit=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        JsonNode second = demo().get("/api/samples?q=subj001&limit=1&cursor=" + page.get("nextCursor").asText()).json();
        assertThat(second.get("nextCursor").isNull()).as("the second of two is the last page").isTrue();
        assertThat(second.get("total").isNull()).as("counted on the first page only").isTrue();
        assertThat(second.get("items").get(0).get("name").asText())
                .isNotEqualTo(page.get("items").get(0).get("name").asText());
        assertThat(demo().get("/api/samples?q=no-such-sample").json().get("total").asLong()).isZero();
        // LIKE wildcards are escaped in the count as in the page: "_" matches only an underscore
        assertThat(demo().get("/api/samples?q=subj001_time_").json().get("total").asLong()).isZero();
    }

    @Test
    void badFileIsRefusedAndStoresNothing() {
        Client c = demo();
        long before = c.get("/api/samples").json().get("total").asLong();
        Client.Res r = c.upload("broken_profile.tsv", "clade_name\ts1\nk__Bacteria\t-5\n".getBytes());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).startsWith("broken_profile.tsv");
        assertThat(r.body()).doesNotContain(dataDir.toString());
        assertThat(c.get("/api/samples").json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void headerOnlyAndOverLongUploadsAreRefusedAndStoreNothing() throws Exception {
        Client c = demo();
        long before = c.get("/api/samples").json().get("total").asLong();
        // the header lines of a real MetaPhlAn 3 profile, without its clade rows
        String header = java.nio.file.Files.readAllLines(METAPHLAN.resolve("MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt"))
                .stream().filter(l -> l.startsWith("#")).collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Client.Res r = c.upload("header_only_profile.txt", header.getBytes());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).startsWith("header_only_profile.txt").contains("only its header");
        Client.Res longId = c.upload("long_id.tsv", ("clade_name\t" + "x".repeat(200_000) + "\nk__Bacteria\t100\n").getBytes());
        assertThat(longId.status()).isEqualTo(400);
        assertThat(longId.json().get("error").asText()).contains("200000 characters");
        assertThat(r.body() + longId.body()).doesNotContain(dataDir.toString());
        assertThat(c.get("/api/samples").json().get("total").asLong()).isEqualTo(before);
    }

    /**
     * Decompression bombs under the 2 MB upload cap: a gzip of one 1 GiB line (1 MB sent) and a MetaPhlAn header
     * followed by 300 MiB of line ends (300 KB sent) are 413, stop at the service's limits (16 MiB per line,
     * 256 MiB decoded) and store nothing.
     */
    @Test
    void gzipBombsUnderTheUploadCapAre413() throws Exception {
        Client c = demo();
        long before = c.get("/api/samples").json().get("total").asLong();
        Path line = org.gutskin.testkit.Bombs.gzip(dataDir.resolve("line.gz"), new byte[0], (byte) '0', 1024);
        Path newlines = org.gutskin.testkit.Bombs.gzip(dataDir.resolve("newlines.gz"), ("#mpa_v30_CHOCOPhlAn_201901\n"
                + "#clade_name\tNCBI_tax_id\trelative_abundance\tadditional_species\nk__Bacteria\t2\t100.0\t\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII), (byte) '\n', 300);
        assertThat(Files.size(line)).isLessThan(LIMIT);
        Client.Res l = c.upload("line_profile.txt.gz", Files.readAllBytes(line));
        assertThat(l.status()).isEqualTo(413);
        assertThat(l.json().get("error").asText()).startsWith("line_profile.txt.gz:1: a line of more than 16 MiB");
        Client.Res n = c.upload("newlines_profile.txt.gz", Files.readAllBytes(newlines));
        assertThat(n.status()).isEqualTo(413);
        assertThat(n.json().get("error").asText()).contains("decompresses to more than 256 MiB");
        assertThat(l.body() + n.body()).doesNotContain(dataDir.toString());
        assertThat(c.get("/api/samples").json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void uploadOverTheLimitIs413BeforeTheBodyIsRead() throws Exception {
        // headers only, declaring one byte over the limit: the service must refuse without waiting for the body
        try (java.net.Socket sock = new java.net.Socket("127.0.0.1", port)) {
            sock.setSoTimeout(30_000);
            String req = "POST /api/uploads?filename=big.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + demoToken + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + (LIMIT + 1)
                    + "\r\n\r\n";
            sock.getOutputStream().write(req.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            sock.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(sock.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void reportReadsAreAudited() {
        long id = demo().get("/api/samples?q=Subj001_time1").json().get("items").get(0).get("id").asLong();
        Client.Res json = demo().get("/api/samples/" + id + "/report?format=json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("sample").asText()).isEqualTo("Subj001_time1_S1");
        // provenance names the bytes the lab uploaded: the SHA-256 of the bundled demo file
        assertThat(json.json().at("/provenance/inputSha256").asText()).isEqualTo(demoSha256("Subj001_time1_S1_metaphlan.txt"));
        Client.Res html = demo().get("/api/samples/" + id + "/report?format=html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("<svg");
        Client.Res pdf = demo().get("/api/samples/" + id + "/report?format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        Client.Res fhir = demo().get("/api/samples/" + id + "/report?format=fhir");
        assertThat(fhir.status()).isEqualTo(200);
        assertThat(fhir.json().get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(demo().get("/api/samples/" + id + "/report?format=docx").status()).isEqualTo(400);
        JsonNode audit = demo().get("/api/audit").json().get("items");
        List<String> resources = new ArrayList<>();
        audit.forEach(a -> resources.add(a.get("user").asText() + " " + a.get("action").asText() + " "
                + a.get("resource").asText()));
        assertThat(resources).contains("demo report.read sample/" + id + "?format=json",
                "demo report.read sample/" + id + "?format=html");
    }

    @Test
    void reportAgePutsTheReadersLanesFirst() {
        long id = demo().get("/api/samples?q=Subj001_time1").json().get("items").get(0).get("id").asLong();
        String base = "/api/samples/" + id + "/report?format=json&condition=atopic-dermatitis";
        JsonNode adult = demo().get(base + "&age=40").json().get("conditions").get(0);
        assertThat(adult.get("readerAge").asText()).isEqualTo("adult");
        assertThat(adult.get("lanes").get(0).get("readerLane").asBoolean()).isTrue();
        assertThat(adult.get("lanes").get(0).get("ageBand").asText()).isEqualTo("adult");
        JsonNode infant = demo().get(base + "&age=infant").json().get("conditions").get(0);
        assertThat(infant.get("lanes").get(0).get("ageBand").asText()).isEqualTo("infant");
        JsonNode none = demo().get(base).json().get("conditions").get(0); // not served from the age=40 cache entry
        assertThat(none.has("readerAge")).isFalse();
        assertThat(none.get("lanes").get(0).get("readerLane").asBoolean()).isFalse();
        Client.Res bad = demo().get(base + "&age=old");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("age");
        JsonNode params = new Client(port).get("/openapi.json").json().at("/paths/~1api~1samples~1{id}~1report/get/parameters");
        List<String> names = new ArrayList<>();
        params.forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).contains("age");
    }

    /**
     * One {@code ReportRequest} parser behind both doors: the same bad value of format, condition, answers or age
     * gets the same message from {@code gutskin report} (one stderr line: "gutskin: " + message; exit 3, or 2 for
     * the age, a usage error as in {@code gutskin evidence}) and from the report endpoint (400, {"error": message}).
     */
    @Test
    void aBadReportValueGetsTheSameMessageThroughTheCommandLineAndTheApi() throws Exception {
        long id = demo().get("/api/samples?q=Subj001_time1").json().get("items").get(0).get("id").asLong();
        Path file = Path.of("src/main/resources/demo/Subj001_time1_S1_metaphlan.txt");
        Path out = Files.createTempDirectory(dataDir, "cli").resolve("r.json");
        String[][] cases = {{"format", "docx"}, {"condition", "eczema"}, {"condition", "acne,rosacea,eczema"},
                {"answers", "{\"nope\": true}"}, {"answers", "{\"infection_signs\": \"yes\"}"},
                {"answers", "{not json"}, {"age", "old"}, {"age", "999"}, {"audience", "everyone"},
                {"collected", "2026-02-30"}, {"received", "30/11/2026"}, {"subject", "Jane Doe"}, {"status", "done"}};
        for (String[] c : cases) {
            String query = (c[0].equals("format") ? "" : "format=json&") + c[0] + "="
                    + java.net.URLEncoder.encode(c[1], java.nio.charset.StandardCharsets.UTF_8);
            Client.Res api = demo().get("/api/samples/" + id + "/report?" + query);
            assertThat(api.status()).as(query).isEqualTo(400);
            String message = api.json().get("error").asText();

            List<String> args = new ArrayList<>(List.of("report", file.toString(), "--sample", "Subj001_time1_S1",
                    "-o", out.toString(), "--" + c[0], c[1]));
            if (!c[0].equals("format")) args.addAll(List.of("--format", "json"));
            String[] cli = cli(args.toArray(String[]::new));
            assertThat(cli[0]).as(query).isEqualTo(c[0].equals("age") ? "2" : "3");
            assertThat(cli[1].strip().lines()).as(cli[1]).hasSize(1);
            assertThat(cli[1].strip()).as(query).startsWith("gutskin: " + message);
            assertThat(message).as(query).contains(c[0].equals("format") ? "report format" : c[0]);
            assertThat(out).doesNotExist();
        }
    }

    /** Runs the command line; {exit code, stderr}. */
    private static synchronized String[] cli(String... args) {
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            int code = org.gutskin.cli.Main.execute(args);
            return new String[] {Integer.toString(code), err.toString(java.nio.charset.StandardCharsets.UTF_8)};
        } finally {
            System.setErr(old);
        }
    }

    /**
     * Issue 17 through the API: the audience, the FHIR accession fields and the checklist URL. A bad date is a 400
     * naming the value; the checklist URL keeps the request's other parameters and serves the checklist PDF.
     */
    @Test
    void reportAudienceAccessionAndChecklistLink() {
        long id = demo().get("/api/samples?q=Subj001_time1").json().get("items").get(0).get("id").asLong();
        String base = "/api/samples/" + id + "/report?condition=acne";
        JsonNode patient = demo().get(base + "&format=json&audience=patient").json();
        assertThat(patient.get("audience").asText()).isEqualTo("patient");
        assertThat(patient.get("plain").get("glossary").size()).isPositive();
        assertThat(patient.get("notCovered").size()).isEqualTo(4); // the contract's five minus acne
        String link = patient.get("checklistLink").asText();
        assertThat(link).startsWith("/api/samples/" + id + "/report?format=checklist-pdf").contains("condition=acne")
                .contains("audience=patient");
        Client.Res checklist = demo().get(link);
        assertThat(checklist.status()).isEqualTo(200);
        assertThat(checklist.body()).startsWith("%PDF");
        assertThat(demo().get(base + "&format=html&audience=clinician").body())
                .contains("clinician summary").contains("href=\"/api/samples/" + id + "/report?format=checklist-pdf");
        JsonNode fhir = demo().get(base + "&format=fhir&subject=P-7&collected=2026-11-28&received=2026-11-30"
                + "&performer=Demo%20Lab&status=preliminary").json();
        List<String> types = new ArrayList<>();
        fhir.get("entry").forEach(e -> types.add(e.get("resource").get("resourceType").asText()));
        assertThat(types).contains("Patient", "Organization", "Specimen");
        assertThat(fhir.get("entry").get(0).get("resource").get("status").asText()).isEqualTo("preliminary");
        Client.Res bad = demo().get(base + "&format=fhir&collected=2026-02-30");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("collected").contains("2026-02-30");
        assertThat(demo().get(base + "&audience=everyone").status()).isEqualTo(400);
        JsonNode params = new Client(port).get("/openapi.json").json().at("/paths/~1api~1samples~1{id}~1report/get/parameters");
        List<String> names = new ArrayList<>();
        params.forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).contains("audience", "subject", "collected", "received", "performer", "status");
    }

    static String demoSha256(String name) {
        try (var in = ServiceSuite.class.getResourceAsStream("/demo/" + name)) {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(in.readAllBytes()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void labelCheckerAndEvidenceLadderAnswerTheCliJson() {
        Client.Res v = demo().postJson("/api/label", Map.of("text",
                "Lactobacillus rhamnosus GG, 10 billion CFU per capsule", "condition", "atopic-dermatitis"));
        assertThat(v.status()).as(v.body()).isEqualTo(200);
        JsonNode verdict = v.json();
        for (String key : List.of("input", "condition", "organisms", "doseCfu", "verdict", "supportive", "reasons",
                "disclaimer")) {
            assertThat(verdict.has(key)).as(key).isTrue();
        }
        assertThat(verdict.get("organisms").get(0).get("name").asText()).isEqualTo("Lacticaseibacillus rhamnosus");
        assertThat(verdict.get("doseCfu").asDouble()).isEqualTo(1e10); // "10 billion"
        JsonNode ladder = demo().get("/api/evidence?condition=psoriasis").json();
        assertThat(ladder.get("conditions")).hasSize(1);
        assertThat(ladder.get("conditions").get(0).get("id").asText()).isEqualTo("psoriasis");
        assertThat(demo().get("/api/evidence?condition=no-such").status()).isEqualTo(400);
        // the condition list comes from the knowledge base: the contract's five first and default, then the rest
        JsonNode conds = demo().get("/api/conditions").json().get("conditions");
        List<String> ids = new java.util.ArrayList<>();
        conds.forEach(c -> ids.add(c.get("id").asText()));
        assertThat(ids.subList(0, 5)).containsExactly("atopic-dermatitis", "psoriasis", "rosacea", "acne", "sensitive-skin");
        assertThat(ids).contains("seborrhoeic-dermatitis", "hidradenitis-suppurativa");
        conds.forEach(c -> assertThat(c.get("default").asBoolean()).as(c.get("id").asText())
                .isEqualTo(ids.indexOf(c.get("id").asText()) < 5));
        // every name list the web UI shows is served from the registries
        JsonNode lists = demo().get("/api/lists").json();
        org.gutskin.report.Registries.lists(org.gutskin.evidence.kb.KnowledgeBase.get()).forEach((k, names) -> {
            List<String> served = new java.util.ArrayList<>();
            lists.get(k).forEach(n -> served.add(n.asText()));
            assertThat(served).as(k).containsExactlyElementsOf(names);
        });
        assertThat(lists.get("profile-formats").toString()).contains("\"kraken-mpa\"");
        JsonNode hs = demo().get("/api/evidence?condition=hidradenitis-suppurativa").json();
        assertThat(hs.get("conditions").get(0).get("id").asText()).isEqualTo("hidradenitis-suppurativa");
        assertThat(demo().get("/api/evidence").json().get("conditions")).hasSize(5);
        assertThat(demo().postJson("/api/label", Map.of("text", " ")).status()).isEqualTo(400);
    }

    @Test
    void secretsAreStoredHashed() {
        var rows = server.services().db().jdbi().withHandle(h -> h.createQuery(
                "SELECT password_hash FROM app_user WHERE username = :u").bind("u", DemoSeed.USER)
                .mapTo(String.class).list());
        assertThat(rows).singleElement().asString().startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
                .doesNotContain(DemoSeed.PASSWORD);
        var hashes = server.services().db().jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM api_token")
                .mapTo(String.class).list());
        assertThat(hashes).contains(Secrets.sha256(demoToken)).doesNotContain(demoToken);
    }

    @Test
    void tenantBSeesNoneOfTenantA() {
        Accounts acc = server.services().accounts();
        String name = "lab-b-" + getClass().getSimpleName();
        long tb = acc.createTenant(name);
        acc.createUser(tb, name + "-user", "another-long-password", Role.LAB_ADMIN);
        Client b = new Client(port, Client.token(port, name + "-user", "another-long-password"));
        Client a = demo();
        a.upload(METAPHLAN.resolve("MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt"));
        JsonNode aSamples = a.get("/api/samples?limit=500").json().get("items");
        assertThat(aSamples.size()).isGreaterThan(0);
        assertThat(b.get("/api/samples").json().get("total").asLong()).isZero();
        for (JsonNode s : aSamples) {
            long id = s.get("id").asLong();
            assertThat(b.get("/api/samples/" + id).status()).isEqualTo(404);
            for (String f : List.of("json", "html", "pdf", "fhir")) {
                assertThat(b.get("/api/samples/" + id + "/report?format=" + f).status()).as(f).isEqualTo(404);
            }
            assertThat(b.get("/api/uploads/" + s.get("uploadId").asLong()).status()).isEqualTo(404);
        }
        assertThat(b.get("/api/samples?q=Subj001").json().get("items")).isEmpty();
        assertThat(b.get("/api/audit").json().get("items")).isEmpty();
        // idempotency is per tenant: B uploading A's file stores B's own copy
        Client.Res r = b.upload(METAPHLAN.resolve("MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(a.get("/api/samples/" + r.json().get("samples").get(0).get("id").asLong()).status())
                .isEqualTo(404);
    }

    // ---------------------------------------------------------------- triage (issue 13: every door asks)

    long sampleId(Client c, String q) {
        return c.get("/api/samples?q=" + q).json().get("items").get(0).get("id").asLong();
    }

    @Test
    void triageQuestionsComeFromTheKnowledgeBase() {
        JsonNode doc = demo().get("/api/triage/questions").json();
        List<String> groups = new ArrayList<>();
        int n = 0;
        for (JsonNode g : doc.get("groups")) {
            groups.add(g.get("id").asText());
            assertThat(g.get("title").asText()).isNotBlank();
            for (JsonNode q : g.get("questions")) {
                n++;
                assertThat(q.get("id").asText()).matches("[a-z_]+");
                assertThat(q.get("question").asText()).endsWith("?");
                assertThat(q.get("urgency").asText()).isIn("urgent-care", "clinician-first");
                assertThat(q.get("timeFrame").asText()).isNotBlank();
            }
        }
        assertThat(groups).containsExactly("skin", "gut", "safety-context");
        assertThat(n).isEqualTo(19);
        assertThat(doc.get("routes").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("urgent-care", "clinician-first", "standard", "not-assessed");
        assertThat(doc.at("/routes/urgent-care").asText()).contains("today");
        assertThat(new Client(port).get("/api/triage/questions").status()).isEqualTo(401);
    }

    /** Every key of the questions endpoint, answered {@code value}. */
    Map<String, Boolean> all(boolean value) {
        Map<String, Boolean> m = new java.util.LinkedHashMap<>();
        for (JsonNode g : demo().get("/api/triage/questions").json().get("groups"))
            for (JsonNode q : g.get("questions")) m.put(q.get("id").asText(), value);
        return m;
    }

    @Test
    void triageRoutesAnswers() {
        Client c = demo();
        Client.Res none = c.postJson("/api/triage", Map.of());
        assertThat(none.status()).as(none.body()).isEqualTo(200);
        assertThat(none.json().get("route").asText()).isEqualTo("not-assessed");
        assertThat(none.json().get("notAsked")).hasSize(19);
        JsonNode standard = c.postJson("/api/triage", Map.of("answers", all(false))).json();
        assertThat(standard.get("route").asText()).isEqualTo("standard");
        assertThat(standard.get("redFlags")).isEmpty();
        assertThat(standard.get("notAsked")).isEmpty();
        JsonNode partial = c.postJson("/api/triage", Map.of("answers", Map.of("unexplained_weight_loss", false)))
                .json();
        assertThat(partial.get("route").asText()).isEqualTo("not-assessed");
        assertThat(partial.get("notAsked")).hasSize(18);
        JsonNode blood = c.postJson("/api/triage", Map.of("answers", Map.of("blood_in_stool_or_black_stool", true)))
                .json();
        assertThat(blood.get("route").asText()).isEqualTo("urgent-care");
        assertThat(blood.get("redFlags").get(0).asText()).isEqualTo("blood_in_stool_or_black_stool");
        JsonNode flag = blood.get("flags").get(0);
        assertThat(flag.get("urgency").asText()).isEqualTo("urgent-care");
        assertThat(flag.get("timeFrame").asText()).isEqualTo("today");
        assertThat(flag.get("reason").asText()).isNotBlank();
        assertThat(flag.get("citations")).isNotEmpty();
        // a question is routed too, its alarm first
        JsonNode q = c.postJson("/api/triage", Map.of("question",
                "blood in my stool and lost weight, could it be my eczema?")).json();
        assertThat(q.get("route").asText()).isEqualTo("urgent-care");
        assertThat(q.get("nextStep").get("kind").asText()).isEqualTo("urgent-care");
        assertThat(q.get("flags").get(0).get("from").asText()).isEqualTo("question");

        Client.Res unknown = c.postJson("/api/triage", Map.of("answers", Map.of("no_such_key", true)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").asText()).contains("no_such_key");
        Client.Res notBool = c.postJson("/api/triage", Map.of("answers", Map.of("unexplained_weight_loss", "yes")));
        assertThat(notBool.status()).isEqualTo(400);
        assertThat(notBool.json().get("error").asText()).contains("unexplained_weight_loss");
        Client.Res malformed = c.postRaw("/api/triage", "{\"answers\": {\"unexplained_weight_loss\": tru");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("error").asText()).contains("JSON");
        assertThat(c.postJson("/api/triage", Map.of("answer", Map.of())).json().get("error").asText())
                .contains("'answer'");
    }

    @Test
    void evidenceQuestionRoutesFirst() {
        JsonNode v = demo().get("/api/evidence?question=" + java.net.URLEncoder.encode(
                "premature baby in the NICU, which probiotic?", java.nio.charset.StandardCharsets.UTF_8)).json();
        List<String> fields = new ArrayList<>();
        v.fieldNames().forEachRemaining(fields::add);
        assertThat(v.get("route").asText()).isIn("urgent-care", "clinician-first");
        assertThat(v.get("redFlags").toString()).contains("preterm_or_newborn_infant");
        assertThat(fields.indexOf("route")).isLessThan(fields.indexOf("nextStep"));
        assertThat(fields.indexOf("nextStep")).isLessThan(fields.indexOf("conditions"));
        assertThat(v.get("thenStep").get("kind").asText()).isEqualTo("label-check");
        JsonNode ordinary = demo().get("/api/evidence?question=Which+strains+were+studied+for+acne%3F").json();
        assertThat(ordinary.get("redFlags")).isEmpty();
        assertThat(ordinary.get("nextStep")).isNotNull();
    }

    @Test
    void storedTriageIsRecordedInTheReport() {
        Client c = demo();
        long id = sampleId(c, "Subj001_time2");
        Client.Res stored = c.postJson("/api/samples/" + id + "/triage", Map.of("answers",
                Map.of("fever_or_feeling_unwell_with_rash", true, "pregnant_or_breastfeeding", false)));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        long triageId = stored.json().get("triageId").asLong();
        assertThat(stored.json().get("route").asText()).isEqualTo("urgent-care");
        JsonNode report = c.get("/api/samples/" + id + "/report?format=json&triage=" + triageId).json();
        assertThat(report.get("route").asText()).isEqualTo("urgent-care");
        assertThat(report.get("redFlags").toString()).contains("fever_or_feeling_unwell_with_rash");
        assertThat(report.at("/triageStatus/answeredBy").asText()).isEqualTo(DemoSeed.USER);
        assertThat(report.at("/triageStatus/answeredVia").asText()).isEqualTo("api");
        assertThat(java.time.Instant.parse(report.at("/triageStatus/answeredAt").asText())).isNotNull();
        assertThat(report.at("/triageStatus/asked").asInt()).isEqualTo(2);
        String html = c.get("/api/samples/" + id + "/report?format=html&triage=" + triageId).body();
        assertThat(html).contains("Seek medical care today").contains("Answered by demo");

        // all no: standard, and the cache keeps the two reports apart
        long allNo = c.postJson("/api/samples/" + id + "/triage", Map.of("answers", all(false))).json()
                .get("triageId").asLong();
        assertThat(c.get("/api/samples/" + id + "/report?format=json&triage=" + allNo).json().get("route").asText())
                .isEqualTo("standard");
        // inline answers: the caller, now, through the API
        JsonNode inline = c.get("/api/samples/" + id + "/report?format=json&answers=" + java.net.URLEncoder.encode(
                "{\"blood_in_stool_or_black_stool\": true}", java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(inline.get("route").asText()).isEqualTo("urgent-care");
        assertThat(inline.at("/triageStatus/answeredBy").asText()).isEqualTo(DemoSeed.USER);
        assertThat(inline.at("/triageStatus/answeredVia").asText()).isEqualTo("api");
        // neither: not-assessed, never standard
        JsonNode neither = c.get("/api/samples/" + id + "/report?format=json").json();
        assertThat(neither.get("route").asText()).isEqualTo("not-assessed");
        assertThat(neither.at("/triageStatus/answeredBy").isMissingNode() || neither.at("/triageStatus/answeredBy")
                .isNull()).isTrue();
        assertThat(c.get("/api/samples/" + id + "/report?format=json&triage=" + triageId + "&answers=%7B%7D")
                .status()).isEqualTo(400);
        // the triage id belongs to this sample only
        long other = sampleId(c, "Subj004_time1");
        assertThat(c.get("/api/samples/" + other + "/report?format=json&triage=" + triageId).status())
                .isEqualTo(404);
        assertThat(c.get("/api/samples/" + id + "/report?format=json&triage=999999999").status()).isEqualTo(404);
    }

    @Test
    void skippingIsExplicitAndNotAssessed() {
        Client c = demo();
        long id = sampleId(c, "Subj004_time1");
        Client.Res empty = c.postJson("/api/samples/" + id + "/triage", Map.of("answers", Map.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("error").asText()).contains("skipped");
        assertThat(c.postJson("/api/samples/" + id + "/triage", Map.of()).status()).isEqualTo(400);
        assertThat(c.postJson("/api/samples/" + id + "/triage", Map.of("skipped", true, "answers",
                Map.of("unexplained_weight_loss", true))).status()).isEqualTo(400);
        Client.Res bad = c.postJson("/api/samples/" + id + "/triage", Map.of("answers", Map.of("nope", false)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("nope");
        Client.Res skip = c.postJson("/api/samples/" + id + "/triage", Map.of("skipped", true));
        assertThat(skip.status()).as(skip.body()).isEqualTo(201);
        assertThat(skip.json().get("route").asText()).isEqualTo("not-assessed");
        long t = skip.json().get("triageId").asLong();
        JsonNode report = c.get("/api/samples/" + id + "/report?format=json&triage=" + t).json();
        assertThat(report.get("route").asText()).isEqualTo("not-assessed");
        assertThat(report.at("/triageStatus/asked").asInt()).isZero();
        assertThat(report.at("/triageStatus/notAsked")).hasSize(19);
        assertThat(c.get("/api/samples/" + id + "/report?format=html&triage=" + t).body())
                .contains("route-not-assessed");
        var row = server.services().db().jdbi().withHandle(h -> h.createQuery(
                "SELECT skipped, route, via, answers FROM triage_answers WHERE id = :id").bind("id", t)
                .mapToMap().one());
        assertThat(row.get("skipped")).isEqualTo(true);
        assertThat(row.get("route")).isEqualTo("not-assessed");
        assertThat(row.get("via")).isEqualTo("api");
    }

    @Test
    void triageThroughASessionIsTheWebForm() throws Exception {
        Client.Res r = new Client(port).postJson("/api/session", Map.of("username", DemoSeed.USER, "password",
                DemoSeed.PASSWORD));
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        Client browser = new Client(port);
        browser.cookie = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
        long id = sampleId(browser, "Subj001_time1");
        Map<String, Object> body = Map.of("answers", Map.of("unexplained_weight_loss", true));
        assertThat(browser.postJson("/api/samples/" + id + "/triage", body).status()).as("no CSRF").isEqualTo(403);
        browser.csrf = r.json().get("csrfToken").asText();
        Client.Res stored = browser.postJson("/api/samples/" + id + "/triage", body);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().get("route").asText()).isEqualTo("clinician-first");
        JsonNode report = demo().get("/api/samples/" + id + "/report?format=json&triage="
                + stored.json().get("triageId").asLong()).json();
        assertThat(report.get("route").asText()).isEqualTo("clinician-first");
        assertThat(report.at("/triageStatus/answeredBy").asText()).isEqualTo(DemoSeed.USER);
        assertThat(report.at("/triageStatus/answeredVia").asText()).isEqualTo("web-form");
        browser.delete("/api/session");
    }

    @Test
    void triageIdsAreTenantScoped() {
        Accounts acc = server.services().accounts();
        String name = "lab-c-" + getClass().getSimpleName();
        long tc = acc.createTenant(name);
        acc.createUser(tc, name + "-user", "yet-another-long-password", Role.LAB_ADMIN);
        Client other = new Client(port, Client.token(port, name + "-user", "yet-another-long-password"));
        Client a = demo();
        long id = sampleId(a, "Subj001_time1");
        long t = a.postJson("/api/samples/" + id + "/triage", Map.of("skipped", true)).json().get("triageId")
                .asLong();
        assertThat(other.postJson("/api/samples/" + id + "/triage", Map.of("skipped", true)).status())
                .isEqualTo(404);
        assertThat(other.get("/api/samples/" + id + "/report?format=json&triage=" + t).status()).isEqualTo(404);
        // the other tenant's own sample with A's triage id: still 404
        Client.Res up = other.upload(METAPHLAN.resolve("ERR7569997.metaphlan4.txt"));
        assertThat(up.status()).as(up.body()).isIn(200, 201);
        long own = up.json().get("samples").get(0).get("id").asLong();
        assertThat(other.get("/api/samples/" + own + "/report?format=json&triage=" + t).status()).isEqualTo(404);
        long ownT = other.postJson("/api/samples/" + own + "/triage", Map.of("skipped", true)).json()
                .get("triageId").asLong();
        assertThat(other.get("/api/samples/" + own + "/report?format=json&triage=" + ownT).status()).isEqualTo(200);
        assertThat(a.get("/api/samples/" + own + "/report?format=json&triage=" + ownT).status()).isEqualTo(404);
    }

    /** One token per role, for users of a fresh tenant of this test class (created once). */
    private Map<Role, String> roleTokens;

    Map<Role, String> roleTokens() {
        if (roleTokens != null) return roleTokens;
        Accounts acc = server.services().accounts();
        String tenant = "roles-" + getClass().getSimpleName();
        long tid = acc.createTenant(tenant);
        Map<Role, String> m = new java.util.EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            if (r == Role.PUBLIC) continue;
            String user = tenant + "-" + r.label();
            acc.createUser(tid, user, "a-long-password-" + r.label(), r);
            m.put(r, Client.token(port, user, "a-long-password-" + r.label()));
        }
        return roleTokens = m;
    }

    /**
     * Every route Javalin's router holds (not a list kept here) declares exactly one role, and a caller one rank
     * below it is refused: 403 for a signed-in user of the lower role, 401 for nobody when the route needs a
     * viewer. The role is checked before the handler, so a made-up id (1) is enough to reach the check.
     */
    @Test
    void everyRouteRefusesARoleBelowTheOneItDeclares() {
        Map<Role, String> tokens = roleTokens();
        List<GutskinServer.RegisteredRoute> routes = server.registeredRoutes();
        assertThat(routes).as("the router holds the service's routes").hasSizeGreaterThan(20);
        int checked = 0;
        for (GutskinServer.RegisteredRoute r : routes) {
            assertThat(r.role()).as(r.method() + " " + r.path() + " declares a role").isNotNull();
            if (r.role() == Role.PUBLIC) continue;
            String path = r.path().replace("{id}", "1").replace("{subject}", "S1");
            Role below = Role.values()[r.role().ordinal() - 1];
            Client caller = below == Role.PUBLIC ? new Client(port) : new Client(port, tokens.get(below));
            Client.Res res = caller.send(r.method(), path);
            assertThat(res.status()).as(r.method() + " " + path + " as " + below + ": " + res.body())
                    .isEqualTo(below == Role.PUBLIC ? 401 : 403);
            if (below != Role.PUBLIC) {
                assertThat(res.json().get("error").asText()).startsWith("needs the role " + r.role().label());
            }
            checked++;
        }
        // the declared roles as GutskinServer.routes lists them: uploads need an analyst, admin routes a lab-admin
        assertThat(routes).contains(new GutskinServer.RegisteredRoute("POST", "/api/uploads", Role.ANALYST),
                new GutskinServer.RegisteredRoute("DELETE", "/api/samples/{id}", Role.LAB_ADMIN),
                new GutskinServer.RegisteredRoute("POST", "/api/samples/{id}/triage", Role.CLINICIAN));
        assertThat(checked).isGreaterThan(20);
        // the web UI's static files are no route: anyone may load them (the API behind them checks)
        assertThat(new Client(port).get("/").status()).isEqualTo(200);
        assertThat(new Client(port).get("/app.js").status()).isEqualTo(200);
    }

    @Test
    void eachRoleDoesWhatItsRankAllows() throws Exception {
        Map<Role, String> t = roleTokens();
        byte[] file = Files.readAllBytes(METAPHLAN.resolve("MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt"));
        assertThat(new Client(port, t.get(Role.VIEWER)).get("/api/samples").status()).isEqualTo(200);
        assertThat(new Client(port, t.get(Role.CLINICIAN)).upload("mock.txt", file).status()).isEqualTo(403);
        Client.Res up = new Client(port, t.get(Role.ANALYST)).upload("mock.txt", file);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        long id = up.json().get("samples").get(0).get("id").asLong();
        assertThat(new Client(port, t.get(Role.VIEWER)).postJson("/api/samples/" + id + "/triage",
                Map.of("skipped", true)).status()).isEqualTo(403);
        assertThat(new Client(port, t.get(Role.CLINICIAN)).postJson("/api/samples/" + id + "/triage",
                Map.of("skipped", true)).status()).isEqualTo(201);
        assertThat(new Client(port, t.get(Role.VIEWER)).get("/api/session").json().get("role").asText())
                .isEqualTo("viewer");
        // a token asked for with more than the user's role is refused
        Client.Res more = new Client(port, t.get(Role.ANALYST)).postJson("/api/tokens",
                Map.of("name", "more", "role", "lab-admin"));
        assertThat(more.status()).isEqualTo(403);
    }

    @Test
    void labAdminManagesUsersPasswordsAndTokens() {
        Client admin = demo();
        String name = "analyst-" + getClass().getSimpleName();
        Client.Res created = admin.postJson("/api/admin/users", Map.of("username", name, "password",
                "first-password-1", "role", "analyst"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long uid = created.json().get("id").asLong();
        assertThat(admin.postJson("/api/admin/users", Map.of("username", name, "password", "first-password-1",
                "role", "analyst")).status()).as("the name is taken").isEqualTo(409);
        assertThat(admin.postJson("/api/admin/users", Map.of("username", name + "x", "password", "short",
                "role", "analyst")).status()).isEqualTo(400);
        assertThat(admin.postJson("/api/admin/users", Map.of("username", name + "y", "password", "long-enough-pw",
                "role", "superuser")).status()).isEqualTo(400);
        List<String> users = new ArrayList<>();
        admin.get("/api/admin/users").json().get("items").forEach(u -> users.add(u.get("username").asText() + ":"
                + u.get("role").asText()));
        assertThat(users).contains(name + ":analyst", DemoSeed.USER + ":lab-admin");
        assertThat(admin.get("/api/admin/users").body()).doesNotContain("argon2");

        // a viewer-scoped token for the analyst: shown once, stored hashed, scoped, revoked at once
        Client.Res tok = admin.postJson("/api/admin/tokens", Map.of("username", name, "name", "pipeline",
                "role", "viewer", "days", 7));
        assertThat(tok.status()).as(tok.body()).isEqualTo(201);
        String token = tok.json().get("token").asText();
        long tokenId = tok.json().get("id").asLong();
        assertThat(tok.json().get("role").asText()).isEqualTo("viewer");
        java.time.Duration left = java.time.Duration.between(java.time.OffsetDateTime.now(),
                java.time.OffsetDateTime.parse(tok.json().get("expiresAt").asText()));
        assertThat(left.toHours()).isBetween(7 * 24L - 1, 7 * 24L); // 7 days asked for
        assertThat(admin.get("/api/admin/tokens").body()).doesNotContain(token).contains("pipeline");
        var hashes = server.services().db().jdbi().withHandle(h -> h.createQuery(
                "SELECT token_hash FROM api_token WHERE id = :id").bind("id", tokenId).mapTo(String.class).list());
        assertThat(hashes).containsExactly(Secrets.sha256(token));
        Client pipeline = new Client(port, token);
        assertThat(pipeline.get("/api/samples").status()).isEqualTo(200);
        assertThat(pipeline.upload("x.txt", "k__Bacteria\t100\n".getBytes()).status()).as("viewer scope")
                .isEqualTo(403);
        assertThat(admin.delete("/api/admin/tokens/" + tokenId).status()).isEqualTo(204);
        assertThat(pipeline.get("/api/samples").status()).as("revoked: refused on the next request").isEqualTo(401);
        assertThat(admin.delete("/api/admin/tokens/" + tokenId).status()).isEqualTo(404);

        // reset by the admin, then a change by the user: each time only the newest password signs in
        Client anon = new Client(port);
        assertThat(admin.postJson("/api/admin/users/" + uid + "/password", Map.of("password", "second-password-2"))
                .status()).isEqualTo(204);
        assertThat(anon.postJson("/api/session", Map.of("username", name, "password", "first-password-1")).status())
                .isEqualTo(401);
        Client user = new Client(port, Client.token(port, name, "second-password-2"));
        assertThat(user.postJson("/api/session/password", Map.of("currentPassword", "wrong-password-0",
                "newPassword", "third-password-3")).status()).isEqualTo(403);
        assertThat(user.postJson("/api/session/password", Map.of("currentPassword", "second-password-2",
                "newPassword", "third-password-3")).status()).isEqualTo(204);
        assertThat(anon.postJson("/api/session", Map.of("username", name, "password", "third-password-3")).status())
                .isEqualTo(200);
        // another tenant's user is not this admin's to reset
        long other = server.services().accounts().users(server.services().accounts().tenantId("roles-"
                + getClass().getSimpleName()).orElseGet(() -> {
                    roleTokens();
                    return server.services().accounts().tenantId("roles-" + getClass().getSimpleName()).orElseThrow();
                })).get(0).id();
        assertThat(admin.postJson("/api/admin/users/" + other + "/password", Map.of("password", "hijacked-password"))
                .status()).isEqualTo(404);
    }

    @Test
    void labAdminCreatesATenantWithItsFirstAdmin() {
        String tenant = "new-lab-" + getClass().getSimpleName();
        Client.Res r = demo().postJson("/api/admin/tenants", Map.of("name", tenant, "adminUsername", tenant + "-admin",
                "adminPassword", "new-lab-password"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        Client fresh = new Client(port, Client.token(port, tenant + "-admin", "new-lab-password"));
        JsonNode me = fresh.get("/api/session").json();
        assertThat(me.get("tenant").asText()).isEqualTo(tenant);
        assertThat(me.get("role").asText()).isEqualTo("lab-admin");
        assertThat(fresh.get("/api/samples").json().get("total").asLong()).isZero();
        assertThat(demo().postJson("/api/admin/tenants", Map.of("name", tenant, "adminUsername", tenant + "-2",
                "adminPassword", "new-lab-password")).status()).isEqualTo(409);
        // a taken admin name is refused before the tenant is made: no tenant is left without its admin
        assertThat(demo().postJson("/api/admin/tenants", Map.of("name", "orphan-" + tenant, "adminUsername",
                DemoSeed.USER, "adminPassword", "new-lab-password")).status()).isEqualTo(409);
        assertThat(server.services().accounts().tenantId("orphan-" + tenant)).isEmpty();
    }

    /**
     * Erasure: after DELETE /api/samples/{id}, no row of any table (found through JDBC metadata, not a list kept
     * here) holds the sample's name, its upload's file name or checksum; its triage answers are gone; the audit
     * keeps "sample.delete sample/ID" and nothing more about it.
     */
    /**
     * The API document and the router agree both ways: every registered route is documented, every documented
     * operation is registered, and each operation's x-gutskin-role is the role its route declares.
     */
    @Test
    void theApiDocumentNamesEveryRouteWithItsRole() {
        JsonNode paths = new Client(port).get("/openapi.json").json().get("paths");
        java.util.Set<String> documented = new java.util.TreeSet<>();
        paths.properties().forEach(p -> p.getValue().properties().forEach(op -> documented.add(
                op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
        java.util.Set<String> routed = new java.util.TreeSet<>();
        for (GutskinServer.RegisteredRoute r : server.registeredRoutes()) {
            if (r.path().equals("/openapi.json")) continue; // the document itself
            routed.add(r.method() + " " + r.path());
            JsonNode op = paths.path(r.path()).path(r.method().toLowerCase(java.util.Locale.ROOT));
            assertThat(op.path(OpenApiDocument.ROLE_FIELD).asText()).as(r.method() + " " + r.path())
                    .isEqualTo(r.role() == Role.PUBLIC ? "public" : r.role().label());
        }
        assertThat(documented).isEqualTo(routed);
        assertThat(paths.at("/~1api~1admin~1users/post/requestBody/content/application~1json/schema/properties/role/enum")
                .toString()).isEqualTo("[\"viewer\",\"clinician\",\"analyst\",\"lab-admin\"]");
    }

    @Test
    void deletingASampleErasesEverythingDerivedFromIt() throws Exception {
        String name = "ErasureProbe" + getClass().getSimpleName();
        // the demo profile under a new name, one byte longer so its checksum is new (a new upload, not a duplicate)
        byte[] demoBytes = ServiceSuite.class.getResourceAsStream("/demo/Subj004_time1_S4_metaphlan.txt").readAllBytes();
        byte[] bytes = java.util.Arrays.copyOf(demoBytes, demoBytes.length + 1);
        bytes[demoBytes.length] = '\n';
        String sha = Secrets.sha256(bytes);
        Client admin = demo();
        Client.Res up = admin.upload(name + "_metaphlan.txt", bytes);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        long id = up.json().get("samples").get(0).get("id").asLong();
        assertThat(up.json().get("samples").get(0).get("name").asText()).isEqualTo(name);
        long triage = admin.postJson("/api/samples/" + id + "/triage", Map.of("skipped", true)).json()
                .get("triageId").asLong();
        assertThat(admin.get("/api/samples/" + id + "/report?format=html&triage=" + triage).status()).isEqualTo(200);
        assertThat(tablesMentioning(name, sha)).as("stored before").isNotEmpty();

        assertThat(admin.delete("/api/samples/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/samples/" + id).status()).isEqualTo(404);
        assertThat(admin.get("/api/samples/" + id + "/report?format=html&triage=" + triage).status())
                .as("not served from the report cache").isEqualTo(404);
        assertThat(admin.delete("/api/samples/" + id).status()).isEqualTo(404);
        assertThat(tablesMentioning(name, sha)).isEmpty();
        long answers = server.services().db().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM triage_answers WHERE sample_id = :id").bind("id", id).mapTo(Long.class).one());
        assertThat(answers).isZero();
        List<String> audit = new ArrayList<>();
        admin.get("/api/audit?limit=1000").json().get("items").forEach(a -> audit.add(a.get("user").asText() + " "
                + a.get("action").asText() + " " + a.get("resource").asText()));
        assertThat(audit).contains("demo sample.delete sample/" + id);
    }

    /** "table.column" for every value in any table of the database that contains one of the needles. */
    List<String> tablesMentioning(String... needles) throws java.sql.SQLException {
        return server.services().db().jdbi().withHandle(h -> {
            java.sql.Connection c = h.getConnection();
            List<String> tables = new ArrayList<>();
            try (java.sql.ResultSet rs = c.getMetaData().getTables(null, null, "%", null)) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM"), type = rs.getString("TABLE_TYPE");
                    if (schema.equalsIgnoreCase("public") && type.toUpperCase(java.util.Locale.ROOT).contains("TABLE")) {
                        tables.add("\"" + schema + "\".\"" + rs.getString("TABLE_NAME") + "\"");
                    }
                }
            }
            assertThat(tables).as("the database's tables").hasSizeGreaterThanOrEqualTo(9);
            List<String> hits = new ArrayList<>();
            for (String t : tables) {
                try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT * FROM " + t)) {
                    java.sql.ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int col = 1; col <= md.getColumnCount(); col++) {
                            byte[] raw = md.getColumnType(col) == java.sql.Types.BINARY
                                    || md.getColumnType(col) == java.sql.Types.VARBINARY
                                    || md.getColumnType(col) == java.sql.Types.LONGVARBINARY ? rs.getBytes(col) : null;
                            String v = raw != null ? new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1)
                                    : rs.getString(col);
                            if (v == null) continue;
                            for (String n : needles) {
                                if (v.contains(n)) hits.add(t + "." + md.getColumnName(col));
                            }
                        }
                    }
                }
            }
            return hits;
        });
    }

    /**
     * Issue 20: a real HMP2 series (subject E5002, five visits) grouped under its subject with dates; the API lists
     * the series oldest first and returns the follow-up report in every format: JSON with five time points (the
     * latest against the first: Shannon larger than day-to-day variation, Bray–Curtis within — the verdicts
     * FollowUpReportTest derives by hand), FHIR with one DiagnosticReport and one Patient. Bad input is a 400 naming
     * it, and nothing is changed.
     */
    @Test
    void followUpReportOfASubjectSeries() throws Exception {
        Client c = demo();
        List<Long> ids = Hmp2Series.upload(c);
        assertThat(ids).hasSize(5);
        Client.Res series = c.get("/api/subjects/E5002/samples");
        assertThat(series.status()).isEqualTo(200);
        List<String> names = new java.util.ArrayList<>();
        series.json().get("items").forEach(n -> names.add(n.get("name").asText()));
        assertThat(names).isEqualTo(Hmp2Series.SAMPLES);
        assertThat(series.json().get("items").get(0).get("collected").asText()).isEqualTo("2014-03-01");

        Client.Res json = c.get("/api/subjects/E5002/report?format=json");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        var f = json.json().get("followUp");
        assertThat(f.get("timePoints")).hasSize(5);
        assertThat(json.json().get("sample").asText()).isEqualTo("ESM5ME9H_P");
        assertThat(json.json().get("route").asText()).isEqualTo("not-assessed");
        java.util.Map<String, String> verdicts = new java.util.HashMap<>();
        f.get("changes").forEach(ch -> verdicts.put(ch.get("measure").asText(), ch.get("verdict").asText()));
        assertThat(verdicts.get("shannon")).isEqualTo("larger than day-to-day variation");
        assertThat(verdicts.get("braycurtis")).isEqualTo("within day-to-day variation");
        // red flags apply to the latest sample: an inline yes routes the follow-up to urgent care
        Client.Res flagged = c.get("/api/subjects/E5002/report?format=json&answers="
                + java.net.URLEncoder.encode("{\"infection_signs\": true}", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(flagged.json().get("route").asText()).isEqualTo("urgent-care");

        Client.Res fhir = c.get("/api/subjects/E5002/report?format=fhir");
        assertThat(fhir.status()).isEqualTo(200);
        int reports = 0, patients = 0;
        for (var e : fhir.json().get("entry")) {
            String t = e.get("resource").get("resourceType").asText();
            if (t.equals("DiagnosticReport")) reports++;
            if (t.equals("Patient")) patients++;
        }
        assertThat(reports).isEqualTo(1);
        assertThat(patients).isEqualTo(1);
        for (String fmt : List.of("html", "pdf")) assertThat(c.get("/api/subjects/E5002/report?format=" + fmt)
                .status()).as(fmt).isEqualTo(200);

        // bad input: a date that does not parse, a date without a subject, an unknown subject
        Client.Res bad = c.postJson("/api/samples/" + ids.get(0) + "/subject",
                java.util.Map.of("subject", "E5002", "collected", "2014-02-30"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("collected").contains("2014-02-30");
        assertThat(c.postJson("/api/samples/" + ids.get(0) + "/subject", java.util.Map.of("collected", "2014-03-01"))
                .status()).isEqualTo(400);
        assertThat(c.get("/api/subjects/E5002/samples").json().get("items").get(0).get("collected").asText())
                .as("nothing changed").isEqualTo("2014-03-01");
        assertThat(c.get("/api/subjects/NOBODY/report").status()).isEqualTo(404);
        // two samples on one date: the follow-up names them
        assertThat(c.postJson("/api/samples/" + ids.get(1) + "/subject",
                java.util.Map.of("subject", "E5002", "collected", "2014-03-01")).status()).isEqualTo(200);
        Client.Res same = c.get("/api/subjects/E5002/report?format=json");
        assertThat(same.status()).isEqualTo(400);
        // the core's one equal-time rule, with the service's way to leave a sample out (not the CLI's flag)
        assertThat(same.json().get("error").asText()).contains("ESM5GEYU_P").contains("ESM5GEZ1_P")
                .contains("have the same time (collected 2014-03-01)").as("the later-stored sample is the one to leave out, named by its id")
                .contains("POST /api/samples/" + ids.get(1) + "/subject")
                .doesNotContain("--series-exclude");
        c.postJson("/api/samples/" + ids.get(1) + "/subject", java.util.Map.of("subject", "E5002", "collected",
                Hmp2Series.DATES.get(1)));
    }

    /** A tenant of its own with a lab-admin (branding a shared tenant would change other tests' reports). */
    private Client freshTenant(String tenant) {
        server.services().accounts().createTenantWithAdmin(tenant, tenant + "-admin", "branding-password");
        return new Client(port, Client.token(port, tenant + "-admin", "branding-password"));
    }

    private static byte[] demoProfile(String name) throws java.io.IOException {
        try (var in = ServiceSuite.class.getResourceAsStream("/demo/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    /**
     * Branding (issue 15): the letterhead is in the HTML and PDF header and footer and the FHIR performer
     * Organization; the same report asked for again after a change is rendered anew (the branding is part of the
     * cache key, so the first, unbranded HTML is not served); the report id follows the template (worked out here
     * by hand: the tenant's name, the year, the tenant's first number padded to five digits) and stays with its
     * sample; a bad template is refused at save time and stores nothing.
     */
    @Test
    void brandedReportsCarryTheLabsLetterhead() throws Exception {
        String tenant = "brand-" + getClass().getSimpleName();
        Client admin = freshTenant(tenant);
        Client.Res up = admin.upload("Subj004_time1_S4_metaphlan.txt", demoProfile("Subj004_time1_S4_metaphlan.txt"));
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        long id = up.json().get("samples").get(0).get("id").asLong();
        String html = "/api/samples/" + id + "/report?format=html";

        // unbranded: as before, no letterhead
        String before = admin.get(html).body();
        assertThat(before).doesNotContain("class=\"letterhead\"").doesNotContain("authorised by");
        assertThat(admin.get("/api/admin/branding").json().get("branded").asBoolean()).isFalse();

        Client.Res bad = admin.postJson("/api/admin/branding", Map.of("labName", "Acme", "reportIdFormat",
                "{tenant}-{yyyy}"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("needs {seq}");
        assertThat(admin.get("/api/admin/branding").json().get("branded").asBoolean()).as("nothing stored").isFalse();
        assertThat(admin.postBytes("/api/admin/branding/logo", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).as("a logo needs a lab name first")
                .isEqualTo(409);

        Client.Res saved = admin.postJson("/api/admin/branding", Map.of("labName", "Acme Microbiome Lab",
                "address", "1 Lab Road\nCambridge CB1 1AA", "signatory", "Dr A. Jones",
                "reportIdFormat", "{tenant}-{yyyy}-{seq:05}"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        String year = String.valueOf(java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear());
        String firstId = tenant + "-" + year + "-00001";

        String branded = admin.get(html).body();
        assertThat(branded).as("not the cached unbranded page").contains("class=\"letterhead\"")
                .contains("Acme Microbiome Lab").contains("1 Lab Road").contains("Cambridge CB1 1AA")
                .contains("authorised by Dr A. Jones").contains(firstId);

        // an SVG logo: stored sanitised, shown in the next report as a data: URI of exactly the stored bytes
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 60 20\" onload=\"alert(1)\">"
                + "<script>alert(2)</script><rect width=\"60\" height=\"20\" fill=\"#1f3a5f\"/></svg>";
        Client.Res logo = admin.postBytes("/api/admin/branding/logo", "image/svg+xml",
                svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(logo.status()).as(logo.body()).isEqualTo(200);
        assertThat(logo.json().get("logoType").asText()).isEqualTo("image/svg+xml");
        byte[] stored = admin.getBytes("/api/admin/branding/logo");
        assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8)).contains("<rect")
                .doesNotContain("script").doesNotContain("onload");
        String withSvg = admin.get(html).body();
        assertThat(withSvg).contains("data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(stored))
                .contains(firstId);

        // a PNG replaces it; again the very next read shows it (the branding version is in the cache key)
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(30, 10,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        assertThat(admin.postBytes("/api/admin/branding/logo", "image/png", png.toByteArray()).status()).isEqualTo(200);
        String withPng = admin.get(html).body();
        assertThat(withPng).contains("data:image/png;base64," + java.util.Base64.getEncoder()
                .encodeToString(png.toByteArray())).doesNotContain("data:image/svg+xml");
        assertThat(admin.postBytes("/api/admin/branding/logo", "image/gif", "GIF89a".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)).status()).isEqualTo(415);

        // the PDF: header and footer text
        String pdf = pdfText(admin.getBytes("/api/samples/" + id + "/report?format=pdf"));
        assertThat(pdf).contains("Acme Microbiome Lab").contains("authorised by Dr A. Jones").contains(firstId);

        // FHIR: the DiagnosticReport's performer is the lab's Organization, with its name and address
        JsonNode bundle = admin.get("/api/samples/" + id + "/report?format=fhir").json();
        JsonNode org = null, dr = null;
        for (JsonNode e : bundle.get("entry")) {
            String type = e.get("resource").get("resourceType").asText();
            if (type.equals("Organization")) org = e;
            if (type.equals("DiagnosticReport")) dr = e.get("resource");
        }
        assertThat(org).as("a performer Organization").isNotNull();
        assertThat(org.get("resource").get("name").asText()).isEqualTo("Acme Microbiome Lab");
        assertThat(org.get("resource").get("address").get(0).get("line").toString())
                .isEqualTo("[\"1 Lab Road\",\"Cambridge CB1 1AA\"]");
        assertThat(dr.get("performer").get(0).get("reference").asText()).isEqualTo(org.get("fullUrl").asText());
        assertThat(dr.get("identifier").toString()).contains(firstId);

        // the number stays with its sample; the next sample gets the next one
        Client.Res up2 = admin.upload("Subj001_time1_S1_metaphlan.txt", demoProfile("Subj001_time1_S1_metaphlan.txt"));
        long id2 = up2.json().get("samples").get(0).get("id").asLong();
        assertThat(admin.get("/api/samples/" + id2 + "/report?format=json").json().at("/branding/reportId").asText())
                .isEqualTo(tenant + "-" + year + "-00002");
        assertThat(admin.get("/api/samples/" + id + "/report?format=json").json().at("/branding/reportId").asText())
                .isEqualTo(firstId);

        // another tenant's reports are not branded by this one
        assertThat(demo().get("/api/admin/branding").json().get("labName").isNull()).isTrue();
    }

    /** The branding routes are a lab-admin's: a viewer and an analyst of the same tenant get 403 and change nothing. */
    @Test
    void onlyALabAdminSetsTheBranding() {
        Map<Role, String> t = roleTokens();
        for (Role r : List.of(Role.VIEWER, Role.ANALYST)) {
            Client c = new Client(port, t.get(r));
            assertThat(c.postJson("/api/admin/branding", Map.of("labName", "Hijack Lab")).status()).isEqualTo(403);
            assertThat(c.get("/api/admin/branding").status()).isEqualTo(403);
            assertThat(c.postBytes("/api/admin/branding/logo", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(403);
            assertThat(c.postJson("/api/admin/users/1/role", Map.of("role", "lab-admin")).status()).isEqualTo(403);
            assertThat(c.delete("/api/admin/users/1").status()).isEqualTo(403);
        }
        long tid = server.services().accounts().tenantId("roles-" + getClass().getSimpleName()).orElseThrow();
        assertThat(server.services().branding().get(tid)).isEmpty();
    }

    /**
     * Role change and disabling: a disabled user's token and sign-in stop at once and come back when enabled; the
     * tenant's last active lab-admin can be neither demoted nor disabled (409), a second one can.
     */
    @Test
    void labAdminChangesRolesAndDisablesUsersButKeepsOneAdmin() {
        String tenant = "users-" + getClass().getSimpleName();
        Client admin = freshTenant(tenant);
        long adminId = admin.get("/api/admin/users").json().get("items").get(0).get("id").asLong();
        Client.Res made = admin.postJson("/api/admin/users", Map.of("username", tenant + "-ana", "password",
                "analyst-password", "role", "analyst"));
        long ana = made.json().get("id").asLong();
        Client anaClient = new Client(port, Client.token(port, tenant + "-ana", "analyst-password"));
        assertThat(anaClient.get("/api/session").json().get("role").asText()).isEqualTo("analyst");

        Client.Res role = admin.postJson("/api/admin/users/" + ana + "/role", Map.of("role", "viewer"));
        assertThat(role.status()).as(role.body()).isEqualTo(200);
        assertThat(anaClient.get("/api/session").json().get("role").asText()).as("the token follows").isEqualTo("viewer");
        assertThat(admin.postJson("/api/admin/users/" + ana + "/role", Map.of("role", "owner")).status()).isEqualTo(400);

        Client.Res last = admin.postJson("/api/admin/users/" + adminId + "/role", Map.of("role", "analyst"));
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.json().get("error").asText()).contains("last active lab-admin");
        assertThat(admin.delete("/api/admin/users/" + adminId).status()).isEqualTo(409);

        assertThat(admin.delete("/api/admin/users/" + ana).status()).isEqualTo(204);
        assertThat(anaClient.get("/api/session").status()).as("disabled: the token stops at once").isEqualTo(401);
        assertThat(new Client(port).postJson("/api/session", Map.of("username", tenant + "-ana", "password",
                "analyst-password")).status()).isEqualTo(401);
        assertThat(admin.get("/api/admin/users").json().get("items").get(1).get("disabledAt").isNull()).isFalse();
        assertThat(admin.delete("/api/admin/users/" + ana).status()).isEqualTo(404);
        assertThat(admin.postJson("/api/admin/users/" + ana + "/enable", Map.of()).status()).isEqualTo(204);
        assertThat(anaClient.get("/api/session").status()).as("enabled again").isEqualTo(200);

        // with a second lab-admin the first may step down
        assertThat(admin.postJson("/api/admin/users/" + ana + "/role", Map.of("role", "lab-admin")).status())
                .isEqualTo(200);
        assertThat(admin.postJson("/api/admin/users/" + adminId + "/role", Map.of("role", "analyst")).status())
                .isEqualTo(200);
        // another tenant's user is a 404, not a change
        assertThat(demo().postJson("/api/admin/users/" + ana + "/role", Map.of("role", "viewer")).status())
                .isEqualTo(404);
    }
}
