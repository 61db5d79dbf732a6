package org.gutskin.profile;

import org.gutskin.io.InputException;
import java.util.Locale;

/**
 * The one rule for characters in a sample id or taxon name, whatever format or door it came through (issue 15,
 * findings 8 and 9): control characters (C0 — tab and line breaks included — DEL and C1), Unicode noncharacters
 * (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF in every plane), lone surrogates and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) are refused. Such a name cannot be printed in a PDF, breaks a TSV row (a tab or
 * newline in an id forges a row), or shows other text than it holds; no real sample or taxon needs one. The rule
 * is applied where names enter a table ({@link AbundanceTableBuilder}), so every reader and the service share it.
 */
public final class NameCharacters {

    private NameCharacters() {}

    /** The first refused code point's index in {@code s}, or -1 when every character is allowed. */
    public static int firstRefused(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (refused(cp)) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    static boolean refused(int cp) {
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return true;
        if (cp >= 0xFDD0 && cp <= 0xFDEF) return true;
        if ((cp & 0xFFFE) == 0xFFFE) return true; // U+FFFE, U+FFFF, U+1FFFE, ... U+10FFFF
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) return true; // a surrogate not part of a pair
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /**
     * Refuses a name holding a refused character with an {@link InputException} that says which name ({@code what}:
     * "sample id", "taxon name"), which character (as U+XXXX) and where in the name; the reader adds the file.
     */
    public static String check(String name, String what) {
        int i = firstRefused(name);
        if (i < 0) return name;
        int cp = name.codePointAt(i);
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(40).forEach(c -> shown.appendCodePoint(refused(c) ? '?' : c));
        if (name.codePointCount(0, name.length()) > 40) shown.append("...");
        throw new InputException(String.format(Locale.ROOT, "the %s '%s' holds the character U+%04X at position %d"
                + " (a control, noncharacter or text-direction character); names may not contain these", what, shown,
                cp, name.codePointCount(0, i) + 1));
    }
}
