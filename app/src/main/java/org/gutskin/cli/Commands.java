package org.gutskin.cli;

import picocli.CommandLine;

/** The one place where the subcommands are wired in, in the order {@code --help} lists them. */
final class Commands {

    private Commands() {}

    static void register(CommandLine cl) {
        add(cl, new InspectCommand());
        add(cl, new ConvertCommand());
        add(cl, new AlphaCommand());
        add(cl, new BetaCommand());
        add(cl, new ScoreCommand());
        add(cl, new EvaluateCommand());
        add(cl, new ReportCommand());
        add(cl, new LabelCommand());
        add(cl, new EvidenceCommand());
        add(cl, new CohortCommand());
        add(cl, new ReplicateCommand());
        add(cl, new ServeCommand());
    }

    /**
     * Adds one subcommand through its own {@code CommandLine}: picocli applies a command's {@code modelTransformer}
     * (the help lines generated from a registry, {@link RegistryNames}) only when it builds the {@code CommandLine}.
     */
    private static void add(CommandLine cl, Object command) {
        cl.addSubcommand(new CommandLine(command));
    }
}
