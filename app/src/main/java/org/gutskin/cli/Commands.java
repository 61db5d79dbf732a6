package org.gutskin.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The one place where the subcommands are wired in, in the order {@code --help} lists them.
 *
 * <p>picocli builds each command's model by reflection when it is added, and that (not the JVM) is most of a
 * command's start-up. A command line that names its command therefore gets only that command; everything else
 * ({@code --help}, {@code --version}, a typo, completion) gets all of them, so help and error messages are unchanged.
 * The keys must equal each command's {@code @Command(name)}; {@code CommandsTest} checks that.
 */
final class Commands {

    private Commands() {}

    /*
     * Lambdas, not constructor references: a method reference is resolved (its class loaded and verified) when the
     * map is built, which loaded all twelve command classes and what their verification pulls in (AWT among them)
     * for every command; a lambda's body is resolved only when it runs.
     */
    static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("inspect", () -> new InspectCommand());
        ALL.put("convert", () -> new ConvertCommand());
        ALL.put("alpha", () -> new AlphaCommand());
        ALL.put("beta", () -> new BetaCommand());
        ALL.put("score", () -> new ScoreCommand());
        ALL.put("evaluate", () -> new EvaluateCommand());
        ALL.put("report", () -> new ReportCommand());
        ALL.put("label", () -> new LabelCommand());
        ALL.put("evidence", () -> new EvidenceCommand());
        ALL.put("cohort", () -> new CohortCommand());
        ALL.put("replicate", () -> new ReplicateCommand());
        ALL.put("serve", () -> new ServeCommand());
        ALL.put("admin", () -> new AdminCommand());
    }

    static void register(CommandLine cl) {
        ALL.values().forEach(s -> add(cl, s.get()));
    }

    /**
     * Only the command the arguments name (the first argument that is not an option), none for a bare
     * {@code --version}, and all of them otherwise.
     */
    static void registerFor(CommandLine cl, String... args) {
        // --version alone needs no command model at all
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) return;
        for (String a : args) {
            if (a.startsWith("-")) continue;
            Supplier<Object> one = ALL.get(a);
            if (one == null) break;
            add(cl, one.get());
            return;
        }
        register(cl);
    }

    /**
     * Adds one subcommand through its own {@code CommandLine}: picocli applies a command's {@code modelTransformer}
     * (the help lines generated from a registry, {@link RegistryNames}) only when it builds the {@code CommandLine}.
     */
    private static void add(CommandLine cl, Object command) {
        cl.addSubcommand(new CommandLine(command));
    }
}
