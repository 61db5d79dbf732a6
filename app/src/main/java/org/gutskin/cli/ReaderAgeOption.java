package org.gutskin.cli;

import org.gutskin.evidence.kb.AgeBand;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --age} option {@code gutskin evidence} and {@code gutskin report} share: the reader's age band, whose
 * trial lanes come first. A value {@link AgeBand#parse} refuses is a usage error (exit 2) in both.
 */
final class ReaderAgeOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--age", paramLabel = "YEARS|infant|child|adult",
            description = "The reader's age (years, or infant, child, adult): the trial lanes for that age band come"
                    + " first and are marked; without it every lane is shown, labelled.")
    String age;

    /** The age band asked for, or null when none was given. */
    AgeBand band() {
        if (age == null) return null;
        try {
            return AgeBand.parse(age);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(command.commandLine(), e.getMessage());
        }
    }
}
