package org.gutskin.cohort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.diversity.alpha.AlphaMetric;
import org.gutskin.diversity.alpha.AlphaMetrics;
import org.gutskin.index.HealthIndex;
import org.gutskin.index.IndexApplicability;
import org.gutskin.index.IndexScores;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.io.InputException;

/**
 * The per-sample scores a cohort compares between groups: alpha diversity metrics of the diversity layer (on the
 * table at the analysis rank, each sample summing to 1; Shannon in base e) and the gut health indices of the
 * index layer ({@code gmhi}, {@code gmwi2}: on the profiles as read, as {@code gutskin score} computes them).
 * An index the input does not fit is still scored, with its warnings in the notes; an index that cannot be
 * computed at all (e.g. no species rank) is left out with a note, so one index does not stop the analysis.
 */
public final class SampleScoring {

    private SampleScoring() {}

    /** Whether a name is a known score (alpha metric usable without counts or a tree, or an index). */
    public static boolean isKnown(String name) {
        return isIndex(name) || (AlphaMetrics.exists(name) && !AlphaMetrics.needsCounts(name) && !AlphaMetrics.needsTree(name));
    }

    /** Every known score, in order: the alpha metrics that need neither counts nor a tree, then the indices. */
    public static List<String> names() {
        List<String> out = new ArrayList<>(AlphaMetrics.defaults(false, false));
        out.addAll(HealthIndex.names());
        return List.copyOf(out);
    }

    static boolean isIndex(String name) {
        return HealthIndex.names().contains(name);
    }

    /**
     * @param relative the table at the analysis rank, samples summing to 1
     * @param full the same samples, in the same order, as read (all ranks)
     */
    public static SampleScores compute(AbundanceTable relative, AbundanceTable full, List<String> names) {
        Map<String, double[]> out = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (String name : names) {
            if (isIndex(name)) {
                try {
                    // the profile-level rule was applied when the files were read (CohortRun); here the per-sample one
                    IndexScores s = IndexApplicability.score(HealthIndex.named(name), List.of(), full, null,
                            IndexApplicability.Mode.MARK);
                    out.put(name, s.values().clone());
                    for (String w : s.warnings()) notes.add(name + ": " + w);
                    String noCall = IndexApplicability.noCallWarning(HealthIndex.named(name), full);
                    if (noCall != null) notes.add(name + ": " + noCall);
                } catch (InputException e) {
                    notes.add(name + " not computed: " + e.getMessage());
                }
                continue;
            }
            AlphaMetric m = AlphaMetrics.create(name, Math.E, null);
            double[] v = new double[relative.sampleCount()];
            for (int s = 0; s < v.length; s++) v[s] = m.of(relative.sample(s));
            out.put(name, v);
        }
        return new SampleScores(out, notes);
    }
}
