package org.gutskin.cohort.plot;

import java.awt.Graphics2D;

/** A chart that paints itself on any Graphics2D, so one drawing code gives both the SVG and the PNG. */
public interface Chart {

    int WIDTH = 720, HEIGHT = 480;

    void paint(Graphics2D g, int width, int height);

    /** Plain-language title (also the SVG's title). */
    String title();
}
