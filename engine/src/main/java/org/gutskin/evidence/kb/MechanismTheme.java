package org.gutskin.evidence.kb;

/** The gut-skin mechanism a statement concerns: barrier and immune signalling, short-chain fatty acids and other metabolites, or small intestinal bacterial overgrowth. */
public enum MechanismTheme implements Vocabulary {
    BARRIER_IMMUNE("barrier-immune"),
    METABOLITES("metabolites"),
    SIBO("sibo");

    private final String word;

    MechanismTheme(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
