package org.gutskin.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Mann–Whitney and Kruskal–Wallis against scipy.stats 1.10.1 (values recorded from /usr/bin/python3). */
class RankTestsTest {

    private static final double TOL = 1e-12;

    @Test
    void mannWhitneyWithTiesUsesTheCorrectedNormalApproximation() {
        // stats.mannwhitneyu(x, y) -> statistic=27.0, pvalue=0.15123651787303247
        RankTest t = MannWhitneyU.test(new double[] {1.1, 2.3, 3.3, 4.0, 5.5, 2.3, 7.1, 8.0, 9.9, 1.0},
                new double[] {3.1, 2.3, 6.6, 7.7, 8.8, 9.1, 10.2, 11.0, 2.3});
        assertThat(t.statistic()).isEqualTo(27.0);
        assertThat(t.pValue()).isCloseTo(0.15123651787303247, within(TOL));
    }

    @Test
    void mannWhitneySmallWithoutTiesIsExact() {
        // stats.mannwhitneyu([1,4,7.5,2],[3,5,6,8,9,10]) -> 4.0, 0.11428571428571428
        RankTest t = MannWhitneyU.test(new double[] {1, 4, 7.5, 2}, new double[] {3, 5, 6, 8, 9, 10});
        assertThat(t.statistic()).isEqualTo(4.0);
        assertThat(t.pValue()).isCloseTo(0.11428571428571428, within(TOL));
        assertThat(t.method()).isEqualTo("exact");
    }

    @Test
    void mannWhitneyExactWhenOnlyOneSampleIsSmall() {
        // stats.mannwhitneyu([0.5,12.5,20.5], range(1,21)) -> 32.0, 0.8977978543195934
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) y[i] = i + 1;
        RankTest t = MannWhitneyU.test(new double[] {0.5, 12.5, 20.5}, y);
        assertThat(t.statistic()).isEqualTo(32.0);
        assertThat(t.pValue()).isCloseTo(0.8977978543195934, within(TOL));
    }

    @Test
    void mannWhitneyNineByNineIsAsymptotic() {
        // stats.mannwhitneyu(range(1,10), [v+3.5 for v in range(1,10)]) -> 15.0, 0.0272753837615853
        double[] x = new double[9], y = new double[9];
        for (int i = 0; i < 9; i++) {
            x[i] = i + 1;
            y[i] = i + 4.5;
        }
        RankTest t = MannWhitneyU.test(x, y);
        assertThat(t.statistic()).isEqualTo(15.0);
        assertThat(t.pValue()).isCloseTo(0.0272753837615853, within(TOL));
    }

    @Test
    void kruskalWallisWithTies() {
        // stats.kruskal(a, b, c) -> 0.615682766845567, 0.7350318970067917
        double[] a = {2.9, 3.0, 2.5, 2.6, 3.2}, b = {3.8, 2.7, 4.0, 2.4}, c = {2.8, 3.4, 3.7, 2.2, 2.0, 3.0};
        double[] v = new double[15];
        int[] g = new int[15];
        int k = 0;
        for (double x : a) { v[k] = x; g[k++] = 0; }
        for (double x : b) { v[k] = x; g[k++] = 1; }
        for (double x : c) { v[k] = x; g[k++] = 2; }
        RankTest t = KruskalWallis.test(v, g, 3);
        assertThat(t.statistic()).isCloseTo(0.615682766845567, within(TOL));
        assertThat(t.pValue()).isCloseTo(0.7350318970067917, within(TOL));
    }

    @Test
    void kruskalWallisAllTiedIsUndefinedAsInScipy() {
        RankTest t = KruskalWallis.test(new double[] {1, 1, 1, 1}, new int[] {0, 0, 1, 1}, 2);
        assertThat(t.statistic()).isNaN();
    }

    @Test
    void benjaminiHochbergByHand() {
        // p sorted: 0.01, 0.02, 0.03, 0.04, 0.5 (m=5): m·p/rank = 0.05, 0.05, 0.05, 0.05, 0.5 → running minimum from the top
        double[] q = BenjaminiHochberg.adjust(new double[] {0.04, 0.01, 0.5, Double.NaN, 0.03, 0.02});
        assertThat(q[0]).isCloseTo(0.05, within(TOL));
        assertThat(q[1]).isCloseTo(0.05, within(TOL));
        assertThat(q[2]).isCloseTo(0.5, within(TOL));
        assertThat(q[3]).isNaN();
        assertThat(q[4]).isCloseTo(0.05, within(TOL));
        // p = 0.02 at rank 2: 5·0.02/2 = 0.05
        assertThat(q[5]).isCloseTo(0.05, within(TOL));
        double[] q2 = BenjaminiHochberg.adjust(new double[] {0.001, 0.04, 0.03});
        // ranks: 0.001→3·0.001/1 = 0.003; 0.03→3·0.03/2 = 0.045; 0.04→3·0.04/3 = 0.04, min from top → 0.04
        assertThat(q2).containsExactly(new double[] {0.003, 0.04, 0.04}, within(TOL));
    }
}
