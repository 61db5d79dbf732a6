package org.gutskin.diversity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.gutskin.diversity.beta.Aitchison;
import org.gutskin.diversity.beta.BrayCurtis;
import org.gutskin.diversity.beta.Jaccard;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;
import org.junit.jupiter.api.Test;

/**
 * The blocked, two-thread sparse kernels against the textbook dense definitions (written out here) on a random
 * table big enough that the kernels really use both threads and many blocks.
 */
class PairwiseKernelTest {

    static final int N = 500, D = 1200;

    static double[][] dense() {
        SplittableRandom r = new SplittableRandom(42);
        double[][] x = new double[N][D];
        for (int i = 0; i < N; i++) {
            int rich = 1 + r.nextInt(600);
            for (int k = 0; k < rich; k++) x[i][r.nextInt(D)] = 1 + r.nextInt(1000);
        }
        x[7] = x[3].clone(); // identical samples
        return x;
    }

    static AbundanceTable table(double[][] x) {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        for (int t = 0; t < D; t++) b.taxon(Lineage.ofName(Rank.SPECIES, "T" + t));
        for (int i = 0; i < N; i++) {
            b.sample("S" + i, null);
            for (int t = 0; t < D; t++) b.add(t, x[i][t]);
        }
        return b.build();
    }

    @Test
    void sparseBlockedKernelsEqualTheDenseDefinitions() {
        double[][] x = dense();
        AbundanceTable t = table(x);
        DistanceMatrix bc = new BrayCurtis().compute(t, 2);
        DistanceMatrix ja = new Jaccard().compute(t, 2);
        DistanceMatrix ai = new Aitchison(1).compute(t, 2);
        double[][] clr = new double[N][D];
        for (int i = 0; i < N; i++) {
            double mean = 0;
            for (int k = 0; k < D; k++) mean += Math.log(x[i][k] + 1) / D;
            for (int k = 0; k < D; k++) clr[i][k] = Math.log(x[i][k] + 1) - mean;
        }
        double worst = 0;
        for (int i = 0; i < N; i++)
            for (int j = i + 1; j < N; j++) {
                double num = 0, den = 0, sq = 0;
                int both = 0, either = 0;
                for (int k = 0; k < D; k++) {
                    num += Math.abs(x[i][k] - x[j][k]);
                    den += x[i][k] + x[j][k];
                    if (x[i][k] > 0 && x[j][k] > 0) both++;
                    if (x[i][k] > 0 || x[j][k] > 0) either++;
                    sq += (clr[i][k] - clr[j][k]) * (clr[i][k] - clr[j][k]);
                }
                worst = Math.max(worst, rel(bc.get(i, j), num / den));
                worst = Math.max(worst, rel(ja.get(i, j), (either - both) / (double) either));
                worst = Math.max(worst, rel(ai.get(i, j), Math.sqrt(sq)));
            }
        assertThat(worst).isLessThan(1e-9);
        assertThat(bc.get(3, 7)).isEqualTo(0.0);
        assertThat(ja.get(3, 7)).isEqualTo(0.0);
        assertThat(ai.get(3, 7)).isLessThan(1e-12);
    }

    @Test
    void oneThreadAndTwoThreadsGiveTheSameBits() {
        AbundanceTable t = table(dense());
        assertThat(new BrayCurtis().compute(t, 2).condensed()).isEqualTo(new BrayCurtis().compute(t, 1).condensed());
    }

    private static double rel(double got, double exp) {
        return Math.abs(got - exp) / Math.max(Math.abs(exp), 1e-12);
    }
}
