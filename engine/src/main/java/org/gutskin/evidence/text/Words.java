package org.gutskin.evidence.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Free text as words for matching: Lucene's Unicode word-break tokenizer (UAX #29, so "3-week-old" is three words
 * and "hasn't" one), accents folded to ASCII, lower case, and each word's Snowball (Porter 2) English stem, so
 * "blisters", "blistering" and "blistered" meet one phrase. Number words up to twelve, and "a couple", read as
 * digits so durations and ages compare as numbers; "hasn't" and "cannot" are read as "has not", "can not". Punctuation that ends a clause ({@code , ; : . ! ?} and line
 * breaks) is kept as a {@link Word#boundary()} word: negation and history never reach across it.
 */
public final class Words {

    /** One word: as written (lower case, folded), its stem, and where it starts in the text. */
    public record Word(String surface, String stem, int start, int end, boolean boundary) {

        /** True for a number (written as digits or as a word). */
        public boolean number() {
            return !boundary && !stem.isEmpty() && stem.chars().allMatch(Character::isDigit);
        }
    }

    private static final Map<String, String> NUMBERS = Map.ofEntries(Map.entry("one", "1"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("couple", "2"),
            Map.entry("few", "3"), Map.entry("several", "3"));

    private Words() {}

    /** The words of {@code text}, with clause boundaries. */
    public static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        String t = text == null ? "" : text;
        EnglishStemmer stemmer = new EnglishStemmer();
        try (StandardTokenizer tok = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(new ASCIIFoldingFilter(tok))) {
            tok.setReader(new StringReader(t));
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int last = 0;
            while (ts.incrementToken()) {
                addBoundaries(t, last, off.startOffset(), out);
                String surface = term.toString().replace('\u2019', '\'');
                int st = off.startOffset(), en = off.endOffset();
                String base = surface.endsWith("n't") && surface.length() > 3 ? surface.substring(0, surface.length() - 3)
                        : surface.equals("cannot") ? "can" : null;
                if (base != null) { // "hasn't" and "cannot" read as two words, so "not" is one negation word
                    out.add(new Word(base, stem(stemmer, base), st, en, false));
                    out.add(new Word("not", "not", st, en, false));
                } else {
                    out.add(new Word(surface, stem(stemmer, surface), st, en, false));
                }
                last = off.endOffset();
            }
            addBoundaries(t, last, t.length(), out);
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    /** The stem of one word as {@link #of} computes it (for phrases written in data files). */
    public static String stem(String word) {
        return stem(new EnglishStemmer(), word.toLowerCase(java.util.Locale.ROOT));
    }

    private static String stem(EnglishStemmer stemmer, String surface) {
        String n = NUMBERS.get(surface);
        if (n != null) return n;
        if (surface.chars().allMatch(Character::isDigit)) return surface;
        stemmer.setCurrent(surface);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static void addBoundaries(String t, int from, int to, List<Word> out) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (",;:.!?\n()".indexOf(c) >= 0) {
                Word w = new Word(String.valueOf(c), String.valueOf(c), i, i + 1, true);
                if (!out.isEmpty() && out.get(out.size() - 1).boundary()) {
                    if (sentenceEnd(w)) out.set(out.size() - 1, w); // a clause mark then a full stop: one sentence end
                    continue;
                }
                out.add(w);
            }
        }
    }

    /** True when this boundary ends a sentence (not just a clause). */
    public static boolean sentenceEnd(Word w) {
        return w.boundary() && ".!?;\n".contains(w.surface());
    }
}
