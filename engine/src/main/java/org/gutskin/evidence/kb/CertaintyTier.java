package org.gutskin.evidence.kb;

/** Certainty of the gut-skin evidence for a condition as a whole (none reaches {@code higher} today). */
public enum CertaintyTier implements Vocabulary {
    HIGHER("higher"),
    MODERATE("moderate"),
    LOWER("lower");

    private final String word;

    CertaintyTier(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
