package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/cli-reference.md is generated from the picocli definitions (so from the registries too): every command's
 * usage help, in the order {@code gutskin --help} lists them. The test fails when the committed file differs, and
 * says how to regenerate it.
 */
class CliReferenceTest {

    static final Path FILE = Path.of("..", "docs", "cli-reference.md");
    static final String REGENERATE = "./mvnw -B -o -pl app -am test -Dtest=CliReferenceTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dgutskin.regenerate=true";

    /** The reference as markdown: one section per command, its help as picocli prints it at 100 columns. */
    static String render() {
        CommandLine root = Main.commandLine();
        StringBuilder md = new StringBuilder();
        md.append("# gutskin command-line reference\n\n");
        md.append("Generated from the commands' picocli definitions (the metric, format, condition and verdict lists come "
                + "from their registries); do not edit by hand. Regenerate with\n`").append(REGENERATE)
                .append("`.\nExit codes and the commands' behaviour in prose: [cli.md](cli.md).\n\n");
        md.append("| command | what it does |\n|---|---|\n");
        for (var e : root.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) continue;
            String[] d = e.getValue().getCommandSpec().usageMessage().description();
            md.append("| [`").append(e.getKey()).append("`](#gutskin-").append(e.getKey()).append(") | ")
                    .append(d.length == 0 ? "" : d[0].replace("%%", "%").replace("|", "\\|")).append(" |\n");
        }
        section(md, "gutskin", root, false);
        for (var e : root.getSubcommands().entrySet())
            if (!e.getKey().equals("help")) section(md, "gutskin " + e.getKey(), e.getValue(), true);
        return md.toString();
    }

    private static void section(StringBuilder md, String title, CommandLine cl, boolean nested) {
        cl.setUsageHelpWidth(100);
        cl.setUsageHelpLongOptionsMaxWidth(30);
        String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing();
        md.append("\n## ").append(title).append("\n\n```text\n").append(usage).append("\n```\n");
        // nested commands (gutskin admin create-user …) get their own sections, so every option is documented
        if (nested) cl.getSubcommands().forEach((name, sub) -> section(md, title + " " + name, sub, true));
    }

    @Test
    void theCommittedReferenceIsTheGeneratedOne() throws IOException {
        String generated = render();
        if (Boolean.getBoolean("gutskin.regenerate")) Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        assertThat(Files.exists(FILE)).as(FILE + " is missing; regenerate it: " + REGENERATE).isTrue();
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("docs/cli-reference.md differs from the picocli definitions; regenerate it: " + REGENERATE)
                .isEqualTo(generated);
    }
}
