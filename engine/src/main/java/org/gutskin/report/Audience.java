package org.gutskin.report;

import java.util.Arrays;
import java.util.Locale;
import org.gutskin.io.InputException;

/**
 * Who a report is written for ({@code --audience}, {@code ?audience=}). {@link #FULL}, the default, is the report
 * the contract describes: every section, every condition asked. {@link #CLINICIAN}: a summary of at most two
 * printed pages for one condition (route and red flags, sample QC, key measures against the reference, one line per
 * condition, the checklist), then the full ladders and interventions as an appendix. {@link #PATIENT}: the same
 * facts in plain language with a glossary. Every audience keeps the red flags and "not medical advice" first.
 */
public enum Audience {
    FULL("full"), CLINICIAN("clinician"), PATIENT("patient");

    private final String word;

    Audience(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The audience named by {@code text}; null or blank is {@link #FULL}. Anything else is an input error. */
    public static Audience of(String text) {
        if (text == null || text.isBlank()) return FULL;
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Audience a : values()) if (a.word.equals(t)) return a;
        throw new InputException("audience", 0, "unknown audience '" + text + "' (expected one of: "
                + String.join(", ", Arrays.stream(values()).map(Audience::word).toList()) + ")", null);
    }
}
