package org.gutskin.diversity;

import java.util.List;

/**
 * Distances by rows: for a range of samples, their distance to every sample of the cohort. The form the
 * large-cohort statistics consume, so that the n×n matrix need not exist: a stored {@link DistanceMatrix}
 * serves rows from memory, a metric computes them on demand (in any process, e.g. a Spark task).
 *
 * <p>Every implementation gives bitwise the same value for a pair whichever of the two samples is the row, and
 * the same value as the metric's stored matrix, so results do not depend on where rows come from.
 */
public interface DistanceRows {

    List<String> ids();

    default int size() {
        return ids().size();
    }

    /**
     * Writes d(i, j) for i in [from, to) and every j in [0, n) to {@code out[(i − from)·n + j]} (0 where i = j).
     * {@code out} must hold (to − from)·n values.
     */
    void fill(int from, int to, double[] out);

    /** How rows are filled (the {@link #fill} contract). */
    @FunctionalInterface
    interface Filler {
        void fill(int from, int to, double[] out);
    }

    /** Rows over {@code ids} filled by {@code filler}. */
    static DistanceRows of(List<String> ids, Filler filler) {
        return new DistanceRows() {
            @Override
            public List<String> ids() {
                return ids;
            }

            @Override
            public void fill(int from, int to, double[] out) {
                filler.fill(from, to, out);
            }
        };
    }
}
