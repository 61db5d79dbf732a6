package org.gutskin.evidence.label;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a strain designation looks like on a label, and how two are compared. Designations are culture-collection
 * deposits ({@code ATCC 53103}, {@code DSM 17938}, {@code CECT 8145}, {@code CNCM I-2116}, {@code NCC 2461}) or
 * company codes ({@code GG}, {@code HN001}, {@code LS01}, {@code IS-10506}, {@code BB-12}, {@code VRI-033 PCC},
 * {@code 299v}, {@code DN-173 010}, {@code SD-5220}), bare numbers printed after the species ({@code 35624}) or a
 * few strain names that are words ({@code Shirota}). Two designations are the same when they agree ignoring case, spaces and hyphens.
 */
final class StrainDesignation {

    /** Culture collections whose deposit numbers appear on labels. */
    static final Set<String> COLLECTIONS = Set.of("ATCC", "DSM", "DSMZ", "CECT", "NCC", "CNCM", "NCIMB", "LMG", "KCTC",
            "CGMCC", "JCM", "NRRL", "BCRC", "KCCM", "NCDO", "CBS", "PTA", "NCFB", "FERM", "CCUG", "IDCC", "BCCM", "NBRC",
            "MTCC", "NCTC");

    private static final Pattern CODE = Pattern.compile("^(?=[A-Za-z0-9-]*\\d)[A-Za-z]{1,6}-?\\d{1,7}[A-Za-z]{0,2}(?:-[A-Za-z]{1,4})?$");
    /** A maker's prefix before a code, and an optional site suffix: {@code SD-CECT8145-SP}, {@code SD-LS1-IT}. */
    private static final Pattern PREFIXED = Pattern.compile("^[A-Za-z]{1,4}-[A-Za-z]{1,6}-?\\d{1,7}[A-Za-z]{0,2}(?:-[A-Za-z]{1,4})?$");
    private static final Pattern NUMBER_FIRST = Pattern.compile("^\\d{2,4}[A-Za-z]{1,2}$");
    private static final Pattern CAPS = Pattern.compile("^[A-Z]{2,5}$");
    private static final Pattern DEPOSIT_NUMBER = Pattern.compile("^(?:[A-Z]{1,3}-?)?\\d{2,7}[A-Za-z]?$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{3,7}$");
    private static final Pattern DIGIT_GROUP = Pattern.compile("^\\d{2,4}$");
    /** Strains known by a word rather than a code (the word is the designation: "L. casei Shirota"). */
    static final Set<String> WORD_STRAINS = Set.of("shirota", "nissle", "miyairi");
    /** Brand prefixes printed before a strain code ("BLIS K12": the strain is K12). */
    static final Set<String> BRAND_PREFIXES = Set.of("BLIS");
    private static final Set<String> NOT_STRAINS = Set.of("CFU", "UFC", "KBE", "AND", "FOR", "THE", "PER", "DAY", "USA",
            "GMP", "NON", "GMO", "UK", "EU", "IU", "MG", "OR", "WITH", "PLUS", "FOS", "GOS", "INULIN", "DHA", "EPA",
            "NEW", "BEST", "ONLY", "FREE", "ALL", "TOTAL", "LIVE", "MAX");

    private StrainDesignation() {}

    static boolean isCollection(String token) {
        return COLLECTIONS.contains(token.toUpperCase(Locale.ROOT));
    }

    /** A deposit number following a collection prefix: {@code 53103}, {@code I-2116}. */
    static boolean isDepositNumber(String token) {
        return DEPOSIT_NUMBER.matcher(token).matches();
    }

    /** A company code, as printed (case matters: {@code GG} is a strain, {@code gg} is not). */
    static boolean isCode(String token) {
        if (NOT_STRAINS.contains(token.toUpperCase(Locale.ROOT))) return false;
        return CODE.matcher(token).matches() || PREFIXED.matcher(token).matches() || NUMBER_FIRST.matcher(token).matches() || CAPS.matcher(token).matches();
    }

    /** A strain known by a word ({@code Shirota}), in any case. */
    static boolean isWord(String token) {
        return WORD_STRAINS.contains(token.toLowerCase(Locale.ROOT));
    }

    /** A designation that is a bare number printed right after the species ({@code B. longum 35624}). */
    static boolean isBareNumber(String token) {
        return BARE_NUMBER.matcher(token).matches();
    }

    /** A group of digits continuing a code printed with a space ({@code DN-173 010}). */
    static boolean isDigitGroup(String token) {
        return DIGIT_GROUP.matcher(token).matches();
    }

    /**
     * A CNCM deposit number as printed with a lower-case L or a digit one for the Roman numeral I ({@code l-745},
     * {@code 1-745}); CNCM numbers are {@code I-} followed by digits. Returns the number with {@code I-}, or null.
     */
    static String cncmNumber(String token) {
        var m = java.util.regex.Pattern.compile("^[IiLl1]-(\\d{2,7})$").matcher(token);
        return m.matches() ? "I-" + m.group(1) : null;
    }

    /** The comparison key: upper case without spaces and hyphens. */
    static String key(String designation) {
        return designation.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
