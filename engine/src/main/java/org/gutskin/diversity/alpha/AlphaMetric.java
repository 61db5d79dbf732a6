package org.gutskin.diversity.alpha;

import org.gutskin.profile.SparseVector;

/**
 * One alpha-diversity metric of one sample, computed from its non-zero abundances. Implementations are
 * stateless and thread-safe; the contract name ({@code shannon}, {@code chao1}, …) is what the command line
 * and the output use.
 */
public interface AlphaMetric {

    /** The contract name, e.g. {@code shannon}. */
    String name();

    /** The metric's value for one sample; NaN where it is undefined (e.g. Shannon of an empty sample). */
    double of(SparseVector sample);
}
