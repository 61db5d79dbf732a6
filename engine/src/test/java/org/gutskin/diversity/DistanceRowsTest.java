package org.gutskin.diversity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gutskin.diversity.beta.Aitchison;
import org.gutskin.diversity.beta.BetaMetric;
import org.gutskin.diversity.beta.BrayCurtis;
import org.gutskin.diversity.beta.Jaccard;
import org.gutskin.profile.AbundanceTable;
import org.junit.jupiter.api.Test;

/**
 * Rows computed on demand must be bitwise the stored matrix, whichever sample of a pair is the row: the local and
 * the Spark engine read one or the other, and their results must be identical.
 */
class DistanceRowsTest {

    static final AbundanceTable TABLE = PairwiseKernelTest.table(PairwiseKernelTest.dense());

    static void assertRowsEqualMatrix(DistanceRows rows, DistanceMatrix dm) {
        int n = dm.size();
        // blocks of uneven size, crossing the kernel's eight-row groups
        int[][] ranges = {{0, 13}, {13, 14}, {14, 200}, {200, n}};
        for (int[] r : ranges) {
            double[] got = new double[(r[1] - r[0]) * n], stored = new double[(r[1] - r[0]) * n];
            rows.fill(r[0], r[1], got);
            dm.fill(r[0], r[1], stored);
            for (int i = r[0]; i < r[1]; i++)
                for (int j = 0; j < n; j++) {
                    long want = Double.doubleToRawLongBits(i == j ? 0.0 : dm.get(i, j));
                    assertThat(Double.doubleToRawLongBits(got[(i - r[0]) * n + j])).as("rows (%d, %d)", i, j).isEqualTo(want);
                    assertThat(Double.doubleToRawLongBits(stored[(i - r[0]) * n + j])).as("stored (%d, %d)", i, j).isEqualTo(want);
                }
        }
    }

    @Test
    void kernelRowsAreTheStoredMatrixBitwise() {
        for (BetaMetric m : List.of(new BrayCurtis(), new Jaccard(), new Aitchison(1.0)))
            assertRowsEqualMatrix(m.rows(TABLE), m.compute(TABLE, 2));
    }

    @Test
    void theDefaultRowsOfAnyMetricAreItsMatrix() {
        BetaMetric plain = new BetaMetric() { // only compute(): rows() falls back to blocks of compute()
            @Override
            public String name() {
                return "braycurtis";
            }

            @Override
            public DistanceMatrix compute(AbundanceTable table, int threads) {
                return new BrayCurtis().compute(table, threads);
            }
        };
        assertRowsEqualMatrix(plain.rows(TABLE), plain.compute(TABLE, 1));
    }

    @Test
    void theCapOfOneArrayIsKnown() {
        assertThat(DistanceMatrix.fits(DistanceMatrix.MAX_SAMPLES)).isTrue();
        assertThat(DistanceMatrix.fits(DistanceMatrix.MAX_SAMPLES + 1)).isFalse();
    }
}
