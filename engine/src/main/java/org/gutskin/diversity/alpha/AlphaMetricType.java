package org.gutskin.diversity.alpha;

import org.gutskin.diversity.MetricEntry;
import org.gutskin.diversity.tree.TipMapping;

/**
 * One entry of the alpha-metric registry ({@link AlphaMetrics}): the contract name, a one-line summary for
 * {@code --help} and the docs, what the metric needs, and how to make it. Each metric class carries its entry as a
 * nested {@code Type}, listed (in help order) in {@code META-INF/services/org.gutskin.diversity.alpha.AlphaMetricType};
 * the command line, the report and the docs read the registry, so a new metric needs no other list edited.
 */
public interface AlphaMetricType {

    /** The contract name, e.g. {@code shannon}: lower case, digits and underscores. */
    String name();

    /** One line for {@code --help} and the docs, without the name, e.g. {@code 1 - sum p^2}. */
    String summary();

    /** True when the metric is defined on read counts only (Chao1's singletons); refused on relative tables. */
    default boolean needsCounts() {
        return false;
    }

    /** True when the metric needs a phylogeny ({@code --tree} or {@code --taxonomy-tree}). */
    default boolean needsTree() {
        return false;
    }

    /**
     * @param base Shannon's logarithm base (metrics that take no logarithm ignore it)
     * @param tree the features on a tree; never null when {@link #needsTree()} (the registry checks)
     */
    AlphaMetric create(double base, TipMapping tree);

    /** How a metric makes itself: the arguments of {@link #create}. */
    @FunctionalInterface
    interface Factory {
        AlphaMetric create(double base, TipMapping tree);
    }

    /**
     * The usual entry, so that a metric's nested {@code Type} is its name, summary, needs and constructor and
     * nothing else (ServiceLoader needs a public no-argument constructor, hence a class rather than a factory call).
     */
    abstract class Entry extends MetricEntry implements AlphaMetricType {
        private final Factory factory;

        protected Entry(String name, String summary, Needs needs, Factory factory) {
            super(name, summary, needs);
            this.factory = factory;
        }

        @Override
        public final AlphaMetric create(double base, TipMapping tree) {
            return factory.create(base, tree);
        }
    }
}
