package org.gutskin.diversity;

import java.util.List;

/**
 * A symmetric, hollow distance matrix over samples, stored as its condensed upper triangle in float64 (as
 * scipy's {@code pdist}): n·(n−1)/2 values, 1.6 GB for 20,000 samples instead of 3.2 GB for the square. One Java
 * array holds at most {@link #MAX_SAMPLES} samples; larger cohorts use {@link DistanceRows} computed on demand.
 */
public final class DistanceMatrix implements DistanceRows {

    /** The most samples whose condensed triangle fits one Java array (n·(n−1)/2 &lt; 2³¹ − 8). */
    public static final int MAX_SAMPLES = 65_536;

    /** Whether n samples' condensed triangle fits one array. */
    public static boolean fits(long n) {
        return n * (n - 1) / 2 <= Integer.MAX_VALUE - 8;
    }

    /** A zeroed condensed triangle for n samples, for a metric to fill. */
    public static double[] newCondensed(int n) {
        if (!fits(n)) throw new IllegalArgumentException(n + " samples: the distance triangle exceeds one Java array");
        return new double[(int) ((long) n * (n - 1) / 2)];
    }

    private final List<String> ids;
    private final double[] condensed;

    public DistanceMatrix(List<String> ids, double[] condensed) {
        long n = ids.size();
        if (condensed.length != n * (n - 1) / 2)
            throw new IllegalArgumentException("condensed length " + condensed.length + " does not fit " + n + " ids");
        this.ids = List.copyOf(ids);
        this.condensed = condensed;
    }

    @Override
    public List<String> ids() {
        return ids;
    }

    @Override
    public int size() {
        return ids.size();
    }

    /** Index of pair (i, j), i &lt; j, in the condensed array (scipy's layout). */
    public static long condensedIndex(int n, int i, int j) {
        return (long) n * i - (long) i * (i + 1) / 2 + (j - i - 1);
    }

    public double get(int i, int j) {
        if (i == j) return 0.0;
        if (i > j) {
            int t = i;
            i = j;
            j = t;
        }
        return condensed[(int) condensedIndex(ids.size(), i, j)];
    }

    /**
     * Rows from the stored triangle: row i's pairs with j &gt; i are contiguous, and for j &lt; i the rows of the
     * block are one contiguous run of row j's pairs, so the copy streams memory in both parts.
     */
    @Override
    public void fill(int from, int to, double[] out) {
        int n = ids.size();
        for (int j = 0; j < n; j++) {
            // pairs (j, i) with j < i, for the block's rows i > j: contiguous in row j
            int first = Math.max(from, j + 1);
            if (first >= to) continue;
            int at = (int) condensedIndex(n, j, first);
            for (int i = first; i < to; i++) out[(i - from) * n + j] = condensed[at++];
        }
        for (int i = from; i < to; i++) {
            int row = (i - from) * n;
            out[row + i] = 0.0;
            if (i + 1 < n) System.arraycopy(condensed, (int) condensedIndex(n, i, i + 1), out, row + i + 1, n - 1 - i);
        }
    }

    /** The condensed upper triangle (shared, do not modify). */
    public double[] condensed() {
        return condensed;
    }
}
