package org.gutskin.report.render;

import java.util.List;
import java.util.Locale;
import org.gutskin.report.ReportService;
import org.gutskin.report.model.KeyMeasure;
import org.gutskin.report.model.LadderLevel;
import org.gutskin.report.model.TaxonShare;

/**
 * The report's inline SVG plots, drawn by hand so the HTML needs no script and no network: the composition bar, a
 * sample's value against the reference distribution, an index gauge and the evidence ladder. All use a viewBox and
 * scale to the page width (phone or print); text inside goes through {@link Svg#text}.
 */
public final class Charts {

    /** Colour-blind-safe palette (Okabe & Ito 2008) extended with greys for "Other". */
    static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
            "#6A3D9A", "#8C564B", "#1B9E77", "#7F7F00"};

    private Charts() {}

    public static String color(int i, String taxon) {
        if (ReportService.UNCLASSIFIED.equals(taxon)) return "#DDDDDD";
        return ReportService.OTHER.equals(taxon) ? "#999999" : PALETTE[i % (PALETTE.length - 1)];
    }

    /** A 100 % stacked bar of the top taxa; each segment has a tooltip (title) with the name and share. */
    public static String composition(List<TaxonShare> shares) {
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 36\" width=\"100%\" height=\"36\" font-family=\"DejaVu Sans, sans-serif\""
                + " preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Composition of the top taxa\">");
        double total = shares.stream().mapToDouble(TaxonShare::percent).sum();
        double x = 0;
        for (int i = 0; i < shares.size(); i++) {
            TaxonShare s = shares.get(i);
            double w = total > 0 ? 600 * s.percent() / total : 0;
            b.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"0\" width=\"").append(Svg.n(Math.max(w, 0)))
                    .append("\" height=\"36\" fill=\"").append(color(i, s.taxon())).append("\"><title>")
                    .append(Svg.text(s.taxon())).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f %%", s.percent())).append("</title></rect>");
            x += w;
        }
        return b.append("</svg>").toString();
    }

    /**
     * The reference distribution as a box (25th–75th percentile), whiskers (5th–95th), the median and the
     * full range, with the sample's value as a marker labelled by its percentile.
     */
    public static String reference(String label, double[] q, double value, Double percentile) {
        double lo = Math.min(q[0], value), hi = Math.max(q[100], value);
        double pad = (hi - lo) * 0.05 + 1e-9;
        lo -= pad;
        hi += pad;
        final double a = lo, span = hi - lo;
        java.util.function.DoubleUnaryOperator X = v -> 20 + 560 * (v - a) / span;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 90\" width=\"100%\" font-family=\"DejaVu Sans, sans-serif\" role=\"img\""
                + " aria-label=\"").append(Svg.text(label)).append(" against the healthy reference\">");
        b.append("<line x1=\"").append(Svg.n(X.applyAsDouble(q[0]))).append("\" x2=\"")
                .append(Svg.n(X.applyAsDouble(q[100]))).append("\" y1=\"46\" y2=\"46\" stroke=\"#BBBBBB\" stroke-width=\"2\"/>");
        b.append("<line x1=\"").append(Svg.n(X.applyAsDouble(q[5]))).append("\" x2=\"")
                .append(Svg.n(X.applyAsDouble(q[95]))).append("\" y1=\"46\" y2=\"46\" stroke=\"#56B4E9\" stroke-width=\"6\"/>");
        double b0 = X.applyAsDouble(q[25]), b1 = X.applyAsDouble(q[75]);
        b.append("<rect x=\"").append(Svg.n(b0)).append("\" y=\"34\" width=\"").append(Svg.n(Math.max(b1 - b0, 1)))
                .append("\" height=\"24\" fill=\"#0072B2\" fill-opacity=\"0.35\" stroke=\"#0072B2\"/>");
        double m = X.applyAsDouble(q[50]);
        b.append("<line x1=\"").append(Svg.n(m)).append("\" x2=\"").append(Svg.n(m))
                .append("\" y1=\"34\" y2=\"58\" stroke=\"#0072B2\" stroke-width=\"2\"/>");
        if (!Double.isNaN(value)) {
            double v = X.applyAsDouble(value);
            b.append("<path d=\"M").append(Svg.n(v)).append(" 32 l-7 -11 h14 z\" fill=\"#D55E00\"/>");
            b.append("<line x1=\"").append(Svg.n(v)).append("\" x2=\"").append(Svg.n(v))
                    .append("\" y1=\"32\" y2=\"62\" stroke=\"#D55E00\" stroke-width=\"2\"/>");
            String t = "this sample " + fmt(value) + (percentile == null ? "" : percentile <= 0 ? " (below the reference)" : percentile >= 100
                    ? " (above the reference)" : " (" + ReportService.ordinal((int) Math.round(percentile)) + " percentile)");
            double half = 4.9 * t.length() + 4; // about 9.8 px a character at 16 px: keep the whole label inside
            b.append("<text x=\"").append(Svg.n(Math.min(Math.max(v, half), 600 - half))).append("\" y=\"16\" font-size=\"16\""
                    + " text-anchor=\"middle\" fill=\"#D55E00\">").append(Svg.text(t)).append("</text>");
        }
        String tMin = "min " + fmt(q[0]), tMed = "median " + fmt(q[50]), tMax = "max " + fmt(q[100]);
        double xMin = X.applyAsDouble(q[0]), xMax = X.applyAsDouble(q[100]);
        // the median label drops to a second line when it would overlap the min or max label (narrow references)
        boolean lower = overlaps(xMin, tMin, m, tMed) || overlaps(m, tMed, xMax, tMax);
        b.append(tick(xMin, tMin, 84)).append(tick(m, tMed, lower ? 104 : 84)).append(tick(xMax, tMax, 84));
        String svg = b.append("</svg>").toString();
        return lower ? svg.replaceFirst("viewBox=\"0 0 600 90\"", "viewBox=\"0 0 600 110\"") : svg;
    }

    /**
     * A compact range bar for the clinician summary: the reference's 5th–95th percentile as a thin bar, the
     * 25th–75th as a box, the median as a line, the sample's value as a marker (clamped to the drawn range, with an
     * arrow when outside it). One line high, so several measures fit a summary page; the numbers are in the row's
     * text beside it.
     */
    public static String rangeBar(KeyMeasure m) {
        double lo = Math.min(m.p5(), m.value()), hi = Math.max(m.p95(), m.value());
        double pad = (hi - lo) * 0.06 + 1e-9;
        final double a = lo - pad, span = hi - lo + 2 * pad;
        java.util.function.DoubleUnaryOperator X = v -> 6 + 388 * (v - a) / span;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 22\" width=\"100%\" role=\"img\""
                + " aria-label=\"").append(Svg.text(m.name())).append(" against the healthy reference\">");
        b.append("<line x1=\"").append(Svg.n(X.applyAsDouble(m.p5()))).append("\" x2=\"")
                .append(Svg.n(X.applyAsDouble(m.p95()))).append("\" y1=\"11\" y2=\"11\" stroke=\"#56B4E9\" stroke-width=\"4\"/>");
        double b0 = X.applyAsDouble(m.p25()), b1 = X.applyAsDouble(m.p75());
        b.append("<rect x=\"").append(Svg.n(b0)).append("\" y=\"4\" width=\"").append(Svg.n(Math.max(b1 - b0, 1)))
                .append("\" height=\"14\" fill=\"#0072B2\" fill-opacity=\"0.35\" stroke=\"#0072B2\"/>");
        double med = X.applyAsDouble(m.p50());
        b.append("<line x1=\"").append(Svg.n(med)).append("\" x2=\"").append(Svg.n(med))
                .append("\" y1=\"4\" y2=\"18\" stroke=\"#0072B2\" stroke-width=\"2\"/>");
        double v = X.applyAsDouble(m.value());
        b.append("<path d=\"M").append(Svg.n(v)).append(" 11 l-6 -9 h12 z\" fill=\"#D55E00\"/>");
        b.append("<line x1=\"").append(Svg.n(v)).append("\" x2=\"").append(Svg.n(v))
                .append("\" y1=\"2\" y2=\"21\" stroke=\"#D55E00\" stroke-width=\"2.5\"/>");
        return b.append("</svg>").toString();
    }

    /** Label centre as drawn (kept inside the chart). */
    private static double labelX(double x) {
        return Math.min(Math.max(x, 60), 540);
    }

    /** True when two 15-px labels centred at these points would touch (about 9 px a character). */
    private static boolean overlaps(double x1, String t1, double x2, String t2) {
        return Math.abs(labelX(x1) - labelX(x2)) < 4.5 * (t1.length() + t2.length()) + 8;
    }

    private static String tick(double x, String t, int y) {
        return "<text x=\"" + Svg.n(labelX(x)) + "\" y=\"" + y + "\" font-size=\"15\" text-anchor=\"middle\""
                + " fill=\"#555555\">" + Svg.text(t) + "</text>";
    }

    /** A horizontal gauge from −range to +range with the no-call band shaded and the score marked. */
    public static String gauge(String name, Double score, double range, double rejectBand) {
        java.util.function.DoubleUnaryOperator X = v -> 20 + 560 * (Math.max(-range, Math.min(range, v)) + range) / (2 * range);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 72\" width=\"100%\" font-family=\"DejaVu Sans, sans-serif\" role=\"img\""
                + " aria-label=\"").append(Svg.text(name)).append(" gauge\">");
        b.append("<rect x=\"20\" y=\"24\" width=\"280\" height=\"16\" fill=\"#E69F00\" fill-opacity=\"0.35\"/>");
        b.append("<rect x=\"300\" y=\"24\" width=\"280\" height=\"16\" fill=\"#009E73\" fill-opacity=\"0.35\"/>");
        if (rejectBand > 0) {
            double r0 = X.applyAsDouble(-rejectBand), r1 = X.applyAsDouble(rejectBand);
            b.append("<rect x=\"").append(Svg.n(r0)).append("\" y=\"24\" width=\"").append(Svg.n(r1 - r0))
                    .append("\" height=\"16\" fill=\"#BBBBBB\"/>");
        }
        b.append("<line x1=\"300\" x2=\"300\" y1=\"20\" y2=\"44\" stroke=\"#333333\"/>");
        if (score != null) {
            double v = X.applyAsDouble(score);
            b.append("<path d=\"M").append(Svg.n(v)).append(" 22 l-7 -12 h14 z\" fill=\"#333333\"/>");
            b.append("<line x1=\"").append(Svg.n(v)).append("\" x2=\"").append(Svg.n(v))
                    .append("\" y1=\"22\" y2=\"42\" stroke=\"#333333\" stroke-width=\"3\"/>");
        }
        b.append("<text x=\"20\" y=\"64\" font-size=\"15\" fill=\"#555555\">").append(Svg.text("≤ −" + fmt(range) + " non-healthy")).append("</text>");
        b.append("<text x=\"300\" y=\"64\" font-size=\"15\" text-anchor=\"middle\" fill=\"#555555\">0</text>");
        b.append("<text x=\"580\" y=\"64\" font-size=\"15\" text-anchor=\"end\" fill=\"#555555\">")
                .append(Svg.text("healthy ≥ " + fmt(range))).append("</text>");
        return b.append("</svg>").toString();
    }

    /**
     * The evidence ladder drawn as a ladder: two rails and four rungs, guideline at the top; a rung with verified
     * statements is filled and shows how many, an empty rung is drawn dashed.
     */
    public static String ladder(List<LadderLevel> levels) {
        int h = 40 + 46 * levels.size();
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 ").append(h)
                .append("\" width=\"100%\" font-family=\"DejaVu Sans, sans-serif\" role=\"img\" aria-label=\"Evidence ladder\">");
        b.append("<line x1=\"20\" x2=\"20\" y1=\"10\" y2=\"").append(h - 10).append("\" stroke=\"#555555\" stroke-width=\"5\"/>");
        b.append("<line x1=\"300\" x2=\"300\" y1=\"10\" y2=\"").append(h - 10).append("\" stroke=\"#555555\" stroke-width=\"5\"/>");
        int y = 30;
        for (LadderLevel l : levels) {
            int n = l.statements().size();
            boolean filled = n > 0;
            b.append("<rect x=\"20\" y=\"").append(y).append("\" width=\"280\" height=\"30\" rx=\"4\" fill=\"")
                    .append(filled ? "#0072B2" : "#FFFFFF").append("\" fill-opacity=\"").append(filled ? "0.85" : "1")
                    .append("\" stroke=\"#0072B2\"").append(filled ? "" : " stroke-dasharray=\"4 3\"").append("/>");
            b.append("<text x=\"30\" y=\"").append(y + 20).append("\" font-size=\"12\" fill=\"")
                    .append(filled ? "#FFFFFF" : "#0072B2").append("\">")
                    .append(Svg.text(l.number() + " · " + shortTitle(l.level()) + " — " + n + " statement" + (n == 1 ? "" : "s")))
                    .append("</text>");
            y += 46;
        }
        return b.append("</svg>").toString();
    }

    private static String shortTitle(String level) {
        return switch (level) {
            case "guideline" -> "Guidelines";
            case "trial" -> "Clinical trials";
            case "association" -> "Associations";
            case "mechanism" -> "Mechanisms";
            default -> level;
        };
    }

    static String fmt(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(v) < 1e6) return String.valueOf((long) Math.rint(v));
        return Svg.fixed(v, 2);
    }

    /**
     * A measure over time: one point per sample (labelled by its id, oldest left), joined by a line, over a grey band
     * from {@code bandLo} to {@code bandHi} (none when null): for a diversity metric the first value ± the band of
     * day-to-day variation, for the distance to the first sample 0 to the band. Points outside the grey band are
     * drawn hollow with an orange ring: "larger than day-to-day variation", and nothing more.
     */
    public static String trajectory(String label, List<String> samples, double[] values, Double bandLo, Double bandHi,
            String bandLabel) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : values) if (!Double.isNaN(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        if (lo > hi) return "";
        boolean banded = bandLo != null && bandHi != null && !bandLo.isNaN() && !bandHi.isNaN();
        if (banded) { lo = Math.min(lo, bandLo); hi = Math.max(hi, bandHi); }
        double pad = (hi - lo) * 0.08 + 1e-9;
        final double a = lo - pad, span = hi - lo + 2 * pad;
        int n = values.length;
        java.util.function.DoubleUnaryOperator Y = v -> 16 + 124 * (1 - (v - a) / span);
        java.util.function.IntToDoubleFunction X = i -> n == 1 ? 330 : 110 + 440.0 * i / (n - 1);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 186\" width=\"100%\" font-family=\"DejaVu Sans, sans-serif\""
                + " role=\"img\" aria-label=\"").append(Svg.text(label)).append(" over time\">");
        if (banded) {
            double y0 = Y.applyAsDouble(bandHi), y1 = Y.applyAsDouble(bandLo);
            b.append("<rect x=\"60\" y=\"").append(Svg.n(y0)).append("\" width=\"540\" height=\"").append(Svg.n(y1 - y0))
                    .append("\" fill=\"#E4E4E4\"/>");
            b.append("<text x=\"66\" y=\"").append(Svg.n(y0 + 12)).append("\" font-size=\"11\" fill=\"#555555\">")
                    .append(Svg.text(bandLabel)).append("</text>");
        }
        b.append("<line x1=\"60\" x2=\"60\" y1=\"").append(Svg.n(Y.applyAsDouble(hi))).append("\" y2=\"")
                .append(Svg.n(Y.applyAsDouble(lo))).append("\" stroke=\"#999999\"/>");
        b.append("<text x=\"54\" y=\"").append(Svg.n(Y.applyAsDouble(hi) + 4)).append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#555555\">")
                .append(Svg.text(fmt(hi))).append("</text>");
        b.append("<text x=\"54\" y=\"").append(Svg.n(Y.applyAsDouble(lo) + 4)).append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#555555\">")
                .append(Svg.text(fmt(lo))).append("</text>");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(values[i])) continue;
            path.append(path.length() == 0 ? "M" : " L").append(Svg.n(X.applyAsDouble(i))).append(' ')
                    .append(Svg.n(Y.applyAsDouble(values[i])));
        }
        b.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2\"/>");
        for (int i = 0; i < n; i++) {
            double x = X.applyAsDouble(i);
            if (!Double.isNaN(values[i])) {
                boolean outside = banded && (values[i] > bandHi || values[i] < bandLo);
                b.append("<circle cx=\"").append(Svg.n(x)).append("\" cy=\"").append(Svg.n(Y.applyAsDouble(values[i])))
                        .append(outside ? "\" r=\"6\" fill=\"#FFFFFF\" stroke=\"#D55E00\" stroke-width=\"3\"/>"
                                : "\" r=\"5\" fill=\"#0072B2\"/>");
            }
            b.append("<text x=\"").append(Svg.n(x)).append("\" y=\"").append(i % 2 == 0 || n <= 5 ? "164" : "178")
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(Svg.text(samples.get(i))).append("</text>");
        }
        return b.append("</svg>").toString();
    }
}
