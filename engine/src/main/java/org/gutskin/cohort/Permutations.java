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

    /**
     * Permutation {@code k} (0-based) of the sample indices 0..n−1, restricted to blocks when {@code strata} is not
     * null: {@code perm[i]} is the sample whose data goes to position i, and it is always in the same block as i
     * (vegan's {@code how(blocks = …)}: each block shuffled freely, blocks never mixed; a block of one sample stays
     * put). Without strata this is {@link #permuted} of the identity, so the free case draws the same shuffles as
     * the labels' permutations. With strata the same generator shuffles each block in turn, blocks in increasing
     * id, positions in sample order — any machine produces the same permutation k.
     */
    public static int[] permutedIndices(int n, int[] strata, long seed, int k) {
        int[] identity = new int[n];
        for (int i = 0; i < n; i++) identity[i] = i;
        if (strata == null) return permuted(identity, seed, k);
        if (strata.length != n) throw new IllegalArgumentException("one block per sample");
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        // positions grouped by block (stable: sample order within a block)
        java.util.Arrays.sort(order, (a, b) -> strata[a] != strata[b] ? Integer.compare(strata[a], strata[b]) : Integer.compare(a, b));
        int[] p = identity;
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + k);
        for (int from = 0; from < n; ) {
            int to = from;
            while (to < n && strata[order[to]] == strata[order[from]]) to++;
            for (int i = to - 1; i > from; i--) {
                int j = from + rng.nextInt(i - from + 1);
                int a = order[i], b = order[j];
                int t = p[a];
                p[a] = p[b];
                p[b] = t;
            }
            from = to;
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
