package org.gutskin.diversity;

/**
 * What an alpha and a beta metric's registry entry share: the contract name, the one-line summary for
 * {@code --help} and the docs, and what the metric needs beyond a table of relative abundances. The metric kinds
 * add only how to make the metric ({@code AlphaMetricType.Entry}, {@code BetaMetricType.Entry}).
 */
public abstract class MetricEntry {

    /** What a metric needs beyond a table of relative abundances. */
    public enum Needs { NOTHING, COUNTS, TREE }

    private final String name;
    private final String summary;
    private final Needs needs;

    protected MetricEntry(String name, String summary, Needs needs) {
        this.name = name;
        this.summary = summary;
        this.needs = needs;
    }

    public final String name() {
        return name;
    }

    public final String summary() {
        return summary;
    }

    /** True when the metric is defined on read counts only (refused on relative tables). */
    public final boolean needsCounts() {
        return needs == Needs.COUNTS;
    }

    /** True when the metric needs a phylogeny ({@code --tree} or {@code --taxonomy-tree}). */
    public final boolean needsTree() {
        return needs == Needs.TREE;
    }
}
