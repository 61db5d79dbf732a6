package org.gutskin.evidence.triage;

/**
 * Where a user's question should go next: the kind of step, the condition it concerns (null if none) and a sentence
 * for the user, e.g. "Run `gutskin label …`".
 */
public record NextStep(Kind kind, String conditionId, String advice) {

    /** The destinations, most urgent first. */
    public enum Kind {
        CLINICIAN_FIRST, LABEL_CHECK, EVIDENCE_LADDER, MECHANISM_READING, REPORT, GENERAL
    }
}
