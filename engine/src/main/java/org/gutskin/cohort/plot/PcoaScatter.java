package org.gutskin.cohort.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;

/** PCoA scatter: PC1 against PC2, one colour per group, axis labels with the share of variation explained. */
public record PcoaScatter(String metric, double[] pc1, double[] pc2, double share1, double share2, int[] group,
        List<String> groups) implements Chart {

    @Override
    public String title() {
        return "PCoA of " + metric + " distances";
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        PlotFrame f = new PlotFrame(width, height, 160, min(pc1), max(pc1), min(pc2), max(pc2));
        f.draw(g, title(), String.format(java.util.Locale.ROOT, "PC1 (%.1f %%)", share1 * 100),
                String.format(java.util.Locale.ROOT, "PC2 (%.1f %%)", share2 * 100), true);
        for (int i = 0; i < pc1.length; i++) {
            Color c = PlotFrame.PALETTE[group[i] % PlotFrame.PALETTE.length];
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 190));
            g.fillOval((int) Math.round(f.x(pc1[i])) - 4, (int) Math.round(f.y(pc2[i])) - 4, 8, 8);
        }
        f.legend(g, groups);
    }

    static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) if (Double.isFinite(x)) m = Math.min(m, x);
        return m == Double.POSITIVE_INFINITY ? 0 : m;
    }

    static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) if (Double.isFinite(x)) m = Math.max(m, x);
        return m == Double.NEGATIVE_INFINITY ? 1 : m;
    }
}
