package org.gutskin.evidence.kb;

import java.util.Locale;

/**
 * The reader's or a study population's age band: {@code infant} (under 1 year; pregnancy-and-infancy supplementation
 * is counted here, the infant being the one whose eczema is measured), {@code child} (1–17 years), {@code adult}
 * (18 years and over).
 */
public enum AgeBand implements Vocabulary {
    INFANT("infant", "Infants"),
    CHILD("child", "Children"),
    ADULT("adult", "Adults");

    private final String word;
    private final String label;

    AgeBand(String word, String label) {
        this.word = word;
        this.label = label;
    }

    @Override
    public String word() {
        return word;
    }

    /** "Infants", "Children", "Adults". */
    public String label() {
        return label;
    }

    /** The band of an age in whole years: under 1 infant, 1–17 child, 18 and over adult. */
    public static AgeBand ofYears(double years) {
        if (!(years >= 0) || Double.isInfinite(years) || years > 150)
            throw new IllegalArgumentException("age: expected years from 0 to 150 (or infant, child, adult), got "
                    + years);
        return years < 1 ? INFANT : years < 18 ? CHILD : ADULT;
    }

    /**
     * Reads an age ({@code --age}, {@code age=}): a number of years ({@code 0.5}, {@code 7}, {@code 42}) or one of {@code infant},
     * {@code child}, {@code adult}; anything else is an {@link IllegalArgumentException} naming the value.
     */
    public static AgeBand parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (AgeBand b : values()) if (b.word.equals(t)) return b;
        try {
            return ofYears(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("age '" + text + "': expected years (e.g. 7) or infant, child, adult");
        }
    }

    /** The bands a trial population covers ({@code maternal-infant} = infant; {@code mixed} = all three). */
    public static java.util.List<AgeBand> of(Population p) {
        return switch (p) {
            case INFANT, MATERNAL_INFANT -> java.util.List.of(INFANT);
            case CHILD -> java.util.List.of(CHILD);
            case ADULT -> java.util.List.of(ADULT);
            case MIXED -> java.util.List.of(INFANT, CHILD, ADULT);
        };
    }
}
