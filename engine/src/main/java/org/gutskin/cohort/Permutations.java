package org.gutskin.cohort;

import java.util.SplittableRandom;

/**
 * The seeded permutations of group labels that PERMANOVA and PERMDISP compare their statistic against.
 * Permutation k is a Fisher–Yates shuffle driven by {@code new SplittableRandom(seed ^ mix(k))}, so any
 * permutation can be produced on its own, in any order, on any machine: the local and the Spark engine see
 * exactly the same permutations and give the same p-values.
 *
 * <p>scikit-bio draws its permutations from NumPy's global generator, so p-values agree with it within
 * Monte-Carlo error, not exactly; the statistic itself does not depend on the permutations.
 */
public final class Permutations {

    /** The default seed gutskin uses when none is given. */
    public static final long DEFAULT_SEED = 42L;

    private Permutations() {}

    /** Permutation {@code k} (0-based) of {@code codes}. */
    public static int[] permuted(int[] codes, long seed, int k) {
        int[] p = codes.clone();
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + k);
        for (int i = p.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** The permutation p-value (#{F_perm ≥ F} + 1) / (permutations + 1), as scikit-bio and vegan. */
    public static double pValue(double observed, double[] permuted) {
        if (Double.isNaN(observed)) return Double.NaN;
        int ge = 0;
        for (double f : permuted) if (f >= observed) ge++;
        return (ge + 1.0) / (permuted.length + 1.0);
    }
}
