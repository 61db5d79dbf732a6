package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code gutskin admin …} on a fresh embedded database, then the service started on it: the first lab-admin from
 * {@code create-admin} signs in, a user and a scoped token made on the command line work over HTTP, and a token
 * revoked on the command line is refused.
 */
class AdminCommandTest {

    private Path dir;

    record Run(int exit, String out, String err) {}

    /** Runs the command line with {@code stdin} as standard input (the password). */
    static synchronized Run cli(String stdin, String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = org.gutskin.cli.Main.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private String[] args(String... a) {
        List<String> l = new java.util.ArrayList<>(List.of("admin"));
        l.addAll(List.of(a));
        l.addAll(List.of("--data-dir", dir.toString()));
        return l.toArray(String[]::new);
    }

    private GutskinServer serve() throws Exception {
        return GutskinServer.start(new ServerOptions("127.0.0.1", 0, null, null, null, dir, 2L << 20, false));
    }

    @AfterEach
    void clean() {
        ServiceSuite.deleteTree(dir);
    }

    @Test
    void firstAdminUsersAndTokensFromTheCommandLine() throws Exception {
        dir = Files.createTempDirectory("gutskin-admin");
        Run first = cli("first-admin-pw\n", args("create-admin", "--tenant", "lab-one", "--user", "boss"));
        assertThat(first.exit()).as(first.err()).isZero();
        Run again = cli("first-admin-pw\n", args("create-admin", "--tenant", "lab-two", "--user", "boss2"));
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.err().strip().lines()).singleElement().asString().startsWith("gutskin: the database has users");
        Run shortPw = cli("short\n", args("create-user", "--tenant", "lab-one", "--user", "ana", "--role", "analyst"));
        assertThat(shortPw.exit()).isEqualTo(3);
        assertThat(shortPw.err().strip()).isEqualTo("gutskin: password: 10 to 200 characters");
        Run badRole = cli("long-enough-pw\n", args("create-user", "--tenant", "lab-one", "--user", "ana", "--role", "boss"));
        assertThat(badRole.exit()).isEqualTo(3);
        assertThat(badRole.err().strip()).startsWith("gutskin: role: expected one of viewer, clinician, analyst, lab-admin");
        assertThat(cli("analyst-password\n", args("create-user", "--tenant", "lab-one", "--user", "ana", "--role",
                "analyst")).exit()).isZero();
        Run list = cli("", args("list-users", "--tenant", "lab-one"));
        assertThat(list.out().lines().map(l -> l.split("\t")).map(f -> f[1] + ":" + f[2]).toList())
                .containsExactly("user:role", "boss:lab-admin", "ana:analyst");
        Run token = cli("", args("create-token", "--tenant", "lab-one", "--user", "ana", "--role", "viewer", "--days", "2"));
        assertThat(token.exit()).as(token.err()).isZero();
        String t = token.out().strip();
        assertThat(t).startsWith("gsk_");
        long tokenId = Long.parseLong(token.err().replaceAll("(?s)^gutskin: token (\\d+) .*$", "$1"));

        try (GutskinServer s = serve()) {
            assertThat(s.seeded()).isFalse();
            Client boss = new Client(s.port(), Client.token(s.port(), "boss", "first-admin-pw"));
            assertThat(boss.get("/api/session").json().get("role").asText()).isEqualTo("lab-admin");
            Client viewer = new Client(s.port(), t);
            assertThat(viewer.get("/api/samples").status()).isEqualTo(200);
            assertThat(viewer.upload("x.txt", "k__Bacteria\t100\n".getBytes()).status()).isEqualTo(403);
            assertThat(new Client(s.port()).postJson("/api/session", Map.of("username", "ana", "password",
                    "analyst-password")).status()).isEqualTo(200);
        }
        assertThat(cli("", args("revoke-token", "--tenant", "lab-one", "--id", String.valueOf(tokenId))).exit()).isZero();
        assertThat(cli("new-password-ana\n", args("set-password", "--tenant", "lab-one", "--user", "ana")).exit()).isZero();
        try (GutskinServer s = serve()) {
            assertThat(new Client(s.port(), t).get("/api/samples").status()).isEqualTo(401);
            assertThat(new Client(s.port()).postJson("/api/session", Map.of("username", "ana", "password",
                    "analyst-password")).status()).isEqualTo(401);
            assertThat(new Client(s.port()).postJson("/api/session", Map.of("username", "ana", "password",
                    "new-password-ana")).status()).isEqualTo(200);
        }
    }
}
