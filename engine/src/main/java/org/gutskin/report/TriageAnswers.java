package org.gutskin.report;

import java.nio.file.Path;
import java.util.Map;
import org.gutskin.evidence.triage.Triage;

/**
 * The {@code --answers} argument of the contract: inline JSON when it starts with '{', otherwise a file; parsed and
 * checked by the evidence layer's {@link Triage} (unknown key, non-boolean or malformed JSON: input error).
 */
public final class TriageAnswers {

    private TriageAnswers() {}

    public static Map<String, Boolean> parseArgument(String arg) {
        String t = arg.strip();
        if (t.startsWith("{")) return Triage.parseAnswers(t, "--answers");
        Path p = Path.of(arg);
        if (!java.nio.file.Files.isRegularFile(p))
            throw new org.gutskin.profile.InputException(p, 0, "no such answers file");
        return Triage.readAnswers(p);
    }
}
