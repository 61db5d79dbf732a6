package org.gutskin.evidence.triage;

import java.util.ArrayList;
import java.util.List;
import org.gutskin.evidence.text.EditDistance;
import org.gutskin.evidence.text.Words;
import org.gutskin.evidence.text.Words.Word;

/**
 * A phrase of the alarm vocabulary, compiled to stems: {@code "blood in * stool"} matches "blood in my stool" and
 * "blood in the poo… stool"; {@code *} is a gap of up to three words, {@code #} any number, {@code #<=4} a number no
 * larger than 4 (ages in weeks). Words compare by stem, allowing one typo in words of five letters or more and two
 * from eight ("diarhea", "pregant") when the first letter agrees. A phrase never crosses a clause boundary.
 */
final class Phrase {

    private static final int MAX_GAP = 3;

    private sealed interface Term permits Stem, Gap, Num {}

    private record Stem(String stem) implements Term {}

    private record Gap() implements Term {}

    private record Num(int max) implements Term {}

    private final String text;
    private final List<Term> terms;
    private final boolean typos;

    private Phrase(String text, List<Term> terms, boolean typos) {
        this.text = text;
        this.terms = terms;
        this.typos = typos;
    }

    /** A phrase whose words may carry a typo (alarm words: "fevar"). */
    static Phrase of(String text) {
        return of(text, true);
    }

    /**
     * A phrase matched exactly ({@code typos} false: the short cue words "no", "want", "small" are one letter from
     * "now", "wasnt", "smell").
     */
    static Phrase of(String text, boolean typos) {
        List<Term> terms = new ArrayList<>();
        for (String piece : text.trim().split("\\s+")) {
            if (piece.equals("*")) terms.add(new Gap());
            else if (piece.equals("#")) terms.add(new Num(Integer.MAX_VALUE));
            else if (piece.startsWith("#<=")) terms.add(new Num(Integer.parseInt(piece.substring(3))));
            else for (Word w : Words.of(piece)) if (!w.boundary()) terms.add(new Stem(w.stem()));
        }
        if (terms.isEmpty() || !(terms.get(0) instanceof Stem || terms.get(0) instanceof Num))
            throw new IllegalArgumentException("phrase '" + text + "' must start with a word or a number");
        return new Phrase(text, List.copyOf(terms), typos);
    }

    String text() {
        return text;
    }

    /** The end (exclusive) of a match starting at {@code start}, or -1. */
    int matchAt(List<Word> words, int start) {
        return match(words, start, 0);
    }

    private int match(List<Word> words, int i, int t) {
        if (t == terms.size()) return i;
        Term term = terms.get(t);
        if (term instanceof Gap) {
            for (int g = 0; g <= MAX_GAP; g++) {
                int end = match(words, i + g, t + 1);
                if (end >= 0) return end;
                if (i + g >= words.size() || words.get(i + g).boundary()) break;
            }
            return -1;
        }
        if (i >= words.size() || words.get(i).boundary()) return -1;
        Word w = words.get(i);
        boolean ok = term instanceof Num n ? w.number() && w.stem().length() < 9 && Integer.parseInt(w.stem()) <= n.max()
                : typos ? same(w.stem(), ((Stem) term).stem()) : w.stem().equals(((Stem) term).stem());
        return ok ? match(words, i + 1, t + 1) : -1;
    }

    /** Stems equal, or one (two from eight letters) typo apart with the same first letter. */
    static boolean same(String word, String stem) {
        if (word.equals(stem)) return true;
        if (stem.length() < 5 || word.isEmpty() || word.charAt(0) != stem.charAt(0)) return false;
        if (word.chars().anyMatch(Character::isDigit)) return false;
        return EditDistance.close(word, stem);
    }

    /** The first match in {@code words[from, to)}: {start, end}, or null. */
    int[] find(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            int end = matchAt(words, i);
            if (end >= 0 && end <= to) return new int[] {i, end};
        }
        return null;
    }
}
