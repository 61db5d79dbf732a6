package org.gutskin.evidence.kb;

import java.util.List;

/**
 * Two or more triage answers that cannot all describe the same person (a pregnant adult and a preterm infant). Such
 * answers are kept as given, because each flag is a reason to see a clinician; the report names the conflict so the
 * person checks who the answers were about. Not a clinical statement, so it carries no citation.
 */
public record AnswerConflict(List<String> keys, String text) {

    public AnswerConflict {
        keys = List.copyOf(keys);
    }
}
