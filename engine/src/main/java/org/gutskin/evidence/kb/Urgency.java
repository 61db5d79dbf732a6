package org.gutskin.evidence.kb;

/**
 * How soon a raised red flag needs a clinician. The two words are the contract's flagged routes, most urgent first:
 * {@code urgent-care} (same day or emergency) and {@code clinician-first} (before acting on anything in a report).
 */
public enum Urgency implements Vocabulary {
    URGENT_CARE("urgent-care"),
    CLINICIAN_FIRST("clinician-first");

    private final String word;

    Urgency(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
