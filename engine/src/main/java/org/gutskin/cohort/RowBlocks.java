package org.gutskin.cohort;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.gutskin.diversity.DistanceRows;

/**
 * How the n rows of a distance matrix are cut into blocks for {@link RowBlockTask}s, and the in-process runner.
 * A block holds at most about 2²¹ distances (16 MB), so memory per worker stays flat however large the cohort:
 * 256 rows at 8,000 samples, 10 at 200,000.
 */
public final class RowBlocks {

    private static final long BLOCK_VALUES = 1L << 21;

    private RowBlocks() {}

    public static int rowsPerBlock(int n) {
        return (int) Math.max(8, Math.min(256, BLOCK_VALUES / Math.max(1, n)));
    }

    /** The blocks [from, to) covering 0..n−1, in order. */
    public static List<int[]> of(int n) {
        int b = rowsPerBlock(n);
        List<int[]> out = new ArrayList<>();
        for (int from = 0; from < n; from += b) out.add(new int[] {from, Math.min(n, from + b)});
        return out;
    }

    /** Runs the task on every block of {@code rows} on this machine's cores; results in block order. */
    public static <R extends Serializable> List<R> runLocal(DistanceRows rows, RowBlockTask<R> task) {
        int n = rows.size();
        List<int[]> blocks = of(n);
        Object[] out = new Object[blocks.size()];
        ThreadLocal<double[]> slab = ThreadLocal.withInitial(() -> new double[rowsPerBlock(n) * n]);
        IntStream.range(0, blocks.size()).parallel().forEach(b -> {
            int[] r = blocks.get(b);
            double[] s = slab.get();
            rows.fill(r[0], r[1], s);
            out[b] = task.apply(r[0], r[1], s, n);
        });
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) (List<?>) Arrays.asList(out);
        return results;
    }
}
