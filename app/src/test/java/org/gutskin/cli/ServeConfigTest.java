package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.gutskin.io.InputException;
import org.gutskin.server.ServerOptions;
import org.gutskin.server.ServiceConfig;
import org.gutskin.server.ServiceConfig.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve}'s configuration (issue 15, build item 5): flag > environment > file > default, key by key; YAML
 * and properties files; secrets masked in the printed configuration; one line naming the key for a bad value.
 */
class ServeConfigTest {

    @TempDir
    Path dir;

    private ServeCommand parse(String... args) {
        ServeCommand c = new ServeCommand();
        new CommandLine(c).parseArgs(args);
        return c;
    }

    @Test
    void aFlagBeatsTheEnvironmentWhichBeatsTheFileWhichBeatsTheDefault() throws IOException {
        Path yaml = Files.writeString(dir.resolve("gutskin.yaml"), """
                port: 9001            # also set by the environment and a flag below
                max-threads: 40       # also set by the environment
                token-ttl-days: 30    # only here
                trusted-proxy: [10.0.0.5, 10.0.0.6]
                metrics-token: from-file
                """);
        Map<String, String> env = Map.of("GUTSKIN_PORT", "9002", "GUTSKIN_MAX_THREADS", "50",
                "GUTSKIN_METRICS_TOKEN", "from-env", "GUTSKIN_UNRELATED", "x");
        ServiceConfig c = parse("--config", yaml.toString(), "--port", "9003").configuration(env);

        assertThat(c.get("port")).isEqualTo("9003");
        assertThat(c.source("port")).isEqualTo(Source.FLAG);
        assertThat(c.get("max-threads")).isEqualTo("50");
        assertThat(c.source("max-threads")).isEqualTo(Source.ENV);
        assertThat(c.get("token-ttl-days")).isEqualTo("30");
        assertThat(c.source("token-ttl-days")).isEqualTo(Source.FILE);
        assertThat(c.get("metrics-token")).isEqualTo("from-env");
        // not given anywhere: the default, although picocli fills its own default into the unused option
        assertThat(c.get("max-connections-per-address")).isEqualTo("64");
        assertThat(c.source("max-connections-per-address")).isEqualTo(Source.DEFAULT);

        ServerOptions o = c.toOptions(dir);
        assertThat(o.port()).isEqualTo(9003);
        assertThat(o.limits().maxThreads()).isEqualTo(50);
        assertThat(o.limits().tokenTtl()).isEqualTo(Duration.ofDays(30));
        assertThat(o.limits().trustedProxies()).containsExactlyInAnyOrder("10.0.0.5", "10.0.0.6");
        assertThat(o.ops().metricsToken()).isEqualTo("from-env");
        assertThat(o.ops().accessLog()).isTrue();
        assertThat(o.dataDir()).isEqualTo(dir);
    }

    @Test
    void aPropertiesFileAndNoFileAtAll() throws IOException {
        Path props = Files.writeString(dir.resolve("gutskin.properties"), "host=0.0.0.0\naccess-log=false\n");
        ServiceConfig c = parse("--config", props.toString()).configuration(Map.of());
        assertThat(c.get("host")).isEqualTo("0.0.0.0");
        assertThat(c.toOptions(dir).ops().accessLog()).isFalse();

        ServiceConfig none = parse().configuration(Map.of());
        assertThat(none.get("host")).isEqualTo("127.0.0.1");
        assertThat(none.get("port")).isEqualTo("8080");
        assertThat(none.toOptions(dir).seedDemo()).isFalse();
        assertThat(parse("--no-access-log").configuration(Map.of("GUTSKIN_ACCESS_LOG", "true")).toOptions(dir).ops()
                .accessLog()).as("--no-access-log is a flag and beats the environment").isFalse();
    }

    @Test
    void secretsAreMaskedInThePrintedConfiguration() {
        ServiceConfig c = parse("--db", "jdbc:postgresql://db:5432/gutskin?user=g&password=hunter2")
                .configuration(Map.of("GUTSKIN_DB_PASSWORD", "s3cret-pw", "GUTSKIN_METRICS_TOKEN", "tok-123"));
        String printed = String.join("\n", c.describe(dir));
        assertThat(printed).doesNotContain("hunter2").doesNotContain("s3cret-pw").doesNotContain("tok-123")
                .contains("db-password = **** (env GUTSKIN_DB_PASSWORD)")
                .contains("metrics-token = **** (env GUTSKIN_METRICS_TOKEN)")
                .contains("db = jdbc:postgresql://db:5432/gutskin?user=g&password=**** (flag)")
                .contains("port = 8080 (default)")
                .as("an unset data-dir is printed as the directory the service uses, not as (none)")
                .contains("data-dir = " + dir + " (default)");
        assertThat(c.describe(dir)).hasSize(ServiceConfig.KEYS.size());
    }

    @Test
    void everyKeyHasItsFlagWithTheSameDefault() {
        CommandLine.Model.CommandSpec spec = new CommandLine(new ServeCommand()).getCommandSpec();
        for (ServiceConfig.Key k : ServiceConfig.KEYS) {
            CommandLine.Model.OptionSpec o = spec.findOption("--" + k.name());
            if (!k.hasFlag()) {
                assertThat(o).as("a secret has no flag: " + k.name()).isNull();
                continue;
            }
            assertThat(o).as("--" + k.name()).isNotNull();
            if (o.defaultValue() != null) assertThat(o.defaultValue()).as("--" + k.name()).isEqualTo(k.defaultValue());
        }
    }

    @Test
    void aBadSettingIsOneLineNamingItAndWhereItCameFrom() throws IOException {
        assertThatThrownBy(() -> parse().configuration(Map.of("GUTSKIN_PORT", "eighty")).toOptions(dir))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.describe())
                        .isEqualTo("GUTSKIN_PORT: port: expected a whole number of at least 0, not 'eighty'"));
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "prot: 80\n");
        assertThatThrownBy(() -> parse("--config", typo.toString()).configuration(Map.of()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.describe())
                        .startsWith("typo.yaml: unknown setting 'prot'; expected one of host, port, data-dir"));
    }
}
