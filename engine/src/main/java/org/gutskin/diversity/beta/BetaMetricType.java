package org.gutskin.diversity.beta;

import org.gutskin.diversity.MetricEntry;
import org.gutskin.diversity.tree.TipMapping;

/**
 * One entry of the beta-metric registry ({@link BetaMetrics}): the contract name, a one-line summary for
 * {@code --help} and the docs, whether it needs a tree, and how to make it. Each metric class carries its entry as a
 * nested {@code Type}, listed (in help order) in {@code META-INF/services/org.gutskin.diversity.beta.BetaMetricType};
 * nothing else lists metric names.
 */
public interface BetaMetricType {

    /** The contract name, e.g. {@code braycurtis}: lower case, digits and underscores. */
    String name();

    /** One line for {@code --help} and the docs, without the name. */
    String summary();

    /** True for a phylogenetic metric ({@code --tree} or {@code --taxonomy-tree}); the cohort command refuses it. */
    default boolean needsTree() {
        return false;
    }

    /**
     * @param tree the features on a tree; never null when {@link #needsTree()} (the registry checks)
     * @param pseudocount added before a logarithm (Aitchison); metrics without one ignore it
     */
    BetaMetric create(TipMapping tree, double pseudocount);

    /** How a metric makes itself: the arguments of {@link #create}. */
    @FunctionalInterface
    interface Factory {
        BetaMetric create(TipMapping tree, double pseudocount);
    }

    /**
     * The usual entry, so that a metric's nested {@code Type} is its name, summary, needs and constructor and
     * nothing else (ServiceLoader needs a public no-argument constructor, hence a class rather than a factory call).
     */
    abstract class Entry extends MetricEntry implements BetaMetricType {
        private final Factory factory;

        protected Entry(String name, String summary, Needs needs, Factory factory) {
            super(name, summary, needs);
            this.factory = factory;
        }

        @Override
        public final BetaMetric create(TipMapping tree, double pseudocount) {
            return factory.create(tree, pseudocount);
        }
    }
}
