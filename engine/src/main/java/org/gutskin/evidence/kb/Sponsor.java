package org.gutskin.evidence.kb;

/**
 * Who paid for or ran a study, as its paper reports it: {@code industry} (the product's maker funded it or employs
 * authors), {@code independent} (public or charity funding, no product-maker authors), {@code mixed} (both),
 * {@code unclear} (something is reported but not enough to tell), {@code unreported} (not found in what was read).
 */
public enum Sponsor implements Vocabulary {
    INDUSTRY("industry"),
    INDEPENDENT("independent"),
    MIXED("mixed"),
    UNCLEAR("unclear"),
    UNREPORTED("unreported");

    private final String word;

    Sponsor(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    /** True when a product maker paid for the study or employs its authors. */
    public boolean industry() {
        return this == INDUSTRY || this == MIXED;
    }
}
