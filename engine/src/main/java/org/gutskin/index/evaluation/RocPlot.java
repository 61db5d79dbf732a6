package org.gutskin.index.evaluation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws an index's ROC curve — one Java2D routine, rendered as SVG (JFreeSVG) or as a PNG image — with the
 * chance diagonal, the index's operating point at score 0 and, when the index has one, the points at the edges
 * of the reject band (±band). The legend gives AUC with its bootstrap interval and the sample counts.
 */
public final class RocPlot {

    private static final int W = 640, H = 600, LEFT = 80, TOP = 60, SIDE = 460;

    private final String title;
    private final String subtitle;
    private final RocCurve roc;
    private final List<String> legend;
    private final double band;

    /**
     * @param title    e.g. "GMWI2 (gmwi2@1.6): healthy vs non-healthy"
     * @param subtitle the data, e.g. the labels file and column
     * @param legend   lines for the legend box (AUC, n, …)
     * @param band     the reject band's half-width, 0 for none
     */
    public RocPlot(String title, String subtitle, RocCurve roc, List<String> legend, double band) {
        this.title = title;
        this.subtitle = subtitle;
        this.roc = roc;
        this.legend = List.copyOf(legend);
        this.band = band;
    }

    public String svg() {
        SVGGraphics2D g = new SVGGraphics2D(W, H);
        draw(g);
        return g.getSVGDocument();
    }

    public BufferedImage png() {
        BufferedImage img = new BufferedImage(W * 2, H * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.scale(2, 2); // twice the resolution for legible text
        draw(g);
        g.dispose();
        return img;
    }

    private double px(double x) {
        return LEFT + x * SIDE;
    }

    private double py(double y) {
        return TOP + (1 - y) * SIDE;
    }

    private void draw(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT - 40, 26);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(subtitle, LEFT - 40, 44);

        // axes, grid, ticks
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i <= 10; i += 2) {
            double v = i / 10.0;
            g.setColor(new Color(230, 230, 230));
            g.draw(new Line2D.Double(px(v), py(0), px(v), py(1)));
            g.draw(new Line2D.Double(px(0), py(v), px(1), py(v)));
            g.setColor(Color.DARK_GRAY);
            String t = String.format(Locale.ROOT, "%.1f", v);
            g.drawString(t, (float) px(v) - 9, (float) py(0) + 18);
            g.drawString(t, (float) px(0) - 30, (float) py(v) + 4);
        }
        g.setColor(Color.BLACK);
        g.drawRect((int) px(0), (int) py(1), SIDE, SIDE);
        g.drawString("1 − sensitivity (non-healthy samples called healthy)", LEFT + 60, TOP + SIDE + 42);
        Graphics2D r = (Graphics2D) g.create();
        r.rotate(-Math.PI / 2);
        r.drawString("specificity (healthy samples called healthy)", -(TOP + SIDE - 70), LEFT - 45);
        r.dispose();

        // chance line
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 5f}, 0f));
        g.draw(new Line2D.Double(px(0), py(0), px(1), py(1)));

        // curve
        Path2D.Double path = new Path2D.Double();
        double[] x = roc.falseHealthyRate(), y = roc.trueHealthyRate();
        path.moveTo(px(x[0]), py(y[0]));
        for (int i = 1; i < x.length; i++) path.lineTo(px(x[i]), py(y[i]));
        g.setColor(new Color(31, 119, 180));
        g.setStroke(new BasicStroke(2.2f));
        g.draw(path);

        // operating points
        marker(g, roc.pointAt(Double.MIN_VALUE), new Color(214, 39, 40), "score > 0");
        if (band > 0) {
            marker(g, roc.pointAt(band), new Color(44, 160, 44), String.format(Locale.ROOT, "score ≥ +%.1f", band));
            marker(g, roc.pointAt(-band + Math.ulp(band)), new Color(255, 127, 14),
                    String.format(Locale.ROOT, "score > −%.1f", band));
        }

        // legend
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        float ly = (float) py(0.32);
        for (String line : legend) {
            g.drawString(line, (float) px(0.40), ly);
            ly += 16;
        }
    }

    private void marker(Graphics2D g, double[] p, Color c, String label) {
        g.setColor(c);
        g.fill(new Ellipse2D.Double(px(p[0]) - 5, py(p[1]) - 5, 10, 10));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        boolean right = p[0] > 0.8; // keep the label inside the plot near the right edge
        float lx = right ? (float) px(p[0]) - 8 - g.getFontMetrics().stringWidth(label) : (float) px(p[0]) + 8;
        g.drawString(label, lx, (float) py(p[1]) + 14);
    }
}
