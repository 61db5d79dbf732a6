package org.gutskin.cohort.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.gutskin.diversity.DistanceMatrix;
import org.junit.jupiter.api.Test;

/**
 * Marginal PERMANOVA against a hand calculation. With Euclidean distances between the rows of a response matrix
 * Y, G = C Y Yᵀ C, so tr(H G) is the fitted sum of squares of the least-squares fit of Y's (centred) columns and
 * a term's marginal SS is RSS(model without the term) − RSS(full model), summed over Y's columns (McArdle &amp;
 * Anderson 2001). The test fits each model by the normal equations XᵀX β = Xᵀy, solved by Gaussian elimination
 * written out below, and applies F = (SS_term/df_term) / (RSS_full/df_resid). The permutation scheme is checked the
 * same way: permutation π gives the response rows Y[π_i].
 */
class MarginalPermanovaHandTest {

    // 10 samples: a 2-level factor g, a numeric covariate x, a 3-level factor h, a 2-column response
    static final String[] G = {"a", "a", "a", "a", "a", "b", "b", "b", "b", "b"};
    static final double[] X = {1.0, 2.5, 3.1, 0.4, 2.2, 1.7, 3.8, 2.9, 0.9, 4.4};
    static final String[] H = {"p", "q", "r", "p", "q", "r", "p", "q", "r", "p"};
    static final double[][] Y = {{0.2, 1.1}, {0.9, 0.4}, {1.4, 2.0}, {0.1, 0.3}, {1.0, 1.6}, {2.2, 0.8}, {3.1, 2.5},
            {2.4, 1.9}, {1.3, 0.2}, {3.9, 2.8}};

    static final int N = 10;

    static DesignTerm gTerm() {
        double[] c = new double[N];
        for (int i = 0; i < N; i++) c[i] = G[i].equals("b") ? 1 : 0;
        return new DesignTerm("g", true, List.of("gb"), new double[][] {c});
    }

    static DesignTerm xTerm() {
        return new DesignTerm("x", false, List.of("x"), new double[][] {X.clone()});
    }

    static DesignTerm hTerm() {
        double[] q = new double[N], r = new double[N];
        for (int i = 0; i < N; i++) {
            q[i] = H[i].equals("q") ? 1 : 0;
            r[i] = H[i].equals("r") ? 1 : 0;
        }
        return new DesignTerm("h", true, List.of("hq", "hr"), new double[][] {q, r});
    }

