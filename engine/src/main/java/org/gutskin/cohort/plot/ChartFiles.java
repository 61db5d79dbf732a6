package org.gutskin.cohort.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/** Renders a {@link Chart} to SVG (JFreeSVG) and PNG (Java2D) bytes. */
public final class ChartFiles {

    private ChartFiles() {}

    public static byte[] svg(Chart c) {
        SVGGraphics2D g = new SVGGraphics2D(Chart.WIDTH, Chart.HEIGHT);
        c.paint(g, Chart.WIDTH, Chart.HEIGHT);
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] png(Chart c) {
        BufferedImage img = new BufferedImage(Chart.WIDTH, Chart.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, Chart.WIDTH, Chart.HEIGHT);
        c.paint(g, Chart.WIDTH, Chart.HEIGHT);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
