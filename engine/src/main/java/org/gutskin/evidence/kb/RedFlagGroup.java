package org.gutskin.evidence.kb;

/** The three kinds of triage question, in the order a form asks them: skin signs, gut signs, safety context. */
public enum RedFlagGroup implements Vocabulary {
    SKIN("skin", "Your skin"),
    GUT("gut", "Your gut"),
    SAFETY_CONTEXT("safety-context", "Before any probiotic or supplement");

    private final String word;
    private final String title;

    RedFlagGroup(String word, String title) {
        this.word = word;
        this.title = title;
    }

    @Override
    public String word() {
        return word;
    }

    /** The heading a form or report shows above this group's questions. */
    public String title() {
        return title;
    }
}
