package org.gutskin.evidence.label;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label text as tokens: words (letters, digits, inner hyphens, a trailing full stop kept so "L." reads as an
 * abbreviation; a decimal number such as "100,00" is one token, a quantity and never a strain) and the separators that end an organism's strain ({@code , ; + & / :}, brackets). Accents are
 * removed; en and em dashes act as separators ("DSM 17938 – 1 x 10^8 CFU"); ® and ™ are dropped.
 */
final class LabelTokens {

    /** One token as printed and lower-cased; {@code separator} for punctuation. */
    record Token(String text, String lower, boolean separator) {

        /** The word without a trailing full stop. */
        String bare() {
            return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\d+[.,]\\d+(?![\\d.,])|[A-Za-z0-9][A-Za-z0-9\\-]*\\.?|[,;()+&/:\\[\\]]");

    private LabelTokens() {}

    static List<Token> of(String text) {
        String marks = text.replaceAll("[\u00ae\u2122\u2120]", " "); // before NFKD, which spells ™ as "TM"
        String t = Normalizer.normalize(marks, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("[\u2013\u2014\u2012\u2015]", " , ");
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(t);
        while (m.find()) {
            String s = m.group();
            boolean sep = s.length() == 1 && ",;()+&/:[]".indexOf(s.charAt(0)) >= 0;
            out.add(new Token(s, s.toLowerCase(Locale.ROOT), sep));
        }
        return out;
    }
}
