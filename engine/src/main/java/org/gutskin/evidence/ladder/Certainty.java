package org.gutskin.evidence.ladder;

/** GRADE's four levels of certainty, highest first; {@link CertaintyRule} assigns them. */
public enum Certainty {
    HIGH("high"),
    MODERATE("moderate"),
    LOW("low"),
    VERY_LOW("very-low");

    private final String word;

    Certainty(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** {@code steps} levels lower, never below very low. */
    public Certainty down(int steps) {
        return values()[Math.min(VERY_LOW.ordinal(), ordinal() + Math.max(0, steps))];
    }

    /** The lower of the two. */
    public Certainty min(Certainty other) {
        return ordinal() >= other.ordinal() ? this : other;
    }

    /** High or moderate: the only levels that may use "may help" / "may lower the risk". */
    public boolean atLeastModerate() {
        return this == HIGH || this == MODERATE;
    }
}
