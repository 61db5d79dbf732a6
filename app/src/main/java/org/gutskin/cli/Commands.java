package org.gutskin.cli;

import picocli.CommandLine;

/** The one place where the subcommands are wired in, in the order {@code --help} lists them. */
final class Commands {

    private Commands() {}

    static void register(CommandLine cl) {
        // each issue's command is added here, e.g. cl.addSubcommand(new InspectCommand());
        cl.addSubcommand(new InspectCommand());
        cl.addSubcommand(new ConvertCommand());
        cl.addSubcommand(new AlphaCommand());
        cl.addSubcommand(new BetaCommand());
    }
}
