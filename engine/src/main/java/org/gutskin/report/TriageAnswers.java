package org.gutskin.report;

import java.nio.file.Path;
import java.util.Map;
import org.gutskin.evidence.triage.Triage;

/**
 * The {@code --answers} argument of the contract: inline JSON when it starts with '{', otherwise a file; parsed and
 * checked by the evidence layer's {@link Triage} (unknown key, non-boolean or malformed JSON: input error). The
 * report's doors read it through {@link ReportRequest#answers}; {@code gutskin evidence} through this.
 */
public final class TriageAnswers {

    private TriageAnswers() {}

    public static Map<String, Boolean> parseArgument(String arg) {
        return ReportRequest.answers(arg, ReportRequest.AnswersFrom.INLINE_OR_FILE);
    }

    /** Answers from a file (a JSON object of booleans); a missing file is an input error naming it. */
    static Map<String, Boolean> readFile(String name) {
        Path p = Path.of(name);
        if (!java.nio.file.Files.isRegularFile(p))
            throw new org.gutskin.io.InputException(p, 0, "no such answers file");
        return Triage.readAnswers(p);
    }
}
