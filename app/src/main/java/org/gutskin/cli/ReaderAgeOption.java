package org.gutskin.cli;

import org.gutskin.evidence.kb.AgeBand;
import org.gutskin.io.InputException;
import org.gutskin.report.ReportRequest;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --age} option {@code gutskin evidence} and {@code gutskin report} share: the reader's age band, whose
 * trial lanes come first. Read by {@link ReportRequest#readerAge}, as the service reads {@code age=}, so the message is
 * the same; a value it refuses is a usage error (exit 2) in both commands.
 */
final class ReaderAgeOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--age", paramLabel = "YEARS|infant|child|adult",
            description = "The reader's age (years, or infant, child, adult): the trial lanes for that age band come"
                    + " first and are marked; without it every lane is shown, labelled.")
    String age;

    /** The age as given, or null. */
    String text() {
        return age;
    }

    /** The age band asked for, or null when none was given. */
    AgeBand band() {
        try {
            return ReportRequest.readerAge(age);
        } catch (InputException e) {
            throw new CommandLine.ParameterException(command.commandLine(), e.getMessage());
        }
    }
}
