package org.gutskin.evidence.kb;

/** Where a microbiome finding was measured. */
public enum BodySite implements Vocabulary {
    GUT("gut"),
    SKIN("skin");

    private final String word;

    BodySite(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
