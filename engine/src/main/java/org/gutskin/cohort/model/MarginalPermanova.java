package org.gutskin.cohort.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.gutskin.cohort.CohortBackend;
import org.gutskin.diversity.DistanceMatrix;

/**
 * Multi-term PERMANOVA with marginal (type III) tests, as vegan 2.6-4's
 * {@code adonis2(d ~ A + B + C, data, by = "margin", permutations = how(nperm = P, blocks = strata))}
 * (McArdle &amp; Anderson 2001, doi:10.1890/0012-9658(2001)082[0290:FMMTCD]2.0.CO;2; the sums of squares and
 * the permutation scheme are {@link MarginalModel}'s).
 *
 * <p>Each term's p-value is (#{F_π ≥ F − ε} + 1) / (P + 1) with ε = √(machine ε) ≈ 1.5e-8, vegan's tolerance for
 * ties, over permutations 0..P−1 of {@link org.gutskin.cohort.Permutations#permutedIndices} (within the design's
 * strata when it has them). The statistics are exactly vegan's; the p-values agree with vegan's within Monte-Carlo
 * error (the permutations are gutskin's seeded ones), and exactly when vegan's own permutation matrix is supplied
 * ({@link #test(DistanceMatrix, ModelDesign, int[][])}).
 *
 * <p>One difference in kind: when the design allows fewer than 5,040 distinct permutations (e.g. fewer than 13
 * pairs as blocks) vegan's {@code permute} enumerates them all and samples the requested number without repetition
 * (all of them, hence an exact test, when fewer exist); gutskin always draws each permutation independently, so on
 * such tiny designs it may repeat a permutation and its p-value is a Monte-Carlo estimate of vegan's.
 */
public final class MarginalPermanova {

    /** vegan's tolerance when counting permuted statistics at least as large as the observed one. */
    public static final double TIE_TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private MarginalPermanova() {}

    /** The test with seeded permutations run in this JVM (all cores). */
    public static MarginalPermanovaTable test(DistanceMatrix dm, ModelDesign design, int permutations, long seed) {
        requireCount(permutations);
        MarginalModel m = MarginalModel.of(dm, design);
        return table(m, permutations == 0 ? new double[0][] : localNull(m, permutations, seed));
    }

    /** The test with seeded permutations, the null distribution computed by {@code backend} (local or Spark). */
    public static MarginalPermanovaTable test(DistanceMatrix dm, ModelDesign design, int permutations, long seed,
            CohortBackend backend) {
        requireCount(permutations);
        MarginalModel m = MarginalModel.of(dm, design);
        return table(m, permutations == 0 ? new double[0][] : backend.marginalPermanovaNull(m, permutations, seed));
    }

    /**
     * The test against supplied permutations: {@code permutations[k][i]} (0-based) is the sample whose data goes to
     * position i in permutation k — a row of vegan's {@code shuffleSet} matrix minus one. For cross-checks.
     */
    public static MarginalPermanovaTable test(DistanceMatrix dm, ModelDesign design, int[][] permutations) {
        MarginalModel m = MarginalModel.of(dm, design);
        for (int[] p : permutations) requirePermutation(p, m.n());
        double[][] f = IntStream.range(0, permutations.length).parallel()
                .mapToObj(k -> m.statistics(m.fits(permutations[k]))).toArray(double[][]::new);
        return table(m, f);
    }

    private static void requireCount(int permutations) {
        if (permutations < 0) throw new IllegalArgumentException("permutations must be ≥ 0, got " + permutations);
    }

    private static void requirePermutation(int[] p, int n) {
        boolean[] seen = new boolean[n];
        if (p.length != n) throw new IllegalArgumentException("a permutation of " + n + " samples has " + p.length + " entries");
        for (int v : p) {
            if (v < 0 || v >= n || seen[v]) throw new IllegalArgumentException("not a permutation of 0.." + (n - 1) + ": " + v);
            seen[v] = true;
        }
    }

    /** The permutation null in this JVM: row k the terms' pseudo-F under permutation k. */
    public static double[][] localNull(MarginalModel m, int permutations, long seed) {
        return IntStream.range(0, permutations).parallel().mapToObj(k -> m.permutedStatistics(k, seed))
                .toArray(double[][]::new);
    }

    /** The table from the model and the permuted statistics (row per permutation, column per term). */
    public static MarginalPermanovaTable table(MarginalModel m, double[][] permuted) {
        double[] fits = m.fits(null);
        double[] ss = m.termSs(fits), f = m.statistics(fits);
        double total = m.totalSs(), resid = total - fits[0];
        List<MarginalPermanovaRow> rows = new ArrayList<>();
        for (int t = 0; t < ss.length; t++) {
            double p = Double.NaN;
            if (!Double.isNaN(f[t]) && permuted.length > 0) {
                int ge = 0;
                for (double[] row : permuted) if (row[t] >= f[t] - TIE_TOLERANCE) ge++;
                p = (ge + 1.0) / (permuted.length + 1.0);
            }
            rows.add(new MarginalPermanovaRow(m.terms().get(t), m.termDf()[t], ss[t], ss[t] / total, f[t], p,
                    Double.isNaN(p) ? 0 : permuted.length));
        }
        return new MarginalPermanovaTable(rows,
                new MarginalPermanovaRow("Residual", m.residualDf(), resid, resid / total, Double.NaN, Double.NaN, 0),
                new MarginalPermanovaRow("Total", m.n() - 1, total, 1.0, Double.NaN, Double.NaN, 0));
    }
}
