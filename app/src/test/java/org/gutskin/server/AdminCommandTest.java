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

    /**
     * {@code admin set-branding}, {@code set-role}, {@code disable-user}, {@code enable-user}: refusals are one line
     * and exit 3 with nothing written (a bad report-id format, a logo that is neither PNG nor SVG, the last
     * lab-admin); what is set shows in the service's branding and sign-in.
     */
    @Test
    void brandingRolesAndDisablingFromTheCommandLine() throws Exception {
        dir = Files.createTempDirectory("gutskin-admin-brand");
        assertThat(cli("first-admin-pw\n", args("create-admin", "--tenant", "lab-one", "--user", "boss")).exit()).isZero();
        assertThat(cli("analyst-password\n", args("create-user", "--tenant", "lab-one", "--user", "ana", "--role",
                "analyst")).exit()).isZero();

        Run noName = cli("", args("set-branding", "--tenant", "lab-one", "--signatory", "Dr X"));
        assertThat(noName.exit()).isEqualTo(3);
        assertThat(noName.err().strip()).isEqualTo("gutskin: --name: the lab's name is required the first time");
        Run badFormat = cli("", args("set-branding", "--tenant", "lab-one", "--name", "Lab One",
                "--report-id-format", "{tenant}-{yyyy}"));
        assertThat(badFormat.exit()).isEqualTo(3);
        assertThat(badFormat.err().strip()).isEqualTo("gutskin: report-id format '{tenant}-{yyyy}': needs {seq} (or"
                + " {seq:0N}) so that no two reports share an id");
        Path gif = dir.resolve("logo.gif");
        Files.write(gif, "GIF89a-not-a-logo".getBytes(StandardCharsets.US_ASCII));
        Run badLogo = cli("", args("set-branding", "--tenant", "lab-one", "--name", "Lab One", "--logo", gif.toString()));
        assertThat(badLogo.exit()).isEqualTo(3);
        assertThat(badLogo.err().strip()).isEqualTo("gutskin: " + gif + ": logo: expected a PNG or an SVG file");

        Path svg = dir.resolve("logo.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><script>alert(1)"
                + "</script><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>");
        Run ok = cli("", args("set-branding", "--tenant", "lab-one", "--name", "Lab One", "--address",
                "1 Road\\nTown", "--signatory", "Dr X", "--report-id-format", "L1-{seq:03}", "--logo", svg.toString()));
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("branding of 'lab-one' saved: Lab One, report ids L1-{seq:03}, logo image/svg+xml");
        // a later call changes only what it names
        assertThat(cli("", args("set-branding", "--tenant", "lab-one", "--signatory", "Dr Y")).exit()).isZero();

        Run last = cli("", args("set-role", "--tenant", "lab-one", "--user", "boss", "--role", "analyst"));
        assertThat(last.exit()).isEqualTo(3);
        assertThat(last.err().strip()).isEqualTo("gutskin: this is the lab's last active lab-admin: make another user"
                + " lab-admin first");
        assertThat(cli("", args("disable-user", "--tenant", "lab-one", "--user", "boss")).exit()).isEqualTo(3);
        assertThat(cli("", args("set-role", "--tenant", "lab-one", "--user", "ana", "--role", "clinician")).exit()).isZero();
        assertThat(cli("", args("disable-user", "--tenant", "lab-one", "--user", "ana")).exit()).isZero();
        Run list = cli("", args("list-users", "--tenant", "lab-one"));
        assertThat(list.out().lines().skip(2).findFirst().orElseThrow().split("\t")).hasSize(5)
                .satisfies(f -> assertThat(f[1] + ":" + f[2]).isEqualTo("ana:clinician"));

        try (GutskinServer s = serve()) {
            Client boss = new Client(s.port(), Client.token(s.port(), "boss", "first-admin-pw"));
            var b = boss.get("/api/admin/branding").json();
            assertThat(b.get("labName").asText()).isEqualTo("Lab One");
            assertThat(b.get("address").asText()).isEqualTo("1 Road\nTown");
            assertThat(b.get("signatory").asText()).isEqualTo("Dr Y");
            assertThat(b.get("reportIdFormat").asText()).isEqualTo("L1-{seq:03}");
            assertThat(b.get("exampleReportId").asText()).isEqualTo("L1-001");
            assertThat(new String(boss.getBytes("/api/admin/branding/logo"), StandardCharsets.UTF_8))
                    .contains("<circle").doesNotContain("script");
            assertThat(new Client(s.port()).postJson("/api/session", Map.of("username", "ana", "password",
                    "analyst-password")).status()).as("disabled").isEqualTo(401);
        }
        assertThat(cli("", args("enable-user", "--tenant", "lab-one", "--user", "ana")).exit()).isZero();
        try (GutskinServer s = serve()) {
            assertThat(new Client(s.port()).postJson("/api/session", Map.of("username", "ana", "password",
                    "analyst-password")).status()).isEqualTo(200);
        }
    }
}
