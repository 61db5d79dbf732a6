package org.gutskin.cli;

import org.gutskin.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gutskin} command line. Exit codes (the contract users' scripts rely on): 0 success, 1 internal
 * error, 2 usage error, 3 bad input. Errors are one line on stderr; a stack trace only with {@code --debug}.
 */
@Command(name = "gutskin", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Evidence-graded gut-skin axis reports from gut (and skin) microbiome profiles.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0, INTERNAL = 1, USAGE = 2, BAD_INPUT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print a stack trace with an error.")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        // `gutskin --version` answers before picocli is loaded: picocli's classes are Java 5 class files, which the
        // JVM verifies slowly and a dynamic AppCDS archive cannot hold, so building its model is most of the
        // command's ~0.3 CPU s; this path prints the same line as the picocli version provider (Version)
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println(Version.line());
            System.exit(OK);
        }
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(new Main());
        Commands.registerFor(cl, args);
        cl.setExecutionExceptionHandler((ex, line, parse) -> report(ex, line, debug));
        // a usage error is one line too (the contract), pointing at the command's --help
        cl.setParameterExceptionHandler((ex, args2) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("gutskin: " + ex.getMessage() + " (see '" + c.getCommandSpec().qualifiedName()
                    + " --help')");
            if (debug) ex.printStackTrace(c.getErr());
            return USAGE;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("gutskin: the input does not fit in memory; give the JVM more (JAVA_OPTS=-Xmx…)");
            return BAD_INPUT;
        } catch (Error e) {
            // picocli hands only Exceptions to the handler; an Error (e.g. a failed class initialiser) lands here
            System.err.println("gutskin: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            if (debug) e.printStackTrace();
            return INTERNAL;
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        Commands.register(cl);
        return cl;
    }

    private static int report(Exception ex, CommandLine line, boolean debug) {
        Throwable t = ex;
        while (!(t instanceof InputException) && t.getCause() != null && t.getCause() != t) t = t.getCause();
        if (t instanceof InputException ie) {
            line.getErr().println("gutskin: " + ie.describe());
            if (debug) ex.printStackTrace(line.getErr());
            return BAD_INPUT;
        }
        line.getErr().println("gutskin: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
        if (debug) ex.printStackTrace(line.getErr());
        return INTERNAL;
    }
}
