package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The lazily registered command table names each command as its own {@code @Command(name)} does. */
class CommandsTest {

    @Test
    void eachKeyIsTheCommandsOwnName() {
        Commands.ALL.forEach((name, make) ->
                assertThat(make.get().getClass().getAnnotation(CommandLine.Command.class).name()).isEqualTo(name));
    }

    @Test
    void aNamedCommandGetsOnlyItselfAndEverythingElseGetsAll() {
        CommandLine one = new CommandLine(new Main());
        Commands.registerFor(one, "--debug", "alpha", "x.tsv");
        assertThat(one.getSubcommands().keySet()).contains("alpha").doesNotContain("beta", "report");

        CommandLine all = new CommandLine(new Main());
        Commands.registerFor(all, "--help");
        List<String> names = new ArrayList<>(all.getSubcommands().keySet());
        names.remove("help");
        assertThat(names).containsExactlyElementsOf(Commands.ALL.keySet());

        CommandLine typo = new CommandLine(new Main());
        Commands.registerFor(typo, "alpah");
        assertThat(typo.getSubcommands().keySet()).containsAll(Commands.ALL.keySet());
    }

    @Test
    void helpAndAnUnknownCommandStillListEveryCommand() {
        CliRun help = CliRun.of("--help");
        for (String name : Commands.ALL.keySet()) assertThat(help.out()).contains(name);
        CliRun typo = CliRun.of("alpah");
        assertThat(typo.exit()).isEqualTo(Main.USAGE);
    }
}
