package org.gutskin.index.evaluation;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.gutskin.index.HealthCall;
import org.gutskin.index.HealthIndex;
import org.junit.jupiter.api.Test;

/** Metrics against hand calculation; label files against the counts their READMEs state. */
@RequiresShared
class EvaluationTest {

    // healthy scores 3, 1, -1; non-healthy 2, -2, -3, 1, 0
    private static final double[] S = {3, 1, -1, 2, -2, -3, 1, 0};
    private static final boolean[] H = {true, true, true, false, false, false, false, false};

    @Test
    void aucCountsTiesAsHalf() {
        // pairs (h, n) with h > n: 3 beats all 5; 1 beats -2, -3, 0 and ties 1; -1 beats -2, -3 → 5 + 3.5 + 2 = 10.5 of 15
        assertThat(Auc.of(S, H)).isCloseTo(10.5 / 15, within(1e-15));
    }

    @Test
    void gmhiCountsAZeroAsWrongForBothClasses() {
        BinaryMetrics m = BinaryMetrics.of(S, H, HealthIndex.named("gmhi")::classify);
        // healthy called healthy: 3, 1 → 2/3; non-healthy called non-healthy: -2, -3 → 2/5 (0 is no call)
        assertThat(m.specificity()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(m.sensitivity()).isCloseTo(2.0 / 5, within(1e-15));
        assertThat(m.balancedAccuracy()).isCloseTo((2.0 / 3 + 2.0 / 5) / 2, within(1e-15));
    }

    @Test
    void gmwi2CallsAZeroNonHealthyAndHasARejectBand() {
        HealthIndex g = HealthIndex.named("gmwi2");
        BinaryMetrics m = BinaryMetrics.of(S, H, g::classify);
        assertThat(m.sensitivity()).isCloseTo(3.0 / 5, within(1e-15));
        assertThat(g.call(0.99)).isEqualTo(HealthCall.UNCERTAIN);
        assertThat(g.call(-1.0)).isEqualTo(HealthCall.NON_HEALTHY);
        assertThat(g.call(1.0)).isEqualTo(HealthCall.HEALTHY);
    }

    @Test
    void rocCurveEndsAtOneOneAndAreaMatchesAuc() {
        RocCurve r = RocCurve.of(S, H);
        double area = 0;
        for (int i = 1; i < r.falseHealthyRate().length; i++)
            area += (r.falseHealthyRate()[i] - r.falseHealthyRate()[i - 1])
                    * (r.trueHealthyRate()[i] + r.trueHealthyRate()[i - 1]) / 2;
        assertThat(area).isCloseTo(Auc.of(S, H), within(1e-12));
        int last = r.falseHealthyRate().length - 1;
        assertThat(r.falseHealthyRate()[last]).isEqualTo(1.0);
        assertThat(r.trueHealthyRate()[last]).isEqualTo(1.0);
        // score > 0 calls 3, 1 healthy (2/3) and 2, 1 of the non-healthy (2/5)
        assertThat(r.pointAt(Double.MIN_VALUE)).containsExactly(2.0 / 5, 2.0 / 3);
    }

    @Test
    void bootstrapIsSeededAndBracketsTheEstimate() {
        Bootstrap b = new Bootstrap(500, 7, 0.95);
        var one = b.run(S, H, HealthIndex.named("gmwi2")::classify);
        var two = b.run(S, H, HealthIndex.named("gmwi2")::classify);
        assertThat(one).isEqualTo(two);
        assertThat(one.auc().low()).isLessThanOrEqualTo(one.auc().estimate());
        assertThat(one.auc().high()).isGreaterThanOrEqualTo(one.auc().estimate());
        assertThat(Bootstrap.quantile(new double[] {1, 2, 3, 4, 5}, 0.25)).isEqualTo(2.0);
    }

    private static Path shared(String rel) {
        return Shared.path(rel);
    }

    @Test
    void gmhiValidationLabelsWithBodyWeightExclusion() {
        Labels l = Labels.read(shared("data/gmhi/validation_782/validation_metadata_dev.csv"), "Phenotype",
                Set.of("Healthy"), Map.of("excluded_bodyweight_OB_OW_UW", "True"), false);
        // the README: 490 samples (74 H / 416 NH) in the 679-style development subset
        assertThat(l.healthy()).hasSize(490);
        assertThat(l.healthy().values().stream().filter(h -> h).count()).isEqualTo(74);
    }

    @Test
    void discoveryCohortBalancedAccuracyFromThePublishedGmhiValues() throws java.io.IOException {
        // no profiles for the 4,347-sample discovery cohort here, only the published per-sample GMHI: our metric
        // code must turn them into the data README's figures for the development subset (75.99 % / 63.53 % / 69.76 %)
        var lines = java.nio.file.Files.readAllLines(shared("data/gmhi/discovery_4347/gmhi_published_dev.tsv"));
        var head = java.util.Arrays.asList(lines.get(0).split("\t"));
        int st = head.indexOf("health_status"), g = head.indexOf("GMHI_published");
        double[] s = new double[lines.size() - 1];
        boolean[] h = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            String[] f = lines.get(i + 1).split("\t");
            s[i] = Double.parseDouble(f[g]);
            h[i] = f[st].equals("Healthy");
        }
        BinaryMetrics m = BinaryMetrics.of(s, h, HealthIndex.named("gmhi")::classify);
        assertThat(m.nHealthy()).isEqualTo(1874);
        assertThat(m.nNonHealthy()).isEqualTo(1212);
        assertThat(m.specificity()).isCloseTo(0.7599, within(5e-5));
        assertThat(m.sensitivity()).isCloseTo(0.6353, within(5e-5));
        assertThat(m.balancedAccuracy()).isCloseTo(0.6976, within(5e-5));
    }

    @Test
    void hmp2TransposedMetadata() {
        Labels l = Labels.read(shared("data/formats/metaphlan/HMP2_subset_metadata.tsv"), "diagnosis",
                Set.of("nonIBD"), Map.of(), true);
        assertThat(l.healthy()).hasSize(129);
        assertThat(l.healthy()).containsEntry("CSM67UH7", true).containsEntry("CSM5FZ3N_P", false);
    }
}
