package org.gutskin.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.gutskin.diversity.DistanceMatrix;
import org.junit.jupiter.api.Test;

/**
 * The one-pass PERMANOVA and PERMDISP of large cohorts: by hand, against scikit-bio's values on {@link PeerFixture},
 * and against the matrix-based tests with the same permutations.
 */
class RowwisePermutationTestsTest {

    static RowSource local(DistanceMatrix dm) {
        return RowSource.local(dm, "stored");
    }

    /**
     * Six points on a line, a = {0, 2, 4}, b = {10, 11, 12}, Euclidean distances.
     * PERMANOVA: Σ_{i&lt;j} d² = n·Σ(x − x̄)² = 6 · 131.5, so S_T = 131.5; S_W = (4 + 16 + 4)/3 + (1 + 4 + 1)/3 = 10;
     * F = (131.5 − 10)/1 / (10/4) = 48.6.
     * PERMDISP: centroids 2 and 11, z = (2, 0, 2) and (1, 0, 1); group means 4/3 and 2/3, grand mean 1;
     * between = 3·(1/3)² · 2 = 2/3; residual = (2·(2/3)² + (4/3)²) + (2·(1/3)² + (2/3)²) = 30/9;
     * F = (2/3)/1 / ((30/9)/4) = 0.8.
     */
    @Test
    void sixPointsByHand() {
        double[] x = {0, 2, 4, 10, 11, 12};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) ids.add("s" + i);
        double[] d = new double[15];
        int k = 0;
        for (int i = 0; i < 6; i++) for (int j = i + 1; j < 6; j++) d[k++] = Math.abs(x[i] - x[j]);
        Grouping g = Grouping.of(List.of("a", "a", "a", "b", "b", "b"));
        RowwisePermutationTests.Result r = RowwisePermutationTests.run(local(new DistanceMatrix(ids, d)), g, 99, 1);
        assertThat(r.permanova().statistic()).isCloseTo(48.6, within(1e-12));
        assertThat(r.permdisp().statistic()).isCloseTo(0.8, within(1e-12));
        // 6 points in 3 + 3: only 10 distinct splits, so the observed one (the most extreme) recurs by chance
        assertThat(r.permanova().pValue()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
    }

    @Test
    void permanovaIsScikitBiosAndTheMatrixPathsWithTheSamePermutations() {
        for (Grouping g : List.of(PeerFixture.twoGroups(), PeerFixture.threeGroups())) {
            PermutationTest matrix = Permanova.test(PeerFixture.distances(), g, 999, 7);
            PermutationTest rows = RowwisePermutationTests.run(local(PeerFixture.distances()), g, 999, 7).permanova();
            assertThat(rows.statistic()).isCloseTo(matrix.statistic(), within(1e-12 * matrix.statistic()));
            // 10 samples have few distinct splits, so some permutations tie with the observed F exactly in
            // arithmetic; summed in another order a tie may land on either side: at most a few permutations apart
            assertThat(rows.pValue()).isCloseTo(matrix.pValue(), within(3.0 / 1000));
        }
        // 60 samples: no ties, the same permutations give the same p-value
        DistanceMatrix dm = LargeCohortMethodsTest.euclidean(60, 4);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 60; i++) labels.add(i < 25 ? "a" : i < 45 ? "b" : "c");
        PermutationTest matrix = Permanova.test(dm, Grouping.of(labels), 199, 5);
        PermutationTest rows = RowwisePermutationTests.run(local(dm), Grouping.of(labels), 199, 5).permanova();
        assertThat(rows.statistic()).isCloseTo(matrix.statistic(), within(1e-12 * matrix.statistic()));
        assertThat(rows.pValue()).isEqualTo(matrix.pValue());
        // scikit-bio 0.5.8 (PeerFixture's run)
        assertThat(RowwisePermutationTests.run(local(PeerFixture.distances()), PeerFixture.threeGroups(), 9, 7)
                .permanova().statistic()).isCloseTo(22.447365690910136, within(1e-10));
        assertThat(RowwisePermutationTests.run(local(PeerFixture.distances()), PeerFixture.twoGroups(), 9, 7)
                .permanova().statistic()).isCloseTo(5.558361564592943, within(1e-10));
    }

    @Test
    void permdispEqualsScikitBiosOnEuclideanDistances() {
        DistanceMatrix dm = LargeCohortMethodsTest.euclidean(60, 2);
        for (int k = 2; k <= 3; k++) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < 60; i++) labels.add("g" + (i % k));
            Grouping g = Grouping.of(labels);
            PermutationTest viaAxes = Permdisp.test(dm, g, 49, 3);
            PermutationTest rows = RowwisePermutationTests.run(local(dm), g, 49, 3).permdisp();
            assertThat(rows.statistic()).isCloseTo(viaAxes.statistic(), within(1e-8));
            assertThat(rows.pValue()).isEqualTo(viaAxes.pValue());
        }
    }

    @Test
    void blockSizeDoesNotChangeABit() {
        DistanceMatrix dm = LargeCohortMethodsTest.euclidean(300, 5);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 300; i++) labels.add(i % 5 < 2 ? "a" : "b");
        Grouping g = Grouping.of(labels);
        RowwisePermutationTests.Result all = RowwisePermutationTests.run(local(dm), g, 99, 3);
        // the same rows served one at a time, as a Spark task with tiny blocks would
        RowSource single = new RowSource() {
            public int size() {
                return dm.size();
            }

            public <R extends java.io.Serializable> List<R> run(RowBlockTask<R> task) {
                List<R> out = new ArrayList<>();
                double[] row = new double[dm.size()];
                for (int i = 0; i < dm.size(); i++) {
                    dm.fill(i, i + 1, row);
                    out.add(task.apply(i, i + 1, row, dm.size()));
                }
                return out;
            }

            public String describe() {
                return "one row at a time";
            }
        };
        RowwisePermutationTests.Result one = RowwisePermutationTests.run(single, g, 99, 3);
        assertThat(one).isEqualTo(all); // records compare doubles bitwise
    }
}
