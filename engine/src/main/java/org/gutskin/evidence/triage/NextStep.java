package org.gutskin.evidence.triage;

/**
 * Where a user's question should go next: the kind of step, the condition it concerns (null if none) and a sentence
 * for the user, e.g. "Run `gutskin label …`".
 */
public record NextStep(Kind kind, String conditionId, String advice) {

    /** The destinations, most urgent first. */
    public enum Kind {
        URGENT_CARE, CLINICIAN_FIRST, LABEL_CHECK, EVIDENCE_LADDER, MECHANISM_READING, REPORT, GENERAL;

        /** The JSON spelling ({@code urgent-care}, {@code label-check} …). */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
