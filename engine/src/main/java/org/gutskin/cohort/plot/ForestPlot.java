package org.gutskin.cohort.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.svg.SVGHints;

/**
 * Forest plot of fitted coefficients: one row per coefficient, top to bottom in the order given (the caller sorts by
 * q), the estimate as a dot and its 95% confidence interval as a horizontal line, a dashed line at 0 (no
 * association). Rows whose q is below {@code qThreshold} are drawn in red. In the SVG every interval, estimate and
 * label carries an id ({@code ci-K}, {@code est-K}, {@code label-K}; the zero line {@code zero}), so the plotted
 * numbers can be read back and checked against the TSV they came from.
 */
public record ForestPlot(String title, String xLabel, List<Row> rows, double qThreshold) implements Chart {

    /** One coefficient: its label (taxon or metric, and the design column), estimate, CI ends and q-value. */
    public record Row(String label, double estimate, double ciLow, double ciHigh, double qValue) {}

    public ForestPlot {
        rows = List.copyOf(rows);
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        g.setFont(PlotFrame.FONT);
        FontMetrics fm = g.getFontMetrics();
        int labelWidth = 60;
        for (Row r : rows) labelWidth = Math.max(labelWidth, fm.stringWidth(shorten(r.label())));
        double lo = 0, hi = 0;
        for (Row r : rows) {
            if (Double.isFinite(r.ciLow())) lo = Math.min(lo, r.ciLow());
            if (Double.isFinite(r.ciHigh())) hi = Math.max(hi, r.ciHigh());
            if (Double.isFinite(r.estimate())) {
                lo = Math.min(lo, r.estimate());
                hi = Math.max(hi, r.estimate());
            }
        }
        // y runs from -0.5 (bottom) to n - 0.5 (top); row k sits at n - 1 - k so the first row is at the top
        int n = Math.max(rows.size(), 1);
        PlotFrame f = new PlotFrame(width, height, Math.min(labelWidth + 16, width / 2), 20, lo, hi, -0.5, n - 0.5);
        drawAxes(g, f);
        g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "zero");
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        g.draw(new Line2D.Double(f.x(0), f.top, f.x(0), f.bottom));
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            double y = f.y(n - 1 - k);
            Color c = r.qValue() < qThreshold ? new Color(0xB2, 0x18, 0x2B) : new Color(0x33, 0x33, 0x33);
            g.setColor(Color.DARK_GRAY);
            String label = shorten(r.label());
            g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "label-" + k);
            g.drawString(label, (float) (f.left - 8 - fm.stringWidth(label)), (float) (y + 4));
            if (!Double.isFinite(r.estimate())) continue;
            g.setColor(c);
            g.setStroke(new BasicStroke(1.8f));
            if (Double.isFinite(r.ciLow()) && Double.isFinite(r.ciHigh())) {
                g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "ci-" + k);
                g.draw(new Line2D.Double(f.x(r.ciLow()), y, f.x(r.ciHigh()), y));
            }
            g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "est-" + k);
            g.fill(new Ellipse2D.Double(f.x(r.estimate()) - 4, y - 4, 8, 8));
        }
    }

    /** The frame, x ticks, x label and title (rows are labelled by name, so no y ticks). */
    private void drawAxes(Graphics2D g, PlotFrame f) {
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(f.left, f.top, f.right - f.left, f.bottom - f.top);
        FontMetrics fm = g.getFontMetrics();
        for (double t : PlotFrame.ticks(f.x0, f.x1)) {
            int px = (int) Math.round(f.x(t));
            g.drawLine(px, f.bottom, px, f.bottom + 4);
            String s = PlotFrame.label(t);
            g.drawString(s, px - fm.stringWidth(s) / 2, f.bottom + 17);
        }
        g.drawString(xLabel, (f.left + f.right) / 2 - fm.stringWidth(xLabel) / 2, f.bottom + 40);
        g.setFont(PlotFrame.TITLE);
        g.setColor(Color.BLACK);
        g.drawString(title, 10, f.top - 14);
        g.setFont(PlotFrame.FONT);
    }

    /** Long taxon names keep their end (the species), which is what a reader scans for. */
    static String shorten(String label) {
        return label.length() <= 48 ? label : "…" + label.substring(label.length() - 47);
    }
}
