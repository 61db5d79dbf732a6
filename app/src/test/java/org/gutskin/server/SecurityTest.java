package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The findings of the issue-15 security review that the service closes, each reproduced against a real server
 * (embedded H2, demo seed, a small request pool so the slow-client test is cheap). 127.0.0.2 — another loopback
 * address — plays a second client and the trusted proxy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {

    static final int THREADS = 16, PER_ADDRESS = 24, SLOW_CLIENTS = 40;
    static final String PROXY = "127.0.0.2", SLOW_FROM = "127.0.0.3";

    Path dataDir;
    GutskinServer server;
    int port;
    String token;

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("gutskin-security-test");
        ServerOptions.Limits limits = ServerOptions.Limits.DEFAULTS.withThreads(THREADS, PER_ADDRESS)
                .withTrustedProxies(Set.of(PROXY)).withMaxSamplesPerUpload(MAX_SAMPLES);
        server = GutskinServer.start(new ServerOptions("127.0.0.1", 0, null, null, null, dataDir, 2L << 20, true,
                limits, null));
        port = server.port();
        token = Client.token(port, DemoSeed.USER, DemoSeed.PASSWORD);
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
        ServiceSuite.deleteTree(dataDir);
    }

    Client demo() {
        return new Client(port, token);
    }

    long firstSample() {
        return demo().get("/api/samples").json().get("items").get(0).get("id").asLong();
    }

    /** A raw HTTP/1.1 exchange from a chosen local address; the whole answer as text, or null on timeout. */
    String raw(String from, String request, int timeoutMillis) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            s.setSoTimeout(timeoutMillis);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            try {
                return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (SocketTimeoutException e) {
                return null;
            }
        }
    }

    // Finding 1: 40 clients trickling a sign-in body hold connections, not the 16 request threads.
    @Test
    void slowClientsDoNotStarveHealth() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                // from a loopback address of their own, so the other tests' connections do not count with them
                Socket s = new Socket();
                s.bind(new InetSocketAddress(SLOW_FROM, 0));
                s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 200\r\n\r\n{").getBytes(StandardCharsets.UTF_8));
                out.flush();
                slow.add(s);
            }
            Thread.sleep(1000);
            long t0 = System.nanoTime();
            String health = raw(PROXY, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                    3000);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(health).as("/api/health under %d slow clients", SLOW_CLIENTS).isNotNull()
                    .startsWith("HTTP/1.1 200");
            assertThat(ms).isLessThan(3000);
            // the connections beyond the per-address limit were closed at once
            int closed = 0;
            for (Socket s : slow) {
                s.setSoTimeout(200);
                try {
                    if (s.getInputStream().read() == -1) closed++;
                } catch (SocketTimeoutException e) {
                    // still open: it is within the limit
                } catch (IOException e) {
                    closed++;
                }
            }
            assertThat(closed).isEqualTo(SLOW_CLIENTS - PER_ADDRESS);
        } finally {
            for (Socket s : slow) s.close();
        }
    }

    // Finding 3: a revoked or expired token stops working at once (no 30 s cache); tokens carry an expiry.
    @Test
    void revokedAndExpiredTokensStopAtOnce() {
        Client.Res made = new Client(port).postJson("/api/tokens", Map.of("username", DemoSeed.USER, "password",
                DemoSeed.PASSWORD, "name", "revoke-me"));
        assertThat(made.json().get("expiresAt").asText()).isNotBlank();
        String t = made.json().get("token").asText();
        Client c = new Client(port, t);
        assertThat(c.get("/api/samples").status()).isEqualTo(200);
        server.services().db().jdbi().useHandle(h -> h.createUpdate("UPDATE api_token SET revoked_at = :n"
                + " WHERE token_hash = :h").bind("n", Accounts.now()).bind("h", Secrets.sha256(t)).execute());
        assertThat(c.get("/api/samples").status()).as("revoked a moment ago").isEqualTo(401);

        String t2 = Client.token(port, DemoSeed.USER, DemoSeed.PASSWORD);
        Client c2 = new Client(port, t2);
        assertThat(c2.get("/api/samples").status()).isEqualTo(200);
        server.services().db().jdbi().useHandle(h -> h.createUpdate("UPDATE api_token SET expires_at = :n"
                + " WHERE token_hash = :h").bind("n", Accounts.now().minusSeconds(1)).bind("h", Secrets.sha256(t2))
                .execute());
        assertThat(c2.get("/api/samples").status()).as("expired").isEqualTo(401);
    }

    private String signIn(String from, String extraHeaders) throws IOException {
        String body = "{\"username\":\"" + DemoSeed.USER + "\",\"password\":\"" + DemoSeed.PASSWORD + "\"}";
        return raw(from, "POST /api/session HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json"
                + "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body, 10_000);
    }

    // Finding 5: a cross-site form cannot sign the browser in; the cookie is Secure behind a trusted TLS proxy only.
    @Test
    void signInRefusesCrossSiteAndMarksTheCookieSecureBehindATrustedTlsProxy() throws IOException {
        assertThat(signIn("127.0.0.1", "Origin: https://evil.example\r\n")).startsWith("HTTP/1.1 403");
        assertThat(signIn("127.0.0.1", "Origin: null\r\n")).startsWith("HTTP/1.1 403");
        assertThat(signIn("127.0.0.1", "Referer: https://evil.example/form.html\r\n")).startsWith("HTTP/1.1 403");
        String same = signIn("127.0.0.1", "Origin: http://127.0.0.1:" + port + "\r\n");
        assertThat(same).startsWith("HTTP/1.1 200").contains("SameSite=Strict").doesNotContain("Secure");
        // X-Forwarded-Proto from an untrusted client is ignored
        String forged = signIn("127.0.0.1", "X-Forwarded-Proto: https\r\n");
        assertThat(forged).startsWith("HTTP/1.1 200").doesNotContain("; Secure");
        String proxied = signIn(PROXY, "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.9\r\n"
                + "Origin: https://127.0.0.1:" + port + "\r\n");
        assertThat(proxied).startsWith("HTTP/1.1 200").contains("; Secure");
    }

    // Finding 7: reads are counted per (user, report, day), not one row each.
    @Test
    void repeatedReadsOfAReportAddOneCountedRow() {
        long id = firstSample();
        String path = "/api/samples/" + id + "/report?format=json&condition=acne";
        for (int i = 0; i < 30; i++) assertThat(demo().get(path).status()).isEqualTo(200);
        String resource = "sample/" + id + "?format=json";
        var rows = server.services().db().jdbi().withHandle(h -> h.createQuery("SELECT read_count FROM audit_read"
                + " WHERE resource = :r").bind("r", resource).mapTo(Long.class).list());
        assertThat(rows).as("one row, 30 reads").containsExactly(30L);
        long logged = server.services().db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log"
                + " WHERE action = 'report.read'").mapTo(Long.class).one());
        assertThat(logged).isZero();
        var audit = demo().get("/api/audit").json().get("items");
        boolean found = false;
        for (var a : audit) found |= a.get("resource").asText().equals(resource) && a.get("count").asLong() == 30;
        assertThat(found).as("GET /api/audit shows the count").isTrue();
    }

    @Test
    void auditEntriesOlderThanTheRetentionAreDeleted() {
        long tenant = server.services().db().jdbi().withHandle(h -> h.createQuery("SELECT id FROM tenant")
                .mapTo(Long.class).first());
        long user = server.services().db().jdbi().withHandle(h -> h.createQuery("SELECT id FROM app_user")
                .mapTo(Long.class).first());
        var old = Accounts.now().minusDays(ServerOptions.Limits.DEFAULTS.auditRetentionDays() + 1L);
        server.services().db().jdbi().useHandle(h -> h.createUpdate("INSERT INTO audit_read (tenant_id, user_id,"
                        + " action, resource, read_day, read_count, first_at, last_at) VALUES (:t, :u, 'report.read',"
                        + " 'sample/0?format=old', :d, 1, :a, :a)")
                .bind("t", tenant).bind("u", user).bind("d", old.toLocalDate()).bind("a", old).execute());
        assertThat(server.services().audit().purge()).isGreaterThanOrEqualTo(1);
        long left = server.services().db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_read"
                + " WHERE resource = 'sample/0?format=old'").mapTo(Long.class).one());
        assertThat(left).isZero();
    }

    static final int MAX_SAMPLES = 100;

    /** A merged table of {@code n} samples named {@code prefix1 … prefixN}, each holding two species. */
    static byte[] table(String prefix, int n) {
        StringBuilder b = new StringBuilder("clade_name");
        for (int i = 1; i <= n; i++) b.append('\t').append(prefix).append(i);
        for (String sp : List.of("s__Faecalibacterium_prausnitzii", "s__Bacteroides_vulgatus")) {
            b.append("\nk__Bacteria|p__Firmicutes|c__Clostridia|o__Clostridiales|f__Ruminococcaceae|g__G|").append(sp);
            for (int i = 1; i <= n; i++) b.append("\t50");
        }
        return b.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    // Finding 6: samples per upload are capped before any per-sample work (100,000 once took 446 s to store).
    @Test
    void anUploadOverTheSampleCapIs413AndStoresNothing() {
        Client.Res over = demo().upload("over.tsv", table("capover", MAX_SAMPLES + 1));
        assertThat(over.status()).isEqualTo(413);
        assertThat(over.json().get("error").asText()).contains("101 samples").contains("at most 100");
        assertThat(demo().get("/api/samples?q=capover").json().get("total").asInt()).isZero();
        Client.Res at = demo().upload("at.tsv", table("capat", MAX_SAMPLES));
        assertThat(at.status()).isEqualTo(201);
        assertThat(demo().get("/api/samples?q=capat").json().get("total").asInt()).isEqualTo(MAX_SAMPLES);
    }

    // Finding 8: a control character in a taxon name is refused at upload (it used to break every PDF later).
    @Test
    void aControlCharacterInATaxonNameIsRefusedAtUpload() {
        String profile = "#mpa_vOct22\n#clade_name\tNCBI_tax_id\trelative_abundance\tadditional_species\n"
                + "k__Bacteria\t2\t100\t\nk__Bacteria|p__Esc\u001Bape\t3\t100\t\n";
        Client.Res r = demo().upload("esc_metaphlan.txt", profile.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).contains("U+001B").startsWith("esc_metaphlan.txt")
                .doesNotContain(dataDir.toString());
    }

    // Finding 10, the smaller ones.
    @Test
    void metricsNeedAuthentication() {
        assertThat(new Client(port).get("/metrics").status()).isEqualTo(401);
        assertThat(demo().get("/metrics").status()).isEqualTo(200);
    }

    @Test
    void patientDataIsNeverCached() {
        Client.Res r = demo().get("/api/samples/" + firstSample() + "/report?format=json");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(demo().get("/api/samples").headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theDataDirectoryIsPrivate() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("gutskin.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void uncachedRendersBeyondTheTenantCapAre429() {
        long id = firstSample();
        long tenant = server.services().db().jdbi().withHandle(h -> h.createQuery("SELECT tenant_id FROM sample"
                + " WHERE id = :id").bind("id", id).mapTo(Long.class).one());
        int cap = ServerOptions.Limits.DEFAULTS.maxRendersPerTenant();
        for (int i = 0; i < cap; i++) assertThat(server.services().renders().tryAcquire(tenant)).isTrue();
        try {
            Client.Res r = demo().get("/api/samples/" + id + "/report?format=pdf&condition=rosacea");
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
        } finally {
            for (int i = 0; i < cap; i++) server.services().renders().release(tenant);
        }
        assertThat(demo().get("/api/samples/" + id + "/report?format=pdf&condition=rosacea").status()).isEqualTo(200);
    }

    @Test
    void errorMessagesLoseServerPaths() {
        Path d = Path.of("/srv/gutskin/data");
        assertThat(DataDirectory.withoutServerPaths("/srv/gutskin/data/scratch/upload9/x.biom: not HDF5", d))
                .isEqualTo("x.biom: not HDF5");
    }
}
