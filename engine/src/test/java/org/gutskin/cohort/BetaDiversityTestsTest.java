package org.gutskin.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** PCoA, PERMANOVA and PERMDISP against scikit-bio 0.5.8 on {@link PeerFixture}. */
class BetaDiversityTestsTest {

    @Test
    void permanovaPseudoFEqualsScikitBio() {
        // permanova(dm, g, 999) -> 22.447365690910136 (p 0.001); two groups -> 5.558361564592943 (p 0.038)
        PermutationTest three = Permanova.test(PeerFixture.distances(), PeerFixture.threeGroups(), 999, 7);
        assertThat(three.statistic()).isCloseTo(22.447365690910136, within(1e-10));
        assertThat(three.pValue()).isLessThan(0.01);
        PermutationTest two = Permanova.test(PeerFixture.distances(), PeerFixture.twoGroups(), 999, 7);
        assertThat(two.statistic()).isCloseTo(5.558361564592943, within(1e-10));
        // the exact permutation distribution for 5+5 labels has 252 splits; Monte-Carlo error at 999 is ~0.006
        assertThat(two.pValue()).isBetween(0.038 - 0.025, 0.038 + 0.025);
        assertThat(two.permutations()).isEqualTo(999);
    }

    @Test
    void permanovaIsReproducibleForOneSeed() {
        PermutationTest a = Permanova.test(PeerFixture.distances(), PeerFixture.twoGroups(), 199, 11);
        PermutationTest b = Permanova.test(PeerFixture.distances(), PeerFixture.twoGroups(), 199, 11);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void permdispCentroidEqualsScikitBio() {
        // permdisp(dm, g, test='centroid') -> two groups 1.999951106870299 (p 0.166); three 1.3727587855419903 (p 0.523)
        PermutationTest two = Permdisp.test(PeerFixture.distances(), PeerFixture.twoGroups(), 999, 7);
        assertThat(two.statistic()).isCloseTo(1.999951106870299, within(1e-9));
        assertThat(two.pValue()).isBetween(0.166 - 0.05, 0.166 + 0.05);
        PermutationTest three = Permdisp.test(PeerFixture.distances(), PeerFixture.threeGroups(), 999, 7);
        assertThat(three.statistic()).isCloseTo(1.3727587855419903, within(1e-9));
        assertThat(three.pValue()).isBetween(0.523 - 0.06, 0.523 + 0.06);
    }

    @Test
    void pcoaEqualsScikitBioUpToAxisSign() {
        double[] eig = {1.0237291688270975, 0.10847340289625121, 0.038351139195738335, 0.0314027876323149,
                0.0149963023636956, 0.007472277776456216, 0, 0, 0, 0};
        double[] prop = {0.8360896772231061, 0.08859129462798014, 0.031321752439701055, 0.025646965403446798,
                0.012247627580219902, 0.006102682725545975, 0, 0, 0, 0};
        double[][] pc12 = {{-0.4027546357688319, 0.051739192870458896}, {-0.3938694541557754, -0.21452898055189734},
                {-0.3620254914343484, 0.16709302169585127}, {-0.3224824418113803, -0.05858508499680614},
                {0.38610473375027654, -0.0784900754526712}, {0.33654199048141065, 0.07694144019277832},
                {0.28624136047723225, -0.0721982050029499}, {0.31727822121680466, -0.00512864502995875},
                {-0.0073204252275706925, 0.10001880993040549}, {0.16228614247218318, 0.03313852634478971}};
        Ordination o = Pcoa.of(PeerFixture.distances(), 10);
        assertThat(o.eigenvalues()).containsExactly(eig, within(1e-10));
        assertThat(o.proportionExplained()).containsExactly(prop, within(1e-10));
        for (int a = 0; a < 2; a++) {
            double sign = Math.signum(o.coordinates()[0][a]) * Math.signum(pc12[0][a]);
            for (int i = 0; i < pc12.length; i++)
                assertThat(sign * o.coordinates()[i][a]).as("sample %d axis %d", i, a).isCloseTo(pc12[i][a], within(1e-9));
        }
    }
}
