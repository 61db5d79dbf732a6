package org.gutskin.diversity.beta;

import org.gutskin.diversity.DistanceMatrix;

/**
 * The one pairwise loop behind Bray–Curtis, Jaccard and both UniFracs: for every pair of rows it computes
 * M(i, j) = Σₜ min(xᵢₜ, xⱼₜ) over the columns both rows hold, and hands M to the metric's {@link Finish}.
 * With row sums Sᵢ, Σ|xᵢ − xⱼ| = Sᵢ + Sⱼ − 2M, which is all these metrics need (min(x, y) = (x + y − |x − y|)/2).
 *
 * <p>Why it is fast: a block of B rows is scattered into a dense, interleaved array {@code dense[t·B + b]}
 * (a few hundred KB, so it stays in the L2 cache); then every later row j is streamed once per block and each of
 * its non-zeros updates B accumulators from one cache line. The cost is O(n²·k/2) with k the non-zeros per row
 * (not the dimension), and the rows are read n/B times instead of n times. Blocks are shared out between the
 * cores. Memory: the condensed triangle (8·n(n−1)/2 bytes) plus one dense block per thread.
 *
 * <p>Identical rows give exactly 0: M is then summed over the same values in the same order as Sⱼ.
 */
final class MinSumKernel {

    /** Turns the sum of minima of rows i &lt; j into their distance. */
    interface Finish {
        double distance(int i, int j, double minSum);
    }

    private MinSumKernel() {}

    static double[] condensed(SparseRows rows, int threads, Finish finish) {
        int n = rows.rows();
        long len = (long) n * (n - 1) / 2;
        if (len > Integer.MAX_VALUE - 8)
            throw new IllegalArgumentException(n + " samples: the distance triangle exceeds one Java array");
        double[] out = new double[(int) len];
        int dim = Math.max(1, rows.dimension());
        int b = (int) Math.max(1, Math.min(16, 32768L / dim)); // keep a block's dense array ≲ 256 KB
        int blocks = (n + b - 1) / b;
        int B = b;
        BlockScheduler.run(blocks, threads, blk -> block(rows, out, n, blk * B, Math.min(n, blk * B + B), B, finish));
        return out;
    }

    private static void block(SparseRows rows, double[] out, int n, int i0, int i1, int B, Finish finish) {
        int[] start = rows.start();
        int[] col = rows.column();
        double[] val = rows.value();
        int width = i1 - i0;
        double[] dense = new double[rows.dimension() * B];
        for (int i = i0; i < i1; i++) {
            int b = i - i0;
            for (int k = start[i]; k < start[i + 1]; k++) dense[col[k] * B + b] = val[k];
        }
        double[] acc = new double[B];
        for (int j = i0 + 1; j < n; j++) {
            java.util.Arrays.fill(acc, 0.0);
            for (int k = start[j]; k < start[j + 1]; k++) {
                int base = col[k] * B;
                double v = val[k];
                for (int bb = 0; bb < B; bb++) acc[bb] += Math.min(dense[base + bb], v);
            }
            int top = Math.min(width, j - i0); // rows i < j of this block
            for (int bb = 0; bb < top; bb++) {
                int i = i0 + bb;
                out[(int) DistanceMatrix.condensedIndex(n, i, j)] = finish.distance(i, j, acc[bb]);
            }
        }
    }
}
