package org.gutskin.diversity.beta;

import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.DistanceRows;
import org.gutskin.profile.AbundanceTable;

/**
 * Aitchison distance: the Euclidean distance between centred log-ratio transforms (Aitchison 1982,
 * doi:10.1111/j.2517-6161.1982.tb01195.x), clr(x)ₜ = ln(xₜ + c) − (1/D) Σₛ ln(xₛ + c), with a pseudocount c
 * added to every value (counts, or percent for a relative table) because the logarithm of a zero is undefined,
 * and D the number of features of the table. The default c = 1 is what the contract check compares against
 * (scikit-bio {@code clr(counts + 1)} then SciPy {@code pdist}); a different c gives different distances, which
 * is why the command line states the one it used.
 *
 * <p>Sparse form: with ℓₜ = ln(xₜ + c) − ln c (zero where xₜ = 0) and δ = ℓᵤ − ℓᵥ, which is zero outside the
 * union U of the two samples' features, d² = Σ_{t∈U} (δₜ − m)² + (D − |U|)·m² with m = Σδ / D. Summing squares of
 * centred terms (not Σδ² − Dm²) keeps the result exact to rounding when the samples are nearly proportional.
 * Each pair merges the two rows: O(|u| + |v|).
 */
public final class Aitchison implements BetaMetric {

    /** The pseudocount the contract check (scikit-bio) uses, and gutskin's default. */
    public static final double DEFAULT_PSEUDOCOUNT = 1.0;

    private final double pseudocount;

    public Aitchison(double pseudocount) {
        if (!(pseudocount > 0) || Double.isInfinite(pseudocount))
            throw new IllegalArgumentException("the pseudocount must be a positive number");
        this.pseudocount = pseudocount;
    }

    public double pseudocount() {
        return pseudocount;
    }

    @Override
    public String name() {
        return "aitchison";
    }

    @Override
    public DistanceMatrix compute(AbundanceTable table, int threads) {
        Pairs p = new Pairs(table);
        int n = p.rows.rows();
        long len = (long) n * (n - 1) / 2;
        double[] out = DistanceMatrix.newCondensed(n);
        double work = (double) len * 2 * p.rows.column().length / Math.max(1, n);
        BlockScheduler.run(n, BlockScheduler.threadsFor(work, threads), i -> {
            for (int j = i + 1; j < n; j++) out[(int) DistanceMatrix.condensedIndex(n, i, j)] = p.distance(i, j);
        });
        return new DistanceMatrix(table.sampleIds(), out);
    }

    @Override
    public DistanceRows rows(AbundanceTable table) {
        Pairs p = new Pairs(table);
        int n = p.rows.rows();
        return DistanceRows.of(table.sampleIds(), (from, to, out) -> {
            for (int i = from; i < to; i++)
                for (int j = 0; j < n; j++) out[(i - from) * n + j] = i == j ? 0.0 : p.distance(i, j);
        });
    }

    /** The log-shifted rows and their sums. */
    private final class Pairs {
        final SparseRows rows;
        final double[] sum;
        final double dim;

        Pairs(AbundanceTable table) {
            double logC = Math.log(pseudocount);
            rows = BetaMetric.rowsOf(table, x -> Math.log(x + pseudocount) - logC);
            sum = new double[rows.rows()];
            for (int i = 0; i < sum.length; i++) sum[i] = rows.sum(i);
            dim = table.taxonCount();
        }

        /**
         * Merges the two rows. Swapping i and j negates every δ and m exactly, so d(i, j) and d(j, i) are
         * bitwise equal.
         */
        double distance(int i, int j) {
            int[] st = rows.start(), col = rows.column();
            double[] val = rows.value();
            double m = (sum[i] - sum[j]) / dim;
            double acc = 0;
            int a = st[i], ae = st[i + 1], b = st[j], be = st[j + 1], union = 0;
            while (a < ae || b < be) {
                double d;
                if (b >= be || (a < ae && col[a] < col[b])) d = val[a++];
                else if (a >= ae || col[b] < col[a]) d = -val[b++];
                else d = val[a++] - val[b++];
                d -= m;
                acc += d * d;
                union++;
            }
            acc += (dim - union) * m * m;
            return Math.sqrt(acc);
        }
    }

    /** This metric's entry in the registry ({@link BetaMetrics}; listed in META-INF/services). */
    public static final class Type extends BetaMetricType.Entry {
        public Type() {
            super("aitchison", "Euclidean distance of CLR(x + pseudocount), pseudocount 1 unless --pseudocount",
                    Needs.NOTHING, (tree, pseudocount) -> new Aitchison(pseudocount));
        }
    }
}
