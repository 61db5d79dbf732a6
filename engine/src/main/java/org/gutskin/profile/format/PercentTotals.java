package org.gutskin.profile.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.io.InputException;
import org.gutskin.profile.SparseVector;

/**
 * Checks that relative abundances add up. A sample's total is the sum of its top-level rows (the unclassified row
 * plus the shallowest taxa of a nested table; every feature of a disjoint one). MetaPhlAn leaves the unclassified
 * share out unless run with {@code --unknown_estimation}, and tables are often cut to selected taxa, so a total
 * below 100 % is only a warning. A total above 100 % (beyond {@value #OVER} points of rounding) cannot be a
 * composition: that is an input error, typically nested rows read as disjoint ones.
 */
final class PercentTotals {

    static final double OVER = 1.0;
    static final double UNDER = 1.0;

    private PercentTotals() {}

    static void check(Path file, AbundanceTable t, List<String> warnings) {
        boolean[] top = t.topLevelRows();
        int low = 0;
        String lowest = null;
        double lowestSum = Double.MAX_VALUE;
        for (int s = 0; s < t.sampleCount(); s++) {
            double sum = 0;
            SparseVector v = t.sample(s);
            for (int k = 0; k < v.size(); k++) {
                if (top[v.taxon(k)]) sum += v.value(k);
                // one taxon over 100 % is no share of anything, at any rank (a species at 250 %, say)
                if (v.value(k) > 100 + OVER)
                    throw new InputException(file, 0, String.format(Locale.ROOT,
                            "taxon '%s' of sample '%s' has a relative abundance of %s%%, expected at most 100%%",
                            Abbrev.of(t.taxa().get(v.taxon(k)).toString()), Abbrev.of(t.sampleIds().get(s)),
                            org.gutskin.io.TsvNumbers.format(v.value(k))));
            }
            if (sum > 100 + OVER)
                throw new InputException(file, 0, String.format(Locale.ROOT,
                        "relative abundances of sample '%s' sum to %.4g%%, expected at most 100%% "
                                + "(rows at several ranks without full lineages?)", t.sampleIds().get(s), sum));
            if (sum < 100 - UNDER) {
                low++;
                if (sum < lowestSum) {
                    lowestSum = sum;
                    lowest = t.sampleIds().get(s);
                }
            }
        }
        if (low > 0)
            warnings.add(String.format(Locale.ROOT, "%d of %d samples have relative abundances summing to less than "
                    + "%.0f%% (lowest: '%s', %.4g%%); the rest is taken as unclassified or not listed",
                    low, t.sampleCount(), 100 - UNDER, lowest, lowestSum));
    }

    /** The smallest and largest total over the non-empty samples ({0, 0} when all are empty). */
    static double[] totalRange(AbundanceTable t) {
        boolean[] top = t.topLevelRows();
        double lo = Double.MAX_VALUE, hi = 0;
        for (int s = 0; s < t.sampleCount(); s++) {
            SparseVector v = t.sample(s);
            if (v.size() == 0) continue;
            double sum = 0;
            for (int k = 0; k < v.size(); k++) if (top[v.taxon(k)]) sum += v.value(k);
            lo = Math.min(lo, sum);
            hi = Math.max(hi, sum);
        }
        return hi == 0 ? new double[] {0, 0} : new double[] {lo, hi};
    }

    /** True when every non-empty sample sums to 1 (± 0.001): the values are fractions, not percent. */
    static boolean looksLikeFractions(AbundanceTable t) {
        boolean[] top = t.topLevelRows();
        boolean any = false;
        for (int s = 0; s < t.sampleCount(); s++) {
            double sum = 0;
            SparseVector v = t.sample(s);
            for (int k = 0; k < v.size(); k++) if (top[v.taxon(k)]) sum += v.value(k);
            if (v.size() == 0) continue;
            if (Math.abs(sum - 1) > 1e-3) return false;
            any = true;
        }
        return any;
    }
}
