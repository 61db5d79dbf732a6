package org.gutskin.report.render;

import java.util.Locale;
import org.gutskin.io.Html;

/**
 * The little SVG writing the charts need: numbers in a fixed locale and text escaped for XML (the charts are
 * inserted into the page unescaped, so every string that reaches them — taxon names come from input files — goes
 * through {@link #text}).
 */
final class Svg {

    private Svg() {}

    /** Text for SVG/XHTML: {@link Html#escape}, the one escaper of every page. */
    static String text(String s) {
        return Html.escape(s);
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
