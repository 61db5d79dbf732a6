package org.gutskin.evidence.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gutskin.evidence.text.EditDistance;

/**
 * Reads the dose a label prints: the amount per serving, its unit, and the servings per day.
 *
 * <p>Amounts, in the spellings labels use: {@code 1×10^10 CFU}, {@code 1 x 10^8}, {@code 1x10e9}, {@code 10¹⁰},
 * {@code 1e10}, {@code 1.0E10 cfu/g}, {@code 10 billion live cultures}, {@code ten billion}, {@code 10 bn},
 * {@code 10B CFU}, {@code 1,5 Mrd}, {@code 20 Milliarden}, {@code 10 miliardi}, {@code 10 mil millones},
 * {@code 500 million}, {@code 10,000,000,000 CFU}; number words may be misspelt within {@link EditDistance#budget}
 * ("bilion", "billon", "milion"). Counts below 10^5 or above 10^14 are not doses and are ignored. When several
 * counts are printed the largest is the serving's amount: labels that list per-strain amounts usually also print the
 * total, which is the largest.
 *
 * <p>Units: a count followed by {@code AFU} ("active fluorescent units", counted by flow cytometry) is AFU, never
 * CFU; otherwise a count is CFU. A label that prints no count but an mg weight next to a probiotic word
 * ("Bacillus coagulans 100 mg") has an mg dose.
 *
 * <p>Servings per day: an amount printed per day ("per daily dose", "CFU/day") is one serving; otherwise the
 * frequency words ("twice daily", "2x daily", "three times a day", "BID", "TID", "morning and evening") multiply,
 * and so does the number of units taken when the amount is printed per unit ("per capsule … take 2 capsules
 * daily"; "per 2 capsules … take 2 capsules" is one serving). With no frequency printed, one serving a day.
 */
public final class DoseParser {

