package org.gutskin.cohort.longitudinal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.LineageParser;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;
import org.junit.jupiter.api.Test;

/**
 * The change measures against hand calculations. Three samples of one subject on 2020-01-01, 01-03 and 01-08
 * (elapsed days 0, 2, 7) over taxa A, B, C, in percent: x0 = (50, 50, 0), x1 = (25, 25, 50), x2 = (100, 0, 0).
 */
class ChangeMeasuresTest {

    private static final double EPS = 1e-15;

    private static AbundanceTable table() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.PERCENT, false);
        int a = b.taxon(LineageParser.parse("k__B|g__G|s__G_a", Rank.SPECIES).orElseThrow());
        int bb = b.taxon(LineageParser.parse("k__B|g__G|s__G_b", Rank.SPECIES).orElseThrow());
        int c = b.taxon(LineageParser.parse("k__B|g__G|s__G_c", Rank.SPECIES).orElseThrow());
        b.sample("other", Map.of()).add(c, 100); // not in the series: must not change a thing
        b.sample("x2", Map.of()).add(a, 100);
        b.sample("x0", Map.of()).add(a, 50).add(bb, 50);
        b.sample("x1", Map.of()).add(a, 25).add(bb, 25).add(c, 50);
        return b.build();
    }

    private static Series series() {
        return new Series("P", TimeKind.DATE, List.of(
                point("x0", LocalDate.of(2020, 1, 1)), point("x1", LocalDate.of(2020, 1, 3)),
                point("x2", LocalDate.of(2020, 1, 8))), false);
    }

    private static TimePoint point(String id, LocalDate d) {
        return new TimePoint(id, d.toEpochDay(), Optional.of(d), null);
    }

    @Test
    void brayCurtisToFirstAndToPrevious() {
        // every sample sums to 100, so BC = Σ|a − b| / 200:
        // d(x0,x1) = (25 + 25 + 50)/200 = ½; d(x0,x2) = (50 + 50)/200 = ½; d(x1,x2) = (75 + 25 + 50)/200 = ¾
        SeriesDistances d = SeriesDistances.compute(series(), table(), "braycurtis");
        assertThat(d.toFirst()[0]).isNaN();
        assertThat(d.toPrevious()[0]).isNaN();
        assertThat(d.toFirst()[1]).isCloseTo(0.5, within(EPS));
        assertThat(d.toFirst()[2]).isCloseTo(0.5, within(EPS));
        assertThat(d.toPrevious()[1]).isCloseTo(0.5, within(EPS));
        assertThat(d.toPrevious()[2]).isCloseTo(0.75, within(EPS));
        assertThat(d.firstToLast()).isCloseTo(0.5, within(EPS));
        assertThat(d.meanConsecutive()).isCloseTo((0.5 + 0.75) / 2, within(EPS));
        assertThat(d.summaryLabels()).isEmpty();
    }

    @Test
    void jaccardThroughTheSameRegistry() {
        // presence sets {A,B}, {A,B,C}, {A}: d01 = 1 − 2/3, d02 = 1 − 1/2, d12 = 1 − 1/3
        SeriesDistances d = SeriesDistances.compute(series(), table(), "jaccard");
        assertThat(d.toFirst()[1]).isCloseTo(1.0 / 3, within(EPS));
        assertThat(d.firstToLast()).isCloseTo(0.5, within(EPS));
        assertThat(d.meanConsecutive()).isCloseTo((1.0 / 3 + 2.0 / 3) / 2, within(EPS));
    }

    @Test
    void olsSlopeOverElapsedDays() {
        // observed richness 2, 3, 1 at t = 0, 2, 7: t̄ = 3, ȳ = 2, Sxy = (−3)(0) + (−1)(1) + (4)(−1) = −5,
        // Sxx = 9 + 1 + 16 = 26 → slope −5/26 per day
        assertThat(OlsSlope.of(new double[] {0, 2, 7}, new double[] {2, 3, 1})).isCloseTo(-5.0 / 26, within(EPS));
        // an undefined value is left out: (0, 1) and (7, 3) → 2/7
        assertThat(OlsSlope.of(new double[] {0, 2, 7}, new double[] {1, Double.NaN, 3})).isCloseTo(2.0 / 7, within(EPS));
        assertThat(OlsSlope.of(new double[] {0}, new double[] {1})).isNaN();
        assertThat(OlsSlope.of(new double[] {5, 5}, new double[] {1, 2})).isNaN();
        // an epoch-day origin (≈ 18 262 for 2020) gives the same slope as elapsed days
        assertThat(OlsSlope.of(new double[] {18262, 18264, 18269}, new double[] {2, 3, 1}))
                .isCloseTo(-5.0 / 26, within(1e-15));
    }

    @Test
    void subjectSummary() {
        Series s = series();
        SubjectSummary sum = SubjectSummary.of(s, List.of(SeriesDistances.compute(s, table(), "braycurtis")),
                Map.of("observed", new double[] {2, 3, 1}));
        assertThat(sum.samples()).isEqualTo(3);
        assertThat(sum.span()).isEqualTo(7);
        assertThat(sum.firstToLast().get("braycurtis")).isCloseTo(0.5, within(EPS));
        assertThat(sum.meanConsecutive().get("braycurtis")).isCloseTo(0.625, within(EPS));
        assertThat(sum.slopes().get("observed")).isCloseTo(-5.0 / 26, within(EPS));
        assertThat(sum.labels()).isEmpty();
    }

    @Test
    void aSingleSampleHasNoChange() {
        Series one = new Series("Q", TimeKind.DATE, List.of(point("x0", LocalDate.of(2020, 1, 1))), false);
        assertThat(one.isSingle()).isTrue();
        SubjectSummary sum = SubjectSummary.of(one, List.of(SeriesDistances.compute(one, table(), "braycurtis")),
                Map.of("observed", new double[] {2}));
        assertThat(sum.firstToLast().get("braycurtis")).isNaN();
        assertThat(sum.meanConsecutive().get("braycurtis")).isNaN();
        assertThat(sum.slopes().get("observed")).isNaN();
        assertThat(sum.span()).isZero();
    }

    @Test
    void mixedComparisonsAreLabelled() {
        Series s = new Series("P", TimeKind.ORDER, List.of(
                new TimePoint("x0", 0, Optional.empty(), new SampleLabels("metaphlan", "gut")),
                new TimePoint("x1", 1, Optional.empty(), new SampleLabels("metaphlan", "gut")),
                new TimePoint("x2", 2, Optional.empty(), new SampleLabels("bracken", "gut"))), true);
        SeriesDistances d = SeriesDistances.compute(s, table(), "braycurtis");
        assertThat(d.labelToPrevious(1)).isEmpty();
        assertThat(d.labelToPrevious(2)).contains("profilers differ (bracken vs metaphlan)");
        assertThat(d.labelToFirst(2)).contains("profilers differ (bracken vs metaphlan)");
        assertThat(d.summaryLabels()).containsExactly("profilers differ (bracken vs metaphlan)");
        assertThat(SubjectSummary.of(s, List.of(d), Map.of()).labels())
                .containsExactly("profilers differ (bracken vs metaphlan)");
    }
}
