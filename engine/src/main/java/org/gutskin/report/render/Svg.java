package org.gutskin.report.render;

import java.util.Locale;

/**
 * The little SVG writing the charts need: numbers in a fixed locale and text escaped for XML (the charts are
 * inserted into the page unescaped, so every string that reaches them — taxon names come from input files — goes
 * through {@link #text}).
 */
final class Svg {

    private Svg() {}

    /** Escapes {@code & < > " '} so input text stays text inside SVG/XHTML. */
    static String text(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') b.append(' '); // not allowed in XML 1.0
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
