package org.gutskin.cohort.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.gutskin.cohort.Permutations;
import org.gutskin.diversity.DistanceMatrix;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * A distance-based linear model (McArdle &amp; Anderson 2001, doi:10.1890/0012-9658(2001)082[0290:FMMTCD]2.0.CO;2)
 * prepared for marginal tests of each term, as vegan 2.6's {@code adonis2(…, by = "margin")}.
 *
 * <p>With the Gower-centred matrix G = −½ C D² C (C = I − 11ᵀ/n) and the hat matrix H_S of a design S (intercept
 * plus columns), the fitted sum of squares is tr(H_S G) and the residual one tr(G) − tr(H_S G). The total is
 * tr(G) = (1/n) Σ_{i&lt;j} d_ij². A term's marginal SS is tr(H_full G) − tr(H_{full without term} G), its pseudo-F
 * (SS_term/df_term)/(SS_resid/df_resid), df_resid = n − 1 − rank(full).
 *
 * <p>How it is computed (no n×n matrix): Q (n×r) is an orthonormal basis of the centred design columns (SVD of
 * the centred, unit-norm columns; Hipparchus). A centred vector q has qᵀ G q' = −½ qᵀ D² q', so with
 * M = −½ Qᵀ D² Q (r×r, one pass over the condensed squared distances) tr(H_full G) = tr(M), and a reduced
 * design whose span is Q·span(W) (W orthonormal, r×r_S) has tr(H_S G) = Σ (W Wᵀ) ∘ M.
 *
 * <p>Permutations as vegan's {@code permutest.cca} for {@code dbrda}/{@code adonis2}: G's rows and columns are
 * permuted together (G_π[i,j] = G[π_i, π_j]), the full and every reduced model are fitted to G_π, and
 * F_π(term) = ((fit_full − fit_reduced)/df_term) / ((tr G − fit_full)/df_resid). (vegan's
 * {@code anova.ccabymargin} does exactly this: the full model is not partial, so its "reduced"-model permutation
 * is of the raw G, not of a reduced model's residuals.) qᵀ G_π q = q'ᵀ G q' with q'[π_i] = q[i], so a permutation
 * moves the r basis columns, not the distances.
 *
 * <p>Edge cases: a term whose columns are all aliased with the others (or constant) has df 0 and NaN statistics;
 * df_resid ≤ 0 or all distances zero gives NaN statistics.
 *
 * @param squared condensed squared distances (row-major upper triangle)
 * @param basis r×n orthonormal basis of the centred design
 * @param reduced per term, the r×r projection W Wᵀ of the design without that term (in basis coordinates)
 * @param termDf per term, rank(full) − rank(without term)
 * @param strata block of each sample, or null for free permutations
 */
public record MarginalModel(List<String> terms, int n, double[] squared, double[][] basis, double[][][] reduced,
        int[] termDf, int residualDf, double totalSs, int[] strata) implements Serializable {

    /** Singular values below this (columns are scaled to unit norm) count as aliased, as R's qr tolerance 1e-7. */
    static final double RANK_TOLERANCE = 1e-7;

    public MarginalModel {
        terms = List.copyOf(terms);
    }

    /** Prepares the model: {@code design}'s samples must be {@code dm}'s, in the same order. */
    public static MarginalModel of(DistanceMatrix dm, ModelDesign design) {
        int n = dm.size();
        if (design.size() != n || !design.sampleIds().equals(dm.ids()))
            throw new IllegalArgumentException("the design's samples must be the distance matrix's, in the same order");
        if (design.strata() != null && design.strata().length != n) throw new IllegalArgumentException("one block per sample");
        double[] d = dm.condensed();
        double[] sq = new double[d.length];
        double total = 0;
        for (int k = 0; k < d.length; k++) {
            sq[k] = d[k] * d[k];
            total += sq[k];
        }
        total /= n;
        List<double[]> cols = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int t = 0; t < design.terms().size(); t++) {
            DesignTerm term = design.terms().get(t);
            names.add(term.name());
            for (double[] c : term.columns()) {
                if (c.length != n) throw new IllegalArgumentException("column of term " + term.name() + " has " + c.length + " values for " + n + " samples");
                double[] x = centredUnit(c);
                if (x == null) continue; // constant column: spanned by the intercept
                cols.add(x);
                owner.add(t);
            }
        }
        double[][] basis = orthonormal(cols, n);
        int r = basis.length;
        int terms = names.size();
        double[][][] reduced = new double[terms][][];
        int[] df = new int[terms];
        for (int t = 0; t < terms; t++) {
            List<double[]> rest = new ArrayList<>();
            for (int c = 0; c < cols.size(); c++) if (owner.get(c) != t) rest.add(cols.get(c));
            // the reduced columns in basis coordinates: B = Q^T X_rest (r × p_t)
            double[][] coords = new double[rest.size()][r];
            for (int c = 0; c < rest.size(); c++)
                for (int a = 0; a < r; a++) coords[c][a] = dot(basis[a], rest.get(c));
            double[][] w = orthonormal(java.util.Arrays.asList(coords), r);
            double[][] proj = new double[r][r];
            for (double[] v : w)
                for (int a = 0; a < r; a++)
                    for (int b = 0; b < r; b++) proj[a][b] += v[a] * v[b];
            reduced[t] = proj;
            df[t] = r - w.length;
        }
        return new MarginalModel(names, n, sq, basis, reduced, df, n - 1 - r, total, design.strata() == null ? null : design.strata().clone());
    }

    /** The centred column scaled to unit norm, or null when it is constant. */
    private static double[] centredUnit(double[] c) {
        double mean = 0, scale = 0;
        for (double v : c) mean += v;
        mean /= c.length;
        for (double v : c) scale = Math.max(scale, Math.abs(v));
        double[] x = new double[c.length];
        double norm = 0;
        for (int i = 0; i < c.length; i++) {
            x[i] = c[i] - mean;
            norm += x[i] * x[i];
        }
        norm = Math.sqrt(norm);
        if (norm <= RANK_TOLERANCE * Math.max(scale, Double.MIN_NORMAL) * Math.sqrt(c.length)) return null;
        for (int i = 0; i < x.length; i++) x[i] /= norm;
        return x;
    }

    /** An orthonormal basis (rows) of the span of the given columns of length m: left singular vectors. */
    private static double[][] orthonormal(List<double[]> cols, int m) {
        if (cols.isEmpty() || m == 0) return new double[0][];
        double[][] x = new double[m][cols.size()];
        for (int c = 0; c < cols.size(); c++)
            for (int i = 0; i < m; i++) x[i][c] = cols.get(c)[i];
        return leftBasis(x);
    }

    private static double[][] leftBasis(double[][] x) {
        RealMatrix a = MatrixUtils.createRealMatrix(x);
        SingularValueDecomposition svd = new SingularValueDecomposition(a);
        double[] s = svd.getSingularValues();
        RealMatrix u = svd.getU();
        int rank = 0;
        while (rank < s.length && s[rank] > RANK_TOLERANCE) rank++;
        double[][] out = new double[rank][];
        for (int k = 0; k < rank; k++) out[k] = u.getColumn(k);
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** Rank of the full design (intercept excluded). */
    public int rank() {
        return basis.length;
    }

    /**
     * The fitted sums of squares under permutation {@code perm} (null: observed): [full, without term 1, …].
     * {@code perm[i]} is the sample whose data goes to position i, as a row of vegan's permutation matrix (0-based).
     */
    public double[] fits(int[] perm) {
        int r = basis.length;
        double[][] q = basis;
        if (perm != null) {
            q = new double[r][n];
            for (int c = 0; c < r; c++)
                for (int i = 0; i < n; i++) q[c][perm[i]] = basis[c][i];
        }
        double[][] m = new double[r][r];
        double[] s = new double[r];
        long idx = 0;
        for (int i = 0; i < n - 1; i++) {
            int base = (int) (idx - (i + 1)); // squared[base + j] is pair (i, j), j > i
            int c = 0;
            for (; c + 1 < r; c += 2) rowDot2(squared, base, q[c], q[c + 1], i + 1, n, s, c);
            if (c < r) s[c] = rowDot(squared, base, q[c], i + 1, n);
            for (int a = 0; a < r; a++) {
                double qa = q[a][i];
                for (int b = a; b < r; b++) m[a][b] += qa * s[b] + q[b][i] * s[a];
            }
            idx += n - 1 - i;
        }
        for (int a = 0; a < r; a++)
            for (int b = a; b < r; b++) {
                m[a][b] *= -0.5;
                m[b][a] = m[a][b];
            }
        double[] out = new double[1 + reduced.length];
        for (int a = 0; a < r; a++) out[0] += m[a][a];
        for (int t = 0; t < reduced.length; t++) {
            double f = 0;
            for (int a = 0; a < r; a++)
                for (int b = 0; b < r; b++) f += reduced[t][a][b] * m[a][b];
            out[1 + t] = f;
        }
        return out;
    }

    /** Σ_{j ∈ [from, to)} sq[base + j] · q[j], four accumulators (the permutation test spends its time here). */
    private static double rowDot(double[] sq, int base, double[] q, int from, int to) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int j = from;
        for (; j + 3 < to; j += 4) {
            s0 += sq[base + j] * q[j];
            s1 += sq[base + j + 1] * q[j + 1];
            s2 += sq[base + j + 2] * q[j + 2];
            s3 += sq[base + j + 3] * q[j + 3];
        }
        for (; j < to; j++) s0 += sq[base + j] * q[j];
        return (s0 + s1) + (s2 + s3);
    }

    /** {@link #rowDot} for two columns at once: each squared distance loaded once, eight independent sums. */
    private static void rowDot2(double[] sq, int base, double[] q, double[] u, int from, int to, double[] out, int at) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        int j = from;
        for (; j + 3 < to; j += 4) {
            double v0 = sq[base + j], v1 = sq[base + j + 1], v2 = sq[base + j + 2], v3 = sq[base + j + 3];
            s0 += v0 * q[j];
            s1 += v1 * q[j + 1];
            s2 += v2 * q[j + 2];
            s3 += v3 * q[j + 3];
            t0 += v0 * u[j];
            t1 += v1 * u[j + 1];
            t2 += v2 * u[j + 2];
            t3 += v3 * u[j + 3];
        }
        for (; j < to; j++) {
            s0 += sq[base + j] * q[j];
            t0 += sq[base + j] * u[j];
        }
        out[at] = (s0 + s1) + (s2 + s3);
        out[at + 1] = (t0 + t1) + (t2 + t3);
    }

    /** Each term's marginal sum of squares from {@link #fits}. */
    public double[] termSs(double[] fits) {
        double[] ss = new double[reduced.length];
        for (int t = 0; t < ss.length; t++) ss[t] = fits[0] - fits[1 + t];
        return ss;
    }

    /** Each term's pseudo-F from {@link #fits} (NaN when df_term or df_resid is 0, or the residual is 0). */
    public double[] statistics(double[] fits) {
        double resid = totalSs - fits[0];
        double[] ss = termSs(fits), f = new double[ss.length];
        for (int t = 0; t < f.length; t++)
            f[t] = termDf[t] == 0 || residualDf <= 0 || !(resid > 0) ? Double.NaN : (ss[t] / termDf[t]) / (resid / residualDf);
        return f;
    }

    /** The pseudo-F of each term under permutation {@code k} ({@link Permutations#permutedIndices}). */
    public double[] permutedStatistics(int k, long seed) {
        return statistics(fits(Permutations.permutedIndices(n, strata, seed, k)));
    }
}