    static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < N; i++) ids.add("s" + i);
        return ids;
    }

    static DistanceMatrix euclidean() {
        double[] d = new double[N * (N - 1) / 2];
        int k = 0;
        for (int i = 0; i < N; i++)
            for (int j = i + 1; j < N; j++) d[k++] = Math.hypot(Y[i][0] - Y[j][0], Y[i][1] - Y[j][1]);
        return new DistanceMatrix(ids(), d);
    }

    /** Residual sum of squares of the least-squares fit of each column of y on [1, columns], summed over columns. */
    static double rss(double[][] y, List<double[]> columns) {
        int p = columns.size() + 1;
        double[][] x = new double[N][p];
        for (int i = 0; i < N; i++) {
            x[i][0] = 1;
            for (int c = 1; c < p; c++) x[i][c] = columns.get(c - 1)[i];
        }
        double total = 0;
        for (int col = 0; col < y[0].length; col++) {
            // normal equations A β = b, A = XᵀX, b = Xᵀy
            double[][] a = new double[p][p + 1];
            for (int r = 0; r < p; r++) {
                for (int c = 0; c < p; c++)
                    for (int i = 0; i < N; i++) a[r][c] += x[i][r] * x[i][c];
                for (int i = 0; i < N; i++) a[r][p] += x[i][r] * y[i][col];
            }
            // Gaussian elimination with partial pivoting, then back substitution
            for (int piv = 0; piv < p; piv++) {
                int best = piv;
                for (int r = piv + 1; r < p; r++) if (Math.abs(a[r][piv]) > Math.abs(a[best][piv])) best = r;
                double[] t = a[piv];
                a[piv] = a[best];
                a[best] = t;
                for (int r = piv + 1; r < p; r++) {
                    double f = a[r][piv] / a[piv][piv];
                    for (int c = piv; c <= p; c++) a[r][c] -= f * a[piv][c];
                }
            }
            double[] beta = new double[p];
            for (int r = p - 1; r >= 0; r--) {
                double s = a[r][p];
                for (int c = r + 1; c < p; c++) s -= a[r][c] * beta[c];
                beta[r] = s / a[r][r];
            }
            for (int i = 0; i < N; i++) {
                double fit = 0;
                for (int c = 0; c < p; c++) fit += x[i][c] * beta[c];
                total += (y[i][col] - fit) * (y[i][col] - fit);
            }
        }
        return total;
    }

    static List<double[]> columnsWithout(List<DesignTerm> terms, int skip) {
        List<double[]> cols = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) if (t != skip) for (double[] c : terms.get(t).columns()) cols.add(c);
        return cols;
    }

    /** The hand F of each term for response rows y. */
    static double[] handF(double[][] y, List<DesignTerm> terms, int residualDf) {
        double full = rss(y, columnsWithout(terms, -1));
        double[] f = new double[terms.size()];
        for (int t = 0; t < f.length; t++)
            f[t] = ((rss(y, columnsWithout(terms, t)) - full) / terms.get(t).degreesOfFreedom()) / (full / residualDf);
        return f;
    }

    @Test
    void sumsOfSquaresAndPseudoFEqualTheHandCalculation() {
        List<DesignTerm> terms = List.of(gTerm(), xTerm(), hTerm());
        ModelDesign design = new ModelDesign(ids(), terms, null, List.of());
        MarginalPermanovaTable t = MarginalPermanova.test(euclidean(), design, 0, 1);

        double full = rss(Y, columnsWithout(terms, -1));
        double totalSs = rss(Y, List.of()); // intercept only: Σ (y − ȳ)²
        int residualDf = N - 1 - 4;
        assertThat(t.residual().df()).isEqualTo(residualDf);
        assertThat(t.residual().sumOfSquares()).isCloseTo(full, within(1e-12));
        assertThat(t.total().sumOfSquares()).isCloseTo(totalSs, within(1e-12));
        assertThat(t.total().df()).isEqualTo(N - 1);
        double[] f = handF(Y, terms, residualDf);
        for (int k = 0; k < terms.size(); k++) {
            MarginalPermanovaRow r = t.terms().get(k);
            double ss = rss(Y, columnsWithout(terms, k)) - full;
            assertThat(r.term()).isEqualTo(terms.get(k).name());
            assertThat(r.df()).isEqualTo(terms.get(k).degreesOfFreedom());
            assertThat(r.sumOfSquares()).as(r.term()).isCloseTo(ss, within(1e-12));
            assertThat(r.r2()).as(r.term()).isCloseTo(ss / totalSs, within(1e-12));
            assertThat(r.pseudoF()).as(r.term()).isCloseTo(f[k], within(1e-10 * f[k]));
            assertThat(r.pValue()).isNaN(); // no permutations asked for
        }
    }

    @Test
    void permutationPValuesEqualTheHandCountOverTheSamePermutations() {
        List<DesignTerm> terms = List.of(gTerm(), xTerm(), hTerm());
        ModelDesign design = new ModelDesign(ids(), terms, null, List.of());
        int[][] perms = new int[40][];
        java.util.Random rng = new java.util.Random(3);
        for (int k = 0; k < perms.length; k++) {
            List<Integer> p = new ArrayList<>();
            for (int i = 0; i < N; i++) p.add(i);
            java.util.Collections.shuffle(p, rng);
            perms[k] = p.stream().mapToInt(Integer::intValue).toArray();
        }
        MarginalPermanovaTable t = MarginalPermanova.test(euclidean(), design, perms);
        double[] observed = handF(Y, terms, N - 5);
        int[] ge = new int[terms.size()];
        for (int[] perm : perms) {
            double[][] y = new double[N][];
            for (int i = 0; i < N; i++) y[i] = Y[perm[i]];
            double[] f = handF(y, terms, N - 5);
            for (int k = 0; k < ge.length; k++) if (f[k] >= observed[k] - 1e-8) ge[k]++;
        }
        for (int k = 0; k < ge.length; k++) {
            assertThat(t.terms().get(k).pValue()).as(terms.get(k).name()).isEqualTo((ge[k] + 1.0) / (perms.length + 1.0));
            assertThat(t.terms().get(k).permutations()).isEqualTo(perms.length);
        }
        // the counts are not all trivially 0 or all: the test discriminates
        assertThat(java.util.Arrays.stream(ge).boxed().toList()).anyMatch(c -> c > 0 && c < perms.length);
    }

    @Test
    void anAliasedTermHasNoDegreesOfFreedomAndNoTest() {
        double[] twiceX = new double[N];
        for (int i = 0; i < N; i++) twiceX[i] = 2 * X[i] + 1;
        List<DesignTerm> terms = List.of(gTerm(), xTerm(), new DesignTerm("x2", false, List.of("x2"), new double[][] {twiceX}));
        MarginalPermanovaTable t = MarginalPermanova.test(euclidean(), new ModelDesign(ids(), terms, null, List.of()), 9, 1);
        // x and x2 span the same column: each adds nothing given the other
        for (String name : List.of("x", "x2")) {
            assertThat(t.term(name).df()).isZero();
            assertThat(t.term(name).sumOfSquares()).isCloseTo(0, within(1e-12));
            assertThat(t.term(name).pseudoF()).isNaN();
            assertThat(t.term(name).pValue()).isNaN();
        }
        // the model has rank 2 (g and x): residual df n − 1 − 2, and g's SS is the hand one
        assertThat(t.residual().df()).isEqualTo(N - 3);
        double ss = rss(Y, List.of(X)) - rss(Y, List.of(gTerm().columns()[0], X));
        assertThat(t.term("g").sumOfSquares()).isCloseTo(ss, within(1e-12));
    }

    @Test
    void badArgumentsAreRefused() {
        ModelDesign design = new ModelDesign(ids(), List.of(gTerm(), xTerm()), null, List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MarginalPermanova.test(euclidean(), design, -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MarginalPermanova.test(euclidean(), design,
                new int[][] {{0, 1, 2, 3, 4, 5, 6, 7, 8, 8}})).isInstanceOf(IllegalArgumentException.class);
        List<String> other = new ArrayList<>(ids());
        java.util.Collections.reverse(other);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MarginalPermanova.test(euclidean(),
                new ModelDesign(other, List.of(gTerm()), null, List.of()), 9, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
