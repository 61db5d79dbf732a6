package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operations (issue 15, build item 5): liveness and readiness, metrics behind authentication, the access log's
 * content, graceful shutdown. Each test starts its own server on the embedded database with the demo seed (the
 * demo profiles ship in the jar, so no shared data is needed).
 */
class OpsTest {

    static final String METRICS_TOKEN = "scrape-3b1f0c9e7d";

    @TempDir
    Path dataDir;

    GutskinServer server;

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private GutskinServer start(ServerOptions.Ops ops, ReportRenderer renderer, java.util.function.Consumer<String> log)
            throws IOException {
        server = GutskinServer.start(new ServerOptions("127.0.0.1", 0, null, null, null, dataDir, 2L << 20, true)
                .withOps(ops), renderer, log);
        return server;
    }

    private static long firstSample(Client c) {
        return c.get("/api/samples").json().get("items").get(0).get("id").asLong();
    }

    @Test
    void readinessIs503WhenTheDatabaseIsDownWhileLivenessStays200() throws IOException {
        start(ServerOptions.Ops.DEFAULTS, new EngineReportRenderer(), null);
        Client anon = new Client(server.port());
        Client.Res ready = anon.get("/api/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("ready");
        assertThat(ready.json().get("database").asText()).isEqualTo("h2");
        assertThat(ready.json().get("migrations").asText()).isEqualTo("applied");
        assertThat(ready.json().get("knowledgeBase").asText()).isNotBlank().isNotEqualTo("not loaded");

        server.services().db().close(); // the database goes away under the running service

        Client.Res down = anon.get("/api/health/ready");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("status").asText()).isEqualTo("unavailable");
        assertThat(down.json().get("database").asText()).isEqualTo("unreachable");
        assertThat(anon.get("/api/ready").status()).as("the older readiness path answers the same").isEqualTo(503);
        // liveness checks only the process: restarting it would not bring the database back
        assertThat(anon.get("/api/health/live").status()).isEqualTo(200);
        assertThat(anon.get("/api/health").json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void metricsNeedALabAdminOrTheMetricsToken() throws IOException {
        start(ServerOptions.Ops.DEFAULTS.withMetricsToken(METRICS_TOKEN), new EngineReportRenderer(), null);
        int port = server.port();
        String admin = Client.token(port, DemoSeed.USER, DemoSeed.PASSWORD);
        Client demo = new Client(port, admin);
        String pw = "viewer-pass-9f3a61";
        assertThat(demo.postJson("/api/admin/users", Map.of("username", "viewer1", "password", pw, "role", "viewer"))
                .status()).isEqualTo(201);
        Client viewer = new Client(port, Client.token(port, "viewer1", pw));
        long id = firstSample(demo);
        assertThat(demo.get("/api/samples/" + id + "/report?format=json").status()).isEqualTo(200);
        assertThat(demo.get("/api/samples/" + id + "/report?format=json").status()).isEqualTo(200);

        assertThat(new Client(port).get("/metrics").status()).as("no credentials").isEqualTo(401);
        assertThat(new Client(port, "not-the-token").get("/metrics").status()).as("a wrong token").isEqualTo(401);
        assertThat(viewer.get("/metrics").status()).as("a viewer is no lab-admin").isEqualTo(403);
        assertThat(new Client(port, METRICS_TOKEN).get("/api/samples").status())
                .as("the metrics token opens /metrics only").isEqualTo(401);

        Client.Res byToken = new Client(port, METRICS_TOKEN).get("/metrics");
        assertThat(byToken.status()).isEqualTo(200);
        Client.Res byAdmin = demo.get("/metrics");
        assertThat(byAdmin.status()).isEqualTo(200);
        // the two report requests above: one rendered (miss), one answered from the cache (hit)
        assertThat(byAdmin.body())
                .contains("# TYPE gutskin_http_requests_seconds histogram")
                .containsPattern("gutskin_http_requests_seconds_count\\{method=\"GET\",route=\"/api/samples/\\{id\\}/report\","
                        + "status=\"200\"} 2")
                .containsPattern("gutskin_reports_total\\{cache=\"miss\",format=\"json\"} 1")
                .containsPattern("gutskin_reports_total\\{cache=\"hit\",format=\"json\"} 1")
                .contains("gutskin_report_render_seconds_count{format=\"json\"} 1")
                .contains("gutskin_renders_in_flight")
                .doesNotContain("/api/samples/" + id + "/"); // route patterns only, never a sample's path
    }

    @Test
    void anAccessLogLineHasTheRouteAndIdsButNoPatientData() throws IOException {
        List<String> lines = new CopyOnWriteArrayList<>();
        start(ServerOptions.Ops.DEFAULTS, new EngineReportRenderer(), lines::add);
        int port = server.port();
        Client demo = new Client(port, Client.token(port, DemoSeed.USER, DemoSeed.PASSWORD));
        JsonNode sample = demo.get("/api/samples?q=Subj001_time1").json().get("items").get(0);
        long id = sample.get("id").asLong();
        String subject = "Jane-Doe-1961";
        lines.clear();
        Client.Res r = demo.get("/api/samples/" + id + "/report?format=json&condition=rosacea&subject=" + subject);
        assertThat(r.status()).isEqualTo(200);
        String sentId = r.headers().firstValue("X-Request-Id").orElseThrow();

        assertThat(lines).hasSize(1);
        String line = lines.get(0);
        JsonNode j = Client.JSON.readTree(line);
        assertThat(line).doesNotContain("\n");
        assertThat(j.get("route").asText()).isEqualTo("/api/samples/{id}/report");
        assertThat(j.get("method").asText()).isEqualTo("GET");
        assertThat(j.get("status").asInt()).isEqualTo(200);
        assertThat(j.get("ms").asDouble()).isPositive();
        assertThat(j.get("request").asText()).isEqualTo(sentId);
        assertThat(j.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        long tenant = server.services().db().jdbi().withHandle(h -> h.createQuery("SELECT tenant_id FROM sample"
                + " WHERE id = :id").bind("id", id).mapTo(Long.class).one());
        assertThat(j.get("tenant").asLong()).isEqualTo(tenant);
        // nothing a patient could be recognised by: not the sample's name, nor the subject, the condition, the
        // file name, the raw path with the sample's id, the user's or the lab's name
        assertThat(line).doesNotContain("Subj001").doesNotContain(subject).doesNotContain("rosacea")
                .doesNotContain("metaphlan").doesNotContain("/api/samples/" + id)
                .doesNotContain(DemoSeed.USER + "\"").doesNotContain(DemoSeed.TENANT);
        assertThat(j.properties()).extracting(Map.Entry::getKey)
                .containsExactly("time", "method", "route", "status", "ms", "tenant", "user", "request");

        // a request id the caller sends is kept when plain, replaced when not (no log injection)
        lines.clear();
        assertThat(send(port, "/api/health", "abc-123").headers().firstValue("X-Request-Id")).hasValue("abc-123");
        assertThat(send(port, "/api/health", "x\"}{\"route\":\"forged").headers().firstValue("X-Request-Id").orElseThrow())
                .doesNotContain("forged");
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).doesNotContain("forged"));
    }

    private static HttpResponse<String> send(int port, String path, String requestId) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-Request-Id", requestId).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A renderer that holds every render until released: a request in flight for as long as the test wants. */
    static final class HeldRenderer implements ReportRenderer {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public Rendered render(ReportInput input) {
            entered.countDown();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return new Rendered("application/json", "{\"held\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void onStopRequestsInFlightFinishAndNewOnesAreRefused() throws Exception {
        HeldRenderer held = new HeldRenderer();
        start(ServerOptions.Ops.DEFAULTS.withShutdownTimeout(Duration.ofSeconds(15)), held, null);
        int port = server.port();
        String token = Client.token(port, DemoSeed.USER, DemoSeed.PASSWORD);
        long id = firstSample(new Client(port, token));
        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/samples/" + id + "/report?format=json"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(held.entered.await(20, TimeUnit.SECONDS)).as("the report request reached the renderer").isTrue();

        GutskinServer stopping = server;
        server = null; // closed here, not by @AfterEach
        long t0 = System.nanoTime();
        CompletableFuture<Void> closed = CompletableFuture.runAsync(stopping::close);

        // a new request, on a new connection, is refused once the stop has begun
        boolean refused = false;
        for (int i = 0; i < 100 && !refused; i++) {
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/health")).timeout(Duration.ofSeconds(2)).GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                refused = r.statusCode() == 503;
            } catch (IOException e) {
                refused = true; // connection refused or closed: the listener is gone
            }
            if (!refused) Thread.sleep(50);
        }
        assertThat(refused).as("new requests refused while stopping").isTrue();
        assertThat(inFlight).as("the request in flight is still waiting").isNotDone();
        assertThat(closed).as("the stop waits for it").isNotDone();

        held.release.countDown();
        HttpResponse<String> r = inFlight.get(20, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"held\":true}");
        closed.get(20, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
        assertThat(Files.exists(dataDir.resolve("gutskin.mv.db"))).isTrue();
    }

    @Test
    void closedConnectionsGiveTheirPlaceBackToTheirAddress() throws Exception {
        int perAddress = 4;
        server = GutskinServer.start(new ServerOptions("127.0.0.1", 0, null, null, null, dataDir, 2L << 20, false)
                .withLimits(ServerOptions.Limits.DEFAULTS.withThreads(16, perAddress)), new EngineReportRenderer(), null);
        // three rounds of as many connections as one address may hold, each closed by the client after its answer:
        // had closes not been counted, the second round would be cut off (bench/load.sh's second 32-client run was)
        for (int round = 0; round < 3; round++) {
            java.util.List<java.net.Socket> open = new java.util.ArrayList<>();
            for (int i = 0; i < perAddress; i++) {
                java.net.Socket sock = new java.net.Socket("127.0.0.1", server.port());
                sock.setSoTimeout(5000);
                sock.getOutputStream().write(("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                byte[] head = new byte[12];
                int n = sock.getInputStream().readNBytes(head, 0, 12);
                assertThat(new String(head, 0, n, java.nio.charset.StandardCharsets.US_ASCII))
                        .as("round " + round + ", connection " + i).isEqualTo("HTTP/1.1 200");
                open.add(sock);
            }
            for (java.net.Socket sock : open) sock.close();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline && perAddressOpen() > 0) Thread.sleep(20);
            assertThat(perAddressOpen()).as("connections still counted after round " + round).isZero();
        }
    }

    private int perAddressOpen() {
        return ((org.eclipse.jetty.server.ServerConnector) server.jettyServer().getConnectors()[0])
                .getBean(HttpGuards.PerAddress.class).openFrom("127.0.0.1");
    }
}
