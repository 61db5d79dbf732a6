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

    private static Client browser(int port, String cookie, String csrf) {
        Client c = new Client(port);
        c.cookie = cookie;
        c.csrf = csrf;
        return c;
    }
}
