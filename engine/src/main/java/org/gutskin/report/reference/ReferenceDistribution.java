package org.gutskin.report.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.report.model.ReferenceInfo;

/**
 * The distribution of alpha-diversity values among the healthy samples of a labelled cohort, shipped as a small
 * resource ({@code diversity-reference.json}) of 101 quantiles per metric (type 7, as numpy's default
 * {@code percentile}), never the samples themselves. Built once by {@link ReferenceDistributionGenerator}.
 *
 * <p>Percentile of a value x: the quantile table Q(p), p = 0…100, is inverted by linear interpolation —
 * p(x) = i + (x − Q(i)) / (Q(i+1) − Q(i)) for Q(i) ≤ x &lt; Q(i+1); ties (a flat run Q(i) = … = Q(j) = x) give
 * the middle of the run; below Q(0) is 0 and above Q(100) is 100. This is the inverse of the interpolated
 * empirical quantile function, so it agrees with {@code scipy.stats.percentileofscore(kind="mean")} to within
 * the 1-percentile grid.
 */
public final class ReferenceDistribution {

    /** The bundled reference: the healthy samples of the GMHI validation cohort (MetaPhlAn 2 species). */
    public static final String RESOURCE = "diversity-reference.json";

    private static volatile ReferenceDistribution bundled;

    private final Data data;

    /** The file's shape. */
    public record Data(String cohort, String profiler, int size, String rank, String source, String generatedBy,
            Map<String, List<Double>> quantiles) {}

    ReferenceDistribution(Data data) {
        for (var e : data.quantiles().entrySet())
            if (e.getValue().size() != 101) throw new IllegalStateException(e.getKey() + ": expected 101 quantiles");
        this.data = data;
    }

    public static ReferenceDistribution bundled() {
        if (bundled == null) {
            synchronized (ReferenceDistribution.class) {
                if (bundled == null) bundled = load(ReferenceDistribution.class.getResourceAsStream(RESOURCE));
            }
        }
        return bundled;
    }

    static ReferenceDistribution load(InputStream in) {
        if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
        try (in) {
            return new ReferenceDistribution(new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ReferenceInfo info() {
        return new ReferenceInfo(data.cohort(), data.profiler(), data.size(), data.rank(), data.source());
    }

    public Data data() {
        return data;
    }

    public boolean covers(String metric) {
        return data.quantiles().containsKey(metric);
    }

    /** The 101 quantiles of a metric (for plotting), or null. */
    public double[] quantiles(String metric) {
        List<Double> q = data.quantiles().get(metric);
        return q == null ? null : q.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Percentile (0–100) of {@code x} among the reference values of {@code metric}; null if not covered or x is NaN. */
    public Double percentile(String metric, double x) {
        double[] q = quantiles(metric);
        if (q == null || Double.isNaN(x)) return null;
        return percentileOf(q, x);
    }

    /** Inverse of a 101-point quantile table by linear interpolation (see the class comment). */
    static double percentileOf(double[] q, double x) {
        int n = q.length - 1;
        if (x < q[0]) return 0;
        if (x > q[n]) return 100;
        int lo = -1, hi = -1; // the run of grid points equal to x
        for (int i = 0; i <= n; i++) {
            if (q[i] == x) {
                if (lo < 0) lo = i;
                hi = i;
            }
        }
        if (lo >= 0) return (lo + hi) / 2.0;
        int i = 0;
        while (q[i + 1] <= x) i++;
        return i + (x - q[i]) / (q[i + 1] - q[i]);
    }

    /** Type-7 quantiles (numpy default) of sorted values at p = 0, 1, …, 100 percent. */
    static double[] quantilesOf(double[] sorted) {
        double[] out = new double[101];
        int m = sorted.length;
        for (int p = 0; p <= 100; p++) {
            double h = (m - 1) * p / 100.0;
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, m - 1);
            out[p] = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        }
        return out;
    }

    static Map<String, List<Double>> quantileMap(Map<String, double[]> sortedValues) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        sortedValues.forEach((k, v) -> {
            double[] q = quantilesOf(v);
            out.put(k, java.util.Arrays.stream(q).boxed().toList());
        });
        return out;
    }
}
