package org.gutskin.cli;

import picocli.CommandLine;

/** The one place where the subcommands are wired in, in the order {@code --help} lists them. */
final class Commands {

    private Commands() {}

    static void register(CommandLine cl) {
        cl.addSubcommand(new InspectCommand());
        cl.addSubcommand(new ConvertCommand());
        cl.addSubcommand(new AlphaCommand());
        cl.addSubcommand(new BetaCommand());
        cl.addSubcommand(new ScoreCommand());
        cl.addSubcommand(new EvaluateCommand());
        cl.addSubcommand(new ReportCommand());
        cl.addSubcommand(new LabelCommand());
        cl.addSubcommand(new EvidenceCommand());
        cl.addSubcommand(new CohortCommand());
        cl.addSubcommand(new ReplicateCommand());
        cl.addSubcommand(new ServeCommand());
    }
}
