package org.gutskin.cohort.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An additive model formula as R writes its right-hand side, {@code Disease + Sex + BMI}: terms are metadata
 * column names; {@code factor(X)} makes a numeric-looking column a factor. Interactions ({@code *}, {@code :}) and
 * transformations are not supported and are refused rather than misread.
 */
public record Formula(List<Term> terms) {

    /** One term: the metadata column, and whether it is forced to be a factor. */
    public record Term(String column, boolean forcedFactor) {}

    public Formula {
        terms = List.copyOf(terms);
    }

    /** Parses {@code text}; a malformed formula is an {@link IllegalArgumentException} whose message says why. */
    public static Formula parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.startsWith("~")) s = s.substring(1).strip();
        if (s.isEmpty()) throw new IllegalArgumentException("empty formula; expected terms joined by '+', e.g. \"Disease + Sex + BMI\"");
        for (String bad : List.of("*", ":", "^", "|", "-", "~"))
            if (s.contains(bad))
                throw new IllegalArgumentException("'" + bad + "' in formula \"" + text + "\": only additive terms (A + B + C) are supported");
        List<Term> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : s.split("\\+", -1)) {
            String t = part.strip();
            boolean factor = false;
            if (t.toLowerCase(Locale.ROOT).startsWith("factor(") && t.endsWith(")")) {
                t = t.substring(7, t.length() - 1).strip();
                factor = true;
            }
            if (t.isEmpty()) throw new IllegalArgumentException("empty term in formula \"" + text + "\"");
            if (t.equals("1") || t.equals("0")) throw new IllegalArgumentException("the intercept is implicit; remove '" + t + "' from \"" + text + "\"");
            if (t.contains("(") || t.contains(")")) throw new IllegalArgumentException("term '" + t + "': only column names and factor(column) are supported");
            if (!seen.add(t)) throw new IllegalArgumentException("term '" + t + "' given twice in \"" + text + "\"");
            terms.add(new Term(t, factor));
        }
        return new Formula(terms);
    }

    @Override
    public String toString() {
        return String.join(" + ", terms.stream().map(t -> t.forcedFactor() ? "factor(" + t.column() + ")" : t.column()).toList());
    }
}
