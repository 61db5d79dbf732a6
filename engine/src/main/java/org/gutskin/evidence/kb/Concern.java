package org.gutskin.evidence.kb;

/**
 * A curated problem with one study that the certainty rule reads: {@code high-heterogeneity} (I² of 75 % or more
 * between pooled trials), {@code inconsistent-ci} (a reported confidence interval that does not fit its estimate),
 * {@code unblinded-assessment} (outcome assessors knew the allocation), {@code authors-judge-not-robust} (the
 * authors themselves conclude the benefit is not robustly shown).
 */
public enum Concern implements Vocabulary {
    HIGH_HETEROGENEITY("high-heterogeneity"),
    INCONSISTENT_CI("inconsistent-ci"),
    UNBLINDED_ASSESSMENT("unblinded-assessment"),
    AUTHORS_JUDGE_NOT_ROBUST("authors-judge-not-robust");

    private final String word;

    Concern(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
