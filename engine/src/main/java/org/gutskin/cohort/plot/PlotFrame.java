package org.gutskin.cohort.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.List;

/**
 * The axes of a chart: data ranges mapped to a plot area with margins, "nice" ticks (1, 2, 5 × 10ᵏ), axis
 * labels and a title. Charts draw their marks through {@link #x} and {@link #y}.
 */
final class PlotFrame {

    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22),
            new Color(0x17becf)};
    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    final int left, top = 40, right, bottom;
    final double x0, x1, y0, y1;

    PlotFrame(int width, int height, int rightMargin, double x0, double x1, double y0, double y1) {
        this(width, height, 70, rightMargin, x0, x1, y0, y1);
    }

    /** With a left margin wide enough for row labels (the forest plot's taxon names). */
    PlotFrame(int width, int height, int leftMargin, int rightMargin, double x0, double x1, double y0, double y1) {
        this.left = leftMargin;
        this.right = width - rightMargin;
        this.bottom = height - 55;
        double px = pad(x0, x1), py = pad(y0, y1);
        this.x0 = x0 - px;
        this.x1 = x1 + px;
        this.y0 = y0 - py;
        this.y1 = y1 + py;
    }

    private static double pad(double a, double b) {
        double r = b - a;
        return r > 0 ? r * 0.05 : Math.max(Math.abs(a) * 0.1, 0.5);
    }

    double x(double v) {
        return left + (v - x0) / (x1 - x0) * (right - left);
    }

    double y(double v) {
        return bottom - (v - y0) / (y1 - y0) * (bottom - top);
    }

    void draw(Graphics2D g, String title, String xLabel, String yLabel, boolean xTicks) {
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, top, right - left, bottom - top);
        g.setFont(FONT);
        FontMetrics fm = g.getFontMetrics();
        if (xTicks)
            for (double t : ticks(x0, x1)) {
                int px = (int) Math.round(x(t));
                g.drawLine(px, bottom, px, bottom + 4);
                String s = label(t);
                g.drawString(s, px - fm.stringWidth(s) / 2, bottom + 17);
            }
        for (double t : ticks(y0, y1)) {
            int py = (int) Math.round(y(t));
            g.drawLine(left - 4, py, left, py);
            String s = label(t);
            g.drawString(s, left - 7 - fm.stringWidth(s), py + 4);
        }
        g.drawString(xLabel, (left + right) / 2 - fm.stringWidth(xLabel) / 2, bottom + 40);
        AffineTransform at = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(yLabel, -(top + bottom) / 2 - fm.stringWidth(yLabel) / 2, 18);
        g.setTransform(at);
        g.setFont(TITLE);
        g.setColor(Color.BLACK);
        g.drawString(title, left, top - 14);
        g.setFont(FONT);
    }

    void legend(Graphics2D g, List<String> labels) {
        g.setFont(FONT);
        int y = top + 14;
        for (int i = 0; i < labels.size(); i++, y += 18) {
            g.setColor(PALETTE[i % PALETTE.length]);
            g.fillOval(right + 12, y - 9, 10, 10);
            g.setColor(Color.BLACK);
            g.drawString(labels.get(i), right + 28, y);
        }
    }

    static double[] ticks(double lo, double hi) {
        double range = hi - lo;
        if (!(range > 0)) return new double[] {lo};
        double step = Math.pow(10, Math.floor(Math.log10(range / 5)));
        double f = range / 5 / step;
        step *= f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10;
        double start = Math.ceil(lo / step) * step;
        int n = (int) Math.floor((hi - start) / step) + 1;
        double[] t = new double[Math.max(n, 0)];
        for (int i = 0; i < t.length; i++) t[i] = start + i * step;
        return t;
    }

    static String label(double v) {
        if (Math.abs(v) < 1e-12) return "0";
        double a = Math.abs(v);
        if (a >= 1e4 || a < 1e-3) return String.format(java.util.Locale.ROOT, "%.1e", v);
        String s = String.format(java.util.Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
