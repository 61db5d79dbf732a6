package org.gutskin.diversity.beta;

import java.util.Arrays;
import org.gutskin.diversity.DistanceMatrix;

/**
 * Shared branch length of every pair of samples when the branches come in a few length classes (a taxonomy tree:
 * every branch 1): each sample is a bit set of its branches per class, and the shared length of two samples is
 * Σ_c L_c · popcount(Aᶜ ∧ Bᶜ) — 64 branches per instruction instead of one, the idea Striped UniFrac uses for
 * unweighted UniFrac (McDonald et al. 2018, doi:10.1038/s41592-018-0187-8). Exact: integer counts times a length.
 * {@link UnweightedUnifrac} chooses it when the words per sample are fewer than half its branches.
 */
final class PresenceBitsKernel {

    private PresenceBitsKernel() {}

    /**
     * @param bits sample-major: sample s occupies {@code bits[s·stride .. (s+1)·stride)}, class c's words at
     *        {@code c·words} within it
     * @param classLength the branch length of each class
     */
    static double[] condensed(long[] bits, int samples, int words, double[] classLength, int threads,
            MinSumKernel.Finish finish) {
        int n = samples;
        int classes = classLength.length;
        int stride = words * classes;
        long len = (long) n * (n - 1) / 2;
        double[] out = DistanceMatrix.newCondensed(n);
        double work = (double) len * stride;
        BlockScheduler.run(n, BlockScheduler.threadsFor(work, threads), i -> {
            int a = i * stride;
            for (int j = i + 1; j < n; j++) {
                int b = j * stride;
                double shared = 0;
                for (int c = 0; c < classes; c++) {
                    long count = 0;
                    for (int w = c * words, end = w + words; w < end; w++) count += Long.bitCount(bits[a + w] & bits[b + w]);
                    shared += classLength[c] * count;
                }
                out[(int) DistanceMatrix.condensedIndex(n, i, j)] = finish.distance(i, j, shared);
            }
        });
        return out;
    }

    /** The distinct positive lengths among the given ones, or null when there are more than {@code max}. */
    static double[] lengthClasses(double[] lengths, int max) {
        double[] distinct = Arrays.stream(lengths).filter(l -> l > 0).distinct().sorted().toArray();
        return distinct.length <= max ? distinct : null;
    }
}
