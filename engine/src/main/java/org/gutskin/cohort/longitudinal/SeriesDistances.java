package org.gutskin.cohort.longitudinal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.beta.Aitchison;
import org.gutskin.diversity.beta.BetaMetrics;
import org.gutskin.profile.AbundanceTable;

/**
 * How far each sample of a series is from the subject's first sample and from the one before it, on one beta
 * metric of the diversity registry:
 *
 * <pre>toFirst[i] = d(x₀, xᵢ),  toPrevious[i] = d(xᵢ₋₁, xᵢ)   for i ≥ 1;  both NaN at i = 0</pre>
 *
 * {@code toFirst} is q2-longitudinal's {@code first-distances} with the baseline at each subject's own first sample,
 * {@code toPrevious} its {@code first-distances} between successive samples (Bokulich et al. 2018,
 * doi:10.1128/mSystems.00219-18); q2-longitudinal pairs samples by a shared state value (a subject missing a state
 * drops out of that pair), here each subject's own consecutive samples are paired. The summaries:
 * {@link #firstToLast()} = d(x₀, xₙ₋₁) and {@link #meanConsecutive()} = mean of toPrevious[1..n−1] (the
 * volatility of the series); NaN for a single sample.
 */
public record SeriesDistances(Series series, String metric, double[] toFirst, double[] toPrevious) {

    /** From a matrix holding (at least) the series' samples. */
    public static SeriesDistances of(Series s, String metric, DistanceMatrix dm) {
        int n = s.size();
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            at[i] = dm.ids().indexOf(s.point(i).sampleId());
            if (at[i] < 0) throw new IllegalArgumentException("sample " + s.point(i).sampleId() + " is not in the matrix");
        }
        double[] first = new double[n], previous = new double[n];
        first[0] = Double.NaN;
        previous[0] = Double.NaN;
        for (int i = 1; i < n; i++) {
            first[i] = dm.get(at[0], at[i]);
            previous[i] = dm.get(at[i - 1], at[i]);
        }
        return new SeriesDistances(s, metric, first, previous);
    }

    /**
     * Computes the series' distances with the registry's metric (no tree; Aitchison with its default pseudocount, as
     * the cohort's beta metrics) on {@code table}'s rows of the series' samples. The table keeps every taxon column,
     * so a distance is the one the whole table's matrix holds.
     */
    public static SeriesDistances compute(Series s, AbundanceTable table, String metric) {
        int[] rows = new int[s.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = table.indexOfSample(s.point(i).sampleId());
            if (rows[i] < 0) throw new IllegalArgumentException("sample " + s.point(i).sampleId() + " is not in the table");
        }
        DistanceMatrix dm = BetaMetrics.create(metric, null, Aitchison.DEFAULT_PSEUDOCOUNT).compute(table.select(rows), 1);
        return of(s, metric, dm);
    }

    /** d(first, last); NaN for a single sample. */
    public double firstToLast() {
        return toFirst[toFirst.length - 1];
    }

    /** The mean distance between consecutive samples; NaN for a single sample. */
    public double meanConsecutive() {
        int n = toPrevious.length;
        if (n < 2) return Double.NaN;
        double sum = 0;
        for (int i = 1; i < n; i++) sum += toPrevious[i];
        return sum / (n - 1);
    }

    /** The label of the comparison of sample i with the first (mixed series only). */
    public Optional<String> labelToFirst(int i) {
        return i == 0 ? Optional.empty() : series.comparisonLabel(i, 0);
    }

    /** The label of the comparison of sample i with the previous one (mixed series only). */
    public Optional<String> labelToPrevious(int i) {
        return i == 0 ? Optional.empty() : series.comparisonLabel(i, i - 1);
    }

    /** The distinct labels of the comparisons the summaries use (first-to-last and every consecutive pair). */
    public List<String> summaryLabels() {
        Set<String> out = new LinkedHashSet<>();
        int n = series.size();
        if (n > 1) labelToFirst(n - 1).ifPresent(out::add);
        for (int i = 1; i < n; i++) labelToPrevious(i).ifPresent(out::add);
        return new ArrayList<>(out);
    }
}
