package org.gutskin.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gutskin.diversity.DistanceMatrix;
import org.junit.jupiter.api.Test;

/**
 * The large-cohort methods against the exact ones (which are pinned to scikit-bio in {@link BetaDiversityTestsTest}):
 * randomized PCoA against the full eigendecomposition, and the same from stored or recomputed rows
 * ({@link RowwisePermutationTestsTest} pins the one-pass PERMANOVA and PERMDISP).
 */
class LargeCohortMethodsTest {

    /** Euclidean distances of n random points in 6 dimensions with a clear leading structure. */
    static DistanceMatrix euclidean(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][6];
        double[] scale = {5, 3, 2, 1, 0.5, 0.2};
        for (double[] p : x) for (int a = 0; a < 6; a++) p[a] = scale[a] * (r.nextDouble() - 0.5);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) ids.add("s" + i);
        double[] d = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                double s = 0;
                for (int a = 0; a < 6; a++) s += (x[i][a] - x[j][a]) * (x[i][a] - x[j][a]);
                d[k++] = Math.sqrt(s);
            }
        return new DistanceMatrix(ids, d);
    }

    @Test
    void randomizedPcoaFindsTheLeadingAxes() {
        DistanceMatrix dm = euclidean(300, 1);
        Ordination exact = Pcoa.of(dm, 5), fast = RandomizedPcoa.of(dm, 5, 42);
        for (int a = 0; a < 5; a++) {
            assertThat(fast.eigenvalues()[a]).isCloseTo(exact.eigenvalues()[a], within(1e-8 * exact.eigenvalues()[0]));
            // Euclidean: no negative eigenvalues, so trace(F) = Σ positive eigenvalues and the shares agree
            assertThat(fast.proportionExplained()[a]).isCloseTo(exact.proportionExplained()[a], within(1e-9));
            for (int i = 0; i < 300; i++)
                assertThat(fast.coordinates()[i][a]).isCloseTo(exact.coordinates()[i][a], within(1e-6));
        }
    }

    @Test
    void randomizedPcoaFromComputedRowsIsTheStoredOnesBitwise() {
        org.gutskin.profile.AbundanceTable t = org.gutskin.diversity.PairwiseKernelTestAccess.table();
        var bc = new org.gutskin.diversity.beta.BrayCurtis();
        Ordination stored = RandomizedPcoa.of(bc.compute(t, 2), 5, 42);
        Ordination computed = RandomizedPcoa.of(RowSource.local(bc.rows(t), "computed"), t.sampleIds(), 5, 42);
        assertThat(computed.eigenvalues()).isEqualTo(stored.eigenvalues());
        assertThat(computed.proportionExplained()).isEqualTo(stored.proportionExplained());
        assertThat(computed.coordinates()).isDeepEqualTo(stored.coordinates());
    }
}
