package org.gutskin.cohort.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.Arrays;
import java.util.List;

/**
 * Box plot of one per-sample score by group: box from the first to the third quartile (linear interpolation,
 * NumPy's default), median line, whiskers to the most extreme values within 1.5 × IQR, points beyond drawn. With
 * {@code points} (a box/strip plot) every sample is drawn as a dot, spread sideways by a fixed pattern so the same
 * data always gives the same picture.
 */
public record BoxPlot(String metric, double[] values, int[] group, List<String> groups, String subtitle,
        boolean points) implements Chart {

    /** A box plot with only the points beyond the whiskers drawn. */
    public BoxPlot(String metric, double[] values, int[] group, List<String> groups, String subtitle) {
        this(metric, values, group, groups, subtitle, false);
    }

    @Override
    public String title() {
        return metric + " by group" + (subtitle.isEmpty() ? "" : " — " + subtitle);
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        PlotFrame f = new PlotFrame(width, height, 30, -0.5, groups.size() - 0.5, PcoaScatter.min(values), PcoaScatter.max(values));
        f.draw(g, title(), "group", metric, false);
        FontMetrics fm = g.getFontMetrics();
        double half = Math.min(40, (f.x(1) - f.x(0)) * 0.3);
        for (int k = 0; k < groups.size(); k++) {
            final int kk = k;
            double[] v = java.util.stream.IntStream.range(0, values.length).filter(i -> group[i] == kk)
                    .mapToDouble(i -> values[i]).filter(Double::isFinite).sorted().toArray();
            double cx = f.x(k);
            String label = groups.get(k) + " (n=" + v.length + ")";
            g.setColor(Color.DARK_GRAY);
            g.drawString(label, (int) (cx - fm.stringWidth(label) / 2.0), f.bottom + 17);
            if (v.length == 0) continue;
            double q1 = quantile(v, 0.25), q2 = quantile(v, 0.5), q3 = quantile(v, 0.75), iqr = q3 - q1;
            double lo = Arrays.stream(v).filter(x -> x >= q1 - 1.5 * iqr).min().orElse(q1);
            double hi = Arrays.stream(v).filter(x -> x <= q3 + 1.5 * iqr).max().orElse(q3);
            Color c = PlotFrame.PALETTE[k % PlotFrame.PALETTE.length];
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 70));
            g.fillRect((int) (cx - half), (int) f.y(q3), (int) (2 * half), (int) Math.max(1, f.y(q1) - f.y(q3)));
            g.setColor(c);
            g.setStroke(new BasicStroke(1.5f));
            g.drawRect((int) (cx - half), (int) f.y(q3), (int) (2 * half), (int) Math.max(1, f.y(q1) - f.y(q3)));
            g.drawLine((int) (cx - half), (int) f.y(q2), (int) (cx + half), (int) f.y(q2));
            g.drawLine((int) cx, (int) f.y(q3), (int) cx, (int) f.y(hi));
            g.drawLine((int) cx, (int) f.y(q1), (int) cx, (int) f.y(lo));
            g.drawLine((int) (cx - half / 2), (int) f.y(hi), (int) (cx + half / 2), (int) f.y(hi));
            g.drawLine((int) (cx - half / 2), (int) f.y(lo), (int) (cx + half / 2), (int) f.y(lo));
            if (points) {
                g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
                for (int i = 0; i < v.length; i++) {
                    double dx = ((i * 7) % 11 - 5) / 5.0 * half * 0.6; // a fixed spread: -0.6 … 0.6 of the half-width
                    g.fillOval((int) Math.round(cx + dx) - 3, (int) Math.round(f.y(v[i])) - 3, 6, 6);
                }
            } else {
                for (double x : v) if (x < lo || x > hi) g.drawOval((int) cx - 3, (int) f.y(x) - 3, 6, 6);
            }
        }
    }

    /** The p-quantile of sorted values, linear interpolation between order statistics (type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int i = (int) Math.floor(h);
        return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
    }
}
