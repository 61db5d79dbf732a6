package org.gutskin.evidence.label;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a colony-forming-unit amount from label text, in the spellings labels use: {@code 1×10^10 CFU},
 * {@code 1 x 10^8}, {@code 1x10e9}, {@code 10¹⁰}, {@code 1e10}, {@code 1.0E10 cfu/g}, {@code 10 billion live
 * cultures}, {@code 10 bn}, {@code 10B CFU}, {@code 1,5 Mrd}, {@code 500 million}, {@code 10,000,000,000 CFU}.
 * Amounts below 10^5 or above 10^14 are not doses and are ignored. When several amounts are printed the largest
 * is returned: labels that list per-strain amounts usually also print the total, which is the largest.
 */
public final class DoseParser {

    private static final String NUM = "(\\d+(?:[.,]\\d{1,3})?)";
    private static final Pattern TIMES_POWER =
            Pattern.compile(NUM + "\\s*(?:x|\\*)\\s*10\\s*(?:\\^|\\*\\*|e)?\\s*\\(?\\s*(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POWER = Pattern.compile("(?<![\\w.,])10\\s*(?:\\^|\\*\\*)\\s*\\(?(\\d{1,2})\\b");
    private static final Pattern SCIENTIFIC = Pattern.compile("(?<![\\w.])" + NUM + "\\s?e\\s?\\+?(\\d{1,2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile(NUM + "\\s*-?\\s*(trillions?|billions?|bn|bln|milliard(?:s|en)?|mrd|"
            + "millions?|mio|mln|mn)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER = Pattern.compile(NUM + "\\s*([bm])\\b(?=\\s*(?:cfu|ufc|kbe|live|viable|active|"
            + "organisms|bacteria|cultures|probiotics?|good))", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[ ,.]\\d{3}){2,}|\\d{6,})\\s*(?:cfu|ufc|"
            + "kbe|live|viable|organisms|bacteria|cultures)", Pattern.CASE_INSENSITIVE);

    private DoseParser() {}

    /** The CFU amount printed on the label, if any. */
    public static OptionalDouble parse(String text) {
        List<Double> found = all(text);
        return found.stream().mapToDouble(Double::doubleValue).max();
    }

    /** Every plausible CFU amount in the text, in order of discovery. */
    static List<Double> all(String text) {
        StringBuilder s = new StringBuilder(normalise(text));
        List<Double> out = new ArrayList<>();
        take(s, TIMES_POWER, m -> number(m.group(1)) * Math.pow(10, Integer.parseInt(m.group(2))), out);
        take(s, POWER, m -> Math.pow(10, Integer.parseInt(m.group(1))), out);
        take(s, SCIENTIFIC, m -> number(m.group(1)) * Math.pow(10, Integer.parseInt(m.group(2))), out);
        take(s, WORD, m -> number(m.group(1)) * multiplier(m.group(2)), out);
        take(s, LETTER, m -> number(m.group(1)) * (m.group(2).equalsIgnoreCase("b") ? 1e9 : 1e6), out);
        take(s, PLAIN, m -> Double.parseDouble(m.group(1).replaceAll("[ ,.]", "")), out);
        return out.stream().filter(v -> v >= 1e5 && v <= 1e14).toList();
    }

    /** Finds matches, records their values and blanks them out so a later pattern cannot read them again. */
    private static void take(StringBuilder s, Pattern p, java.util.function.ToDoubleFunction<Matcher> value,
            List<Double> out) {
        Matcher m = p.matcher(s);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            out.add(value.applyAsDouble(m));
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int[] sp : spans) for (int i = sp[0]; i < sp[1]; i++) s.setCharAt(i, ' ');
    }

    /** Superscript digits become {@code ^digits}, the multiplication sign {@code x}, the middle dot a decimal point. */
    static String normalise(String text) {
        StringBuilder b = new StringBuilder();
        boolean inSup = false;
        for (char c : text.toCharArray()) {
            int sup = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            if (sup >= 0) {
                if (!inSup) b.append('^');
                b.append((char) ('0' + sup));
                inSup = true;
                continue;
            }
            inSup = false;
            if (c == '×' || c == '✕' || c == '⋅') b.append('x');
            else if (c == '·') b.append('.');
            else if (c == '\u00a0' || c == '\u202f') b.append(' ');
            else b.append(c);
        }
        return b.toString();
    }

    /** "1,5" (decimal comma) and "1.5" both read as 1.5; "1,000" (thousands separator) as 1000. */
    private static double number(String s) {
        if (s.matches("\\d{1,3},\\d{3}")) return Double.parseDouble(s.replace(",", "")); // "1,000 million"
        return Double.parseDouble(s.replace(',', '.'));
    }

    private static double multiplier(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.startsWith("trillion")) return 1e12;
        if (w.startsWith("billion") || w.equals("bn") || w.equals("bln") || w.startsWith("milliard") || w.equals("mrd"))
            return 1e9;
        return 1e6;
    }
}
