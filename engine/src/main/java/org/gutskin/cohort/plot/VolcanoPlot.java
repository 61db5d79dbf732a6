package org.gutskin.cohort.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;

/**
 * Volcano plot: effect size against −log₁₀ p for every taxon tested; taxa with q below the threshold in red,
 * the rest grey; a dashed line at the smallest p that still passes the threshold.
 */
public record VolcanoPlot(String effectLabel, double[] effect, double[] p, double[] q, double qThreshold) implements Chart {

    @Override
    public String title() {
        return "Differential abundance (q < " + qThreshold + " in red)";
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        double[] y = new double[p.length];
        for (int i = 0; i < p.length; i++) y[i] = p[i] > 0 ? -Math.log10(p[i]) : Double.NaN;
        PlotFrame f = new PlotFrame(width, height, 30, PcoaScatter.min(effect), PcoaScatter.max(effect), 0,
                Math.max(PcoaScatter.max(y), 1));
        f.draw(g, title(), effectLabel, "−log10 p", true);
        for (int i = 0; i < p.length; i++) {
            if (!Double.isFinite(effect[i]) || !Double.isFinite(y[i])) continue;
            boolean hit = q[i] < qThreshold;
            g.setColor(hit ? new Color(214, 39, 40, 210) : new Color(120, 120, 120, 140));
            g.fillOval((int) Math.round(f.x(effect[i])) - 3, (int) Math.round(f.y(y[i])) - 3, 6, 6);
        }
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        if (f.x0 < 0 && f.x1 > 0) g.drawLine((int) f.x(0), f.top, (int) f.x(0), f.bottom);
    }
}