    private static final String NUM = "(\\d+(?:[.,]\\d{1,3})?)";
    /** The exponent ends at a word boundary, or runs into a word glued to it ("x 107lebenden Zellen", a flattened 10⁷). */
    private static final String EXPONENT_END = "(?:\\b|(?=[a-z]{3}))";
    private static final Pattern TIMES_POWER =
            Pattern.compile(NUM + "\\s*(?:x|\\*)\\s*10\\s*(?:\\^|\\*\\*|e)?\\s*\\(?\\s*(\\d{1,2})" + EXPONENT_END, Pattern.CASE_INSENSITIVE);
    /** "1,5 – 4,5 x 10^7": a range of counts, read at its lower end. */
    private static final Pattern RANGE_POWER = Pattern.compile("(?<![\\w.,])(\\d{1,3}(?:[.,]\\d{1,3})?)\\s*[-\u2013]\\s*(\\d{1,3}(?:[.,]\\d{1,3})?)\\s*(?:x|\\*)\\s*10\\s*"
            + "(?:\\^|\\*\\*|e)?\\s*\\(?\\s*(\\d{1,2})" + EXPONENT_END, Pattern.CASE_INSENSITIVE);
    private static final Pattern POWER = Pattern.compile("(?<![\\w.,])10\\s*(?:\\^|\\*\\*)\\s*\\(?(\\d{1,2})\\b");
    private static final Pattern SCIENTIFIC = Pattern.compile("(?<![\\w.])" + NUM + "\\s?e\\s?\\+?(\\d{1,2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("hundred", 100));
    private static final Pattern MIL_MILLONES = Pattern.compile(NUM + "\\s*mil\\s+mill?on(?:es)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("(\\d+(?:[.,]\\d{1,3})?|\\b(?:" + String.join("|", NUMBER_WORDS.keySet())
            + "))\\s*-?\\s*([A-Za-z]{2,12})\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER = Pattern.compile(NUM + "\\s*([bm])\\b(?=\\s*[\"'\u201c\u201d\u201e]?\\s*(?:cfu|ufc|kbe|afu|live|viable|active|"
            + "organisms|bacteria|cultures|probiotics?|good))", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[ ,.]\\d{3}){2,}|\\d{6,})\\s*(?=(?:cfu|ufc|"
            + "kbe|afu|keime|live|viable|organisms|bacteria|cultures))", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFU = Pattern.compile("^[\\s*)\\]\"'\u201c\u201d\u201e]*(?:cells\\s+)?(?:afu|active fluorescent)", Pattern.CASE_INSENSITIVE);
    /** An mg weight ("250 mg", "250 Milligramm"); a range ("250 bis 500 Milligramm") is read at its lower end. */
    private static final Pattern MG = Pattern.compile("(?<![\\w.,])(\\d+(?:[.,]\\d+)?)(?:\\s*(?:-|\u2013|bis|to|à|a)\\s*\\d+(?:[.,]\\d+)?)?"
            + "\\s*(?:mg|milligramm|milligrammes?|milligrams?|miligramos?|milligrammi)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROBIOTIC_WORD = Pattern.compile("(?i)(bacill|lactobac|bifido|coagulans|sporogenes|"
            + "probiotic|culture|strain|saccharomyces|boulardii|clostridium|streptococcus|enterococcus|hefe|levur|levadura)");

    /** Short spellings read exactly; long ones allow typos. */
    private static final Map<String, Double> EXACT = Map.of("bn", 1e9, "bln", 1e9, "mrd", 1e9, "mio", 1e6, "mln", 1e6,
            "mn", 1e6);
    private static final Map<String, Double> LONG = Map.ofEntries(Map.entry("trillion", 1e12), Map.entry("trillions", 1e12),
            Map.entry("billion", 1e9), Map.entry("billions", 1e9), Map.entry("milliard", 1e9), Map.entry("milliards", 1e9),
            Map.entry("milliarden", 1e9), Map.entry("miliardi", 1e9), Map.entry("miliardo", 1e9),
            Map.entry("million", 1e6), Map.entry("millions", 1e6), Map.entry("millionen", 1e6), Map.entry("milioni", 1e6),
            Map.entry("millones", 1e6));

    // ---------------------------------------------------------------- frequency
    private static final String UNIT = "(?:capsules?|caps|vcaps|veg(?:etarian)?\\s*caps(?:ules)?|tablets?|tabs|sachets?|"
            + "sticks?|stick packs?|drops|gummies|gummy|softgels?|lozenges?|chewables?|chewable tablets?|scoops?|pearls?|"
            + "packets?|servings?|bottles?|shots?|vials?|tropfen|gocce|gouttes|gotas|g[ée]lules?|comprim[ée]s?|sachets?-doses?|bustin[ae]|flaconcin[oi])";
    private static final String COUNT = "(\\d+|one|two|three|four|five|six)";
    private static final Pattern PER_UNITS = Pattern.compile("\\b(?:per|each|in|/)\\s*(?:" + COUNT + "\\s*)?" + UNIT + "\\b");
    private static final Pattern SERVING_SIZE = Pattern.compile("serving size:?\\s*" + COUNT + "\\s*" + UNIT);
    private static final Pattern PER_DAY = Pattern.compile("(?:per|a|each)\\s+(?:daily\\s+)?(?:day|dose|daily dose|daily serving)\\b|"
            + "/\\s*(?:day|d)\\b|\\bdaily dose\\b|\\bper daily\\b|\\bpro tag\\b|\\bpar jour\\b|\\bal d[ií]a\\b|\\bal giorno\\b");
    private static final Pattern TAKE = Pattern.compile("(?:take|use|give|chew|dissolve|consume|adults?:?|children:?|"
            + "directions:?|dosage:?|suggested use:?|recommended (?:daily )?(?:use|dose|intake):?|einnahme:?|t[aä]glich)\\s*(?:up to\\s*)?"
            + COUNT + "(?:\\s*(?:-|to|or|à)\\s*(?:\\d+|two|three|four))?\\s*" + UNIT + "|\\b" + COUNT
            + "(?:\\s*(?:-|to|or|à)\\s*(?:\\d+|two|three|four))?\\s*" + UNIT
            + "(?=(?:\\s*(?:or|ou|o|oder)\\s+" + COUNT + "(?:\\s*(?:-|to|or|à|a)\\s*(?:\\d+|two|three|four))?\\s*" + UNIT + ")?"
            + "\\s*(?:daily|a day|per day|each day|every day|once|twice|\\d\\s*(?:x|times)|three times|with|par jour|al giorno|al d[ií]a))");
    private static final Object[][] TIMES = {
            {Pattern.compile("\\b(?:four times|4 times|4\\s*x|4×)\\s*(?:a |per |each )?(?:day|daily)\\b|\\bqid\\b|\\bq\\.i\\.d\\b"), 4},
            {Pattern.compile("\\b(?:three times|thrice|3 times|3\\s*x|3×)\\s*(?:a |per |each )?(?:day|daily)\\b|\\btid\\b|\\bt\\.i\\.d\\b"
                    + "|\\b3\\s*-?\\s*(?:x|mal)\\s*t[aä]glich\\b|\\bdreimal t[aä]glich\\b|\\btrois fois par jour\\b|\\btres veces al d[ií]a\\b|\\btre volte al giorno\\b"), 3},
            {Pattern.compile("\\b(?:twice|two times|2 times|2\\s*x|2×)\\s*(?:a |per |each )?(?:day|daily)\\b|\\bbid\\b|\\bb\\.i\\.d\\b"
                    + "|\\bmorning and (?:evening|night)\\b|\\b2\\s*-?\\s*(?:x|mal)\\s*t[aä]glich\\b|\\bzweimal t[aä]glich\\b"
                    + "|\\bdeux fois par jour\\b|\\bdos veces al d[ií]a\\b|\\bdue volte al giorno\\b"), 2},
            {Pattern.compile("\\b(?:once|one time|1\\s*x|1×)\\s*(?:a |per |each )?(?:day|daily)\\b|\\bonce daily\\b"), 1},
    };

    private DoseParser() {}

    private record Amount(double value, int start, int end, Dose.Unit unit) {}

    private static final Pattern CLAUSE_END = Pattern.compile("[.;:()\\[\\]]");
    /**
     * "(entsprechend 250 bis 500 Milligramm Trockenhefe aus Saccharomyces cerevisiae täglich)": the amount's own clause
     * says it is a daily amount, so it is one serving whatever frequency the directions print elsewhere.
     */
    private static final Pattern DAILY_AMOUNT = Pattern.compile("\\bt[aä]glich\\b|\\bpro tag\\b|\\bper day\\b|/\\s*day\\b"
            + "|\\bpar jour\\b|\\bal d[ií]a\\b|\\bal giorno\\b");
    /** Frequency words in that clause make it a direction ("1×10^9 CFU twice daily"), not a daily amount. */
    private static final Pattern FREQUENCY_WORD = Pattern.compile("\\b(?:once|twice|thrice|times|\\d\\s*x|\\w*mal|fois|veces|volte|bid|tid|qid)\\b");

    /** The CFU amount per serving printed on the label, if any (an AFU or mg amount is not CFU). */
    public static OptionalDouble parse(String text) {
        return counts(normalise(text)).stream().filter(a -> a.unit == Dose.Unit.CFU).mapToDouble(Amount::value).max();
    }

    /** The dose printed on the label, or null when it prints no amount. */
    public static Dose read(String text) {
        return read(text, 0);
    }

    /**
     * The dose printed on the label, or null when it prints no amount. {@code organisms} is the number of organisms
     * read from the label: when it prints exactly one amount per organism (two or more) and none of them is the total
     * of the others, the amounts are per strain and the serving is their sum, as the label implies.
     */
    public static Dose read(String text, int organisms) {
        String s = normalise(text);
        List<Amount> counts = counts(s);
        Amount best = null;
        for (Dose.Unit u : new Dose.Unit[] {Dose.Unit.CFU, Dose.Unit.AFU})
            for (Amount a : counts)
                if (best == null ? a.unit == u : a.unit == best.unit && a.value > best.value) best = a;
        if (best != null && organisms >= 2 && counts.size() == organisms) {
            Amount top = best;
            double others = counts.stream().filter(a -> a != top).mapToDouble(Amount::value).sum();
            boolean sameUnit = counts.stream().allMatch(a -> a.unit == top.unit);
            // a total is the sum of two or more others, or is labelled as one ("total", "gesamt"); two equal amounts
            // ("1×10^9 CFU L. acidophilus, 1×10^9 CFU B. lactis") are one per strain, not a total and a part
            boolean total = (counts.size() >= 3 && Math.abs(top.value - others) <= 0.01 * top.value) || labelledTotal(s, top);
            if (sameUnit && !total) {
                Amount first = counts.stream().min(java.util.Comparator.comparingInt(Amount::start)).orElseThrow();
                best = new Amount(top.value + others, first.start, first.end, top.unit);
            }
        }
        if (best == null) best = weight(s);
        if (best == null) return null;
        String lower = s.toLowerCase(Locale.ROOT);
        String after = lower.substring(best.end, Math.min(lower.length(), best.end + 40));
        String before = lower.substring(Math.max(0, best.start - 200), best.start);
        Matcher clauseEnd = CLAUSE_END.matcher(lower).region(best.end, lower.length());
        String clause = lower.substring(best.end, clauseEnd.find() ? clauseEnd.start() : Math.min(lower.length(), best.end + 80));
        if (clause.length() <= 80 && DAILY_AMOUNT.matcher(clause).find() && !FREQUENCY_WORD.matcher(clause).find() && !Pattern.compile("\\b" + UNIT + "\\b").matcher(clause).find())
            return new Dose(best.value, best.unit, 1, Dose.PRINTED_PER_DAY);
        Frequency f = frequency(lower, after, before, best.unit == Dose.Unit.MG);
        return new Dose(best.value, best.unit, f.servings, f.words);
    }

    private record Frequency(double servings, String words) {}

    private static final Pattern TOTAL_LABEL = Pattern.compile("(?i)\\b(?:total|gesamt\\w*|insgesamt|totale|in all)\\b[^.;]{0,30}$");

    /** "Total 2×10^9 CFU", "Gesamtkeimzahl 2 Mrd": the amount is labelled as the total. */
    private static boolean labelledTotal(String s, Amount a) {
        return TOTAL_LABEL.matcher(s.substring(Math.max(0, a.start - 40), a.start)).find();
    }

    private static final Pattern STUDY = Pattern.compile("(?i)\\b(?:study|studies|trial|trials|studie|studien|[eé]tudes?|estudios?|"
            + "studio|studi|ensayos?|sperimentazione)\\b");
    /** A sentence ends at . ! ? before a capital, except after an abbreviation ("L. paracasei", "subsp. lactis"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b[A-Z][a-z]?|\\bsubsp|\\bssp|\\bvar|\\bmed|\\bca|\\bNr)[.!?](?=\\s+[A-Z\u00c0-\u00de])");

    /**
     * Amounts in a sentence citing a study or trial ("In a clinical study, individuals who took … (10 Billion CFU)")
     * are the study's dose, not the product's.
     */
    private static List<Amount> outsideStudySentences(String text, List<Amount> amounts) {
        List<int[]> study = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (true) {
            int end = m.find() ? m.end() : text.length();
            if (STUDY.matcher(text.substring(start, end)).find()) study.add(new int[] {start, end});
            if (end >= text.length()) break;
            start = end;
        }
        if (study.isEmpty()) return amounts;
        return amounts.stream().filter(a -> study.stream().noneMatch(r -> a.start >= r[0] && a.start < r[1])).toList();
    }

    private static final Pattern EACH_UNIT_BEFORE = Pattern.compile("(?:\\b(?:each|per|one|1)\\s+|/\\s*)" + UNIT + "\\b(?:\\s+contains)?");

    /** "1 to 3 times daily", "once or twice daily", "1-2 times per day", "two or three times daily". */
    private static final Pattern ONCE_RANGE = Pattern.compile("\\b(?:once|one time|one|1)\\s*(?:or|to|-|–|à|a|o)\\s*"
            + "(?:twice|two|2|three|3|four|4)(?:\\s*(?:times|x|fois|veces|volte))?(?=\\s*(?:a |per |each |par |al )?(?:day|daily|jour|d[ií]a|giorno))");
    /** "ein- bis zweimal täglich". */
    private static final Pattern EINMAL_RANGE = Pattern.compile("\\bein(?:mal)?-?\\s*(?:bis|oder)\\s*(?:zwei|drei|2|3)\\s*-?mal(?=\\s*t[aä]glich)");
    /** "1 ml (= 12 Tropfen)": drops in a volume, when the amount is printed per volume and the dose in drops. */
    private static final Pattern DROPS_PER_ML = Pattern.compile("\\b1\\s*ml\\s*\\(?\\s*=?\\s*(\\d+)\\s*(?:tropfen|drops|gocce|gouttes|gotas)\\b");
    private static final Pattern TWICE_RANGE = Pattern.compile("\\b(?:twice|two|2)\\s*(?:or|to|-|–)\\s*(?:three|3|four|4)(?:\\s*(?:times|x))?"
            + "(?=\\s*(?:a |per |each )?(?:day|daily))");

    /**
     * A range of servings a day is read at its lowest stated amount ("take 1 to 3 times daily" is once a day), a
     * conservative reading: the label promises at least that much, and a comparison with a studied dose must not
     * credit the product with more than its lowest direction.
     */
    static String lowestDaily(String lower) {
        String s = ONCE_RANGE.matcher(lower).replaceAll("once");
        s = EINMAL_RANGE.matcher(s).replaceAll("einmal");
        return TWICE_RANGE.matcher(s).replaceAll("twice");
    }

    private static Frequency frequency(String lowerText, String afterAmount, String beforeAmount, boolean weight) {
        String lower = lowestDaily(lowerText);
        Integer times = null;
        String timesWords = null;
        for (Object[] t : TIMES) {
            Matcher m = ((Pattern) t[0]).matcher(lower);
            if (m.find()) {
                times = (Integer) t[1];
                timesWords = m.group();
                break;
            }
        }
        Matcher take = TAKE.matcher(lower);
        Integer units = null;
        String unitWords = null;
        if (take.find()) {
            units = count(take.group(1) != null ? take.group(1) : take.group(2));
            unitWords = take.group().replaceFirst("^(?:take|use|give|chew|dissolve|consume|directions:?|dosage:?|suggested use:?)\\s*", "");
        }
        Integer perUnits = null;
        Matcher drops = DROPS_PER_ML.matcher(lowerText);
        if (unitWords != null && unitWords.matches(".*\\b(?:tropfen|drops|gocce|gouttes|gotas)\\b.*") && drops.find())
            perUnits = Integer.parseInt(drops.group(1)); // the count is printed per ml: "30 Tropfen" is 30/12 ml
        Matcher per = PER_UNITS.matcher(afterAmount);
        if (perUnits == null && per.find() && !per.group().matches(".*serving.*")) perUnits = per.group(1) == null ? 1 : count(per.group(1));
        if (perUnits == null && !beforeAmount.contains("serving") && EACH_UNIT_BEFORE.matcher(beforeAmount).find()) perUnits = 1;
        Matcher size = SERVING_SIZE.matcher(lower);
        if (perUnits == null && size.find()) perUnits = count(size.group(1));
        // a weight of organisms is stated per dosage unit (a medicine's composition: "250 mg ... 2 gélules par jour")
        if (perUnits == null && weight) perUnits = 1;
        boolean printedPerDay = PER_DAY.matcher(afterAmount).find();
        if (printedPerDay && times == null) return new Frequency(1, Dose.PRINTED_PER_DAY);
        double servings = 1;
        String words = null;
        if (units != null && perUnits != null && perUnits > 0) {
            servings = (double) units / perUnits;
            words = unitWords.trim() + (times == null ? " a day" : "");
        }
        if (times != null) {
            servings *= times;
            words = words == null ? timesWords : words + " " + timesWords;
        }
        return new Frequency(servings, words);
    }

    private static int count(String word) {
        Integer n = NUMBER_WORDS.get(word);
        return n != null ? n : Integer.parseInt(word);
    }

    /** Every plausible CFU/AFU count in the text, in order of discovery (kept for tests). */
    static List<Double> all(String text) {
        return counts(normalise(text)).stream().map(Amount::value).toList();
    }

    private static List<Amount> counts(String text) {
        StringBuilder s = new StringBuilder(text);
        List<Amount> out = new ArrayList<>();
        take(s, text, RANGE_POWER, m -> number(m.group(1)) > number(m.group(2)) ? Double.NaN
                : number(m.group(1)) * Math.pow(10, Integer.parseInt(m.group(3))), out);
        take(s, text, TIMES_POWER, m -> number(m.group(1)) * Math.pow(10, Integer.parseInt(m.group(2))), out);
        take(s, text, POWER, m -> Math.pow(10, Integer.parseInt(m.group(1))), out);
        take(s, text, SCIENTIFIC, m -> number(m.group(1)) * Math.pow(10, Integer.parseInt(m.group(2))), out);
        take(s, text, MIL_MILLONES, m -> number(m.group(1)) * 1e9, out);
        take(s, text, WORD, m -> {
            double mult = multiplier(m.group(2));
            return mult == 0 ? Double.NaN : amountWord(m.group(1)) * mult;
        }, out);
        take(s, text, LETTER, m -> number(m.group(1)) * (m.group(2).equalsIgnoreCase("b") ? 1e9 : 1e6), out);
        take(s, text, PLAIN, m -> Double.parseDouble(m.group(1).replaceAll("[ ,.]", "")), out);
        return outsideStudySentences(text, out.stream().filter(a -> a.value >= 1e5 && a.value <= 1e14).toList());
    }

    /** An mg weight next to a probiotic word (before it, or just after: "250 mg Trockenhefe aus Saccharomyces"), when no count is printed. */
    private static Amount weight(String s) {
        Matcher m = MG.matcher(s);
        while (m.find()) {
            String before = s.substring(Math.max(0, m.start() - 80), m.start());
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 40));
            if (PROBIOTIC_WORD.matcher(before).find() || PROBIOTIC_WORD.matcher(after).find()) {
                Amount a = new Amount(number(m.group(1)), m.start(), m.end(), Dose.Unit.MG);
                if (!outsideStudySentences(s, List.of(a)).isEmpty()) return a;
            }
        }
        return null;
    }

    /** Finds matches, records their values and blanks them out so a later pattern cannot read them again. */
    private static void take(StringBuilder s, String original, Pattern p, java.util.function.ToDoubleFunction<Matcher> value,
            List<Amount> out) {
        Matcher m = p.matcher(s);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            double v = value.applyAsDouble(m);
            if (Double.isNaN(v)) continue;
            String after = original.substring(m.end(), Math.min(original.length(), m.end() + 30));
            Dose.Unit unit = AFU.matcher(after).find() ? Dose.Unit.AFU : Dose.Unit.CFU;
            out.add(new Amount(v, m.start(), m.end(), unit));
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int[] sp : spans) for (int i = sp[0]; i < sp[1]; i++) s.setCharAt(i, ' ');
    }

    /** Superscript digits become {@code ^digits}, the multiplication sign {@code x}, the middle dot a decimal point. */
    static String normalise(String text) {
        text = text.replaceAll("[.\u2026]{4,}", " "); // table leaders: "Saccharomyces boulardii ........ 100,00 mg"
        StringBuilder b = new StringBuilder();
        boolean inSup = false;
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c == '·' && text.startsWith("10", i + 1)) { // "1·10⁹", flattened to "1·109": a multiplication dot
                b.append('x');
                inSup = false;
                continue;
            }
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

    private static double amountWord(String s) {
        Integer n = NUMBER_WORDS.get(s.toLowerCase(Locale.ROOT));
        return n != null ? n : number(s);
    }

    /** The power of ten a number word stands for (typos allowed in the long words), or 0 when it is not one. */
    static double multiplier(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Double exact = EXACT.get(w);
        if (exact != null) return exact;
        if (w.length() < 5) return 0;
        double best = 0;
        int bestD = Integer.MAX_VALUE;
        boolean tie = false;
        for (Map.Entry<String, Double> e : LONG.entrySet()) {
            if (!EditDistance.close(w, e.getKey())) continue;
            int d = EditDistance.of(w, e.getKey());
            if (d < bestD) {
                bestD = d;
                best = e.getValue();
                tie = false;
            } else if (d == bestD && e.getValue() != best) tie = true;
        }
        return tie ? 0 : best;
    }
}
