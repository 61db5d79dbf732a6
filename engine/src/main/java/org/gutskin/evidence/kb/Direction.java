package org.gutskin.evidence.kb;

/** Direction of a finding in patients relative to controls (taxon abundance or diversity). */
public enum Direction implements Vocabulary {
    INCREASED("increased"),
    DECREASED("decreased"),
    NO_DIFFERENCE("no-difference"),
    MIXED("mixed");

    private final String word;

    Direction(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
