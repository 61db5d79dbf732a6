package org.gutskin.cohort.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * The mixed model against closed forms: balanced designs where REML has an ANOVA solution (Searle, Casella &amp;
 * McCulloch 1992, "Variance Components", §3.6 and §6.3) and Satterthwaite's degrees of freedom are those of the one
 * mean square the variance depends on; and the exact derivatives against central differences of the deviance.
 * The lme4/lmerTest pin on real data is {@code MixedModelLme4Test}.
 */
class MixedModelHandTest {

    private static RandomEffects grouping(String name, int[] levels) {
        return new RandomEffects(List.of(name), new int[][] {levels}, new int[] {java.util.Arrays.stream(levels).max().orElse(0) + 1});
    }

    private static ModelDesign design(int n, List<DesignTerm> terms, RandomEffects re) {
        List<String> ids = java.util.stream.IntStream.range(0, n).mapToObj(i -> "s" + i).toList();
        return new ModelDesign(ids, terms, null, List.of(), re);
    }

    @Test
    void betweenSubjectFactorIsTheTwoGroupTestOnSubjectMeans() {
        // 6 subjects × 2 samples; G is constant within a subject (subjects 0–2: G0, 3–5: G1)
        double[] y = {1, 2, 4, 5, 7, 7.5, 6, 7, 10, 11, 12, 12.5};
        int[] subject = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        double[] g = new double[12];
        for (int i = 6; i < 12; i++) g[i] = 1;
        MixedModel mm = new MixedModel(design(12, List.of(new DesignTerm("G", true, List.of("G1"), new double[][] {g})),
                grouping("subject", subject)));
        MixedModel.Fit fit = mm.fitWithVariances(y);
        ModelFit.Coefficient c = fit.fit().coefficients().get(0);

        // by hand: subject means 1.5, 4.5, 7.25 | 6.5, 10.5, 12.25; group means 13.25/3 and 29.25/3
        double[] means = {1.5, 4.5, 7.25, 6.5, 10.5, 12.25};
        double g0 = (1.5 + 4.5 + 7.25) / 3, g1 = (6.5 + 10.5 + 12.25) / 3;
        double ssw = 0; // within subjects: each pair contributes (a − b)²/2
        for (int s = 0; s < 6; s++) ssw += Math.pow(y[2 * s] - y[2 * s + 1], 2) / 2;
        double msw = ssw / 6; // 6 df
        double ssb = 0;
        for (int s = 0; s < 6; s++) ssb += 2 * Math.pow(means[s] - (s < 3 ? g0 : g1), 2);
        double msb = ssb / 4; // 6 subjects − 2 groups
        assertThat(msb).isGreaterThan(msw); // the REML solution is interior
        double sigma2 = msw, sigmaB2 = (msb - msw) / 2;
        double se = Math.sqrt(msb / 2 * (1.0 / 3 + 1.0 / 3));
        assertThat(c.estimate()).isCloseTo(g1 - g0, within(1e-9));
        assertThat(fit.sigma()).isCloseTo(Math.sqrt(sigma2), within(1e-7));
        assertThat(fit.theta()[0]).isCloseTo(Math.sqrt(sigmaB2 / sigma2), within(1e-6));
        assertThat(c.standardError()).isCloseTo(se, within(1e-7));
        assertThat(c.degreesOfFreedom()).isCloseTo(4, within(1e-6));
        double t = (g1 - g0) / se;
        assertThat(c.pValue()).isCloseTo(2 * new TDistribution(4).cumulativeProbability(-Math.abs(t)), within(1e-8));
        assertThat(fit.fit().residualSd()).isCloseTo(Math.sqrt(sigma2), within(1e-7));
    }

