package org.gutskin.evidence.kb;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A clinical term, score or unit explained in plain words for the patient view ({@code glossary.yaml}). The term and
 * its {@code aliases} are the spellings that make it appear in a report (whole words, any case: "PASI75", "PASI
 * 75"); {@code plain} is the explanation, written for a reading level of school grade 8 or below. An explanation
 * that states a fact (a score's range, who made it) cites its source; one that only says what a word means may cite
 * none.
 */
public record GlossaryTerm(String id, String term, List<String> aliases, String plain, List<Citation> citations) {

    public GlossaryTerm {
        aliases = List.copyOf(aliases);
        citations = List.copyOf(citations);
    }

    /** True when the term or one of its aliases appears in {@code text} as a whole word (any case). */
    public boolean appearsIn(String text) {
        if (text == null || text.isEmpty()) return false;
        for (String s : spellings()) {
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(s) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            if (p.matcher(text).find()) return true;
        }
        return false;
    }

    private List<String> spellings() {
        List<String> out = new java.util.ArrayList<>(aliases);
        out.add(0, term);
        return out.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