    @Test
    void withinSubjectFactorIsThePairedTTest() {
        // 5 subjects, each once before and once after; differences 1, 2, 0.5, 3, 1.5 (mean 1.6)
        double[] before = {3, 5, 8, 2, 6}, diff = {1, 2, 0.5, 3, 1.5};
        double[] y = new double[10], t = new double[10];
        int[] subject = new int[10];
        for (int s = 0; s < 5; s++) {
            y[2 * s] = before[s];
            y[2 * s + 1] = before[s] + diff[s];
            t[2 * s + 1] = 1;
            subject[2 * s] = subject[2 * s + 1] = s;
        }
        MixedModel mm = new MixedModel(design(10, List.of(new DesignTerm("T", true, List.of("T1"), new double[][] {t})),
                grouping("subject", subject)));
        ModelFit.Coefficient c = mm.fit(y).coefficients().get(0);
        double mean = 1.6, ss = 0;
        for (double d : diff) ss += (d - mean) * (d - mean);
        double se = Math.sqrt(ss / 4 / 5); // SD of the differences / √5
        assertThat(c.estimate()).isCloseTo(mean, within(1e-9));
        assertThat(c.standardError()).isCloseTo(se, within(1e-7));
        assertThat(c.degreesOfFreedom()).isCloseTo(4, within(1e-6));
        assertThat(c.pValue()).isCloseTo(2 * new TDistribution(4).cumulativeProbability(-mean / se), within(1e-8));
    }

    @Test
    void exactDerivativesEqualCentralDifferences() {
        // an unbalanced crossed design: 40 samples, 8 subjects in 3 sites (not nested), one numeric covariate
        Random rnd = new Random(11);
        int n = 40;
        int[] subject = new int[n], site = new int[n];
        double[] x = new double[n], y = new double[n];
        double[] sub = new double[8], st = {0.5, -0.7, 0.2};
        for (int k = 0; k < 8; k++) sub[k] = rnd.nextGaussian();
        for (int i = 0; i < n; i++) {
            subject[i] = i < 8 ? i : rnd.nextInt(8);
            site[i] = i < 3 ? i : rnd.nextInt(3);
            x[i] = rnd.nextGaussian();
            y[i] = 0.3 * x[i] + sub[subject[i]] + st[site[i]] + 0.5 * rnd.nextGaussian();
        }
        RandomEffects re = new RandomEffects(List.of("subject", "site"), new int[][] {subject, site}, new int[] {8, 3});
        MixedModel mm = new MixedModel(design(n, List.of(new DesignTerm("x", false, List.of("x"), new double[][] {x})), re));
        double[] phi = {1.3, 0.8, 0.6}; // θ_subject, θ_site, σ: any point (the formulas hold off the optimum too)
        double[][] h = mm.hessian(y, new double[] {phi[0], phi[1]}, phi[2]);
        double e = 1e-4;
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++) {
                double fd = (dev(mm, y, phi, a, e, b, e) - dev(mm, y, phi, a, e, b, -e) - dev(mm, y, phi, a, -e, b, e)
                        + dev(mm, y, phi, a, -e, b, -e)) / (4 * e * e);
                assertThat(h[a][b]).as("H[%d][%d]", a, b).isCloseTo(fd, within(1e-4 * Math.max(1, Math.abs(fd))));
            }
    }

    private static double dev(MixedModel mm, double[] y, double[] phi, int a, double da, int b, double db) {
        double[] p = phi.clone();
        p[a] += da;
        p[b] += db;
        return mm.deviance(y, new double[] {p[0], p[1]}, p[2]);
    }

    @Test
    void groupingsWithoutRepeatedSamplesAreRefused() {
        double[] g = {0, 1, 0, 1};
        List<DesignTerm> terms = List.of(new DesignTerm("G", true, List.of("G1"), new double[][] {g}));
        assertThatThrownBy(() -> new MixedModel(design(4, terms, grouping("subject", new int[] {0, 1, 2, 3}))))
                .hasMessageContaining("every level needs repeated samples");
        assertThatThrownBy(() -> new MixedModel(design(4, terms, grouping("site", new int[] {0, 0, 0, 0}))))
                .hasMessageContaining("a single level");
    }
}
