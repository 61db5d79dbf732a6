package org.gutskin.cohort;

import java.util.List;
import java.util.Map;

/**
 * Everything a cohort analysis found, ready for the writers: the samples analysed and their groups, per-sample
 * scores, the tests, the ordination of the first beta metric, the differential-abundance table, and notes a
 * reader must see (samples dropped and why, zero replacement used, engine), and the per-sample CLR values of the
 * top differential taxa (smallest p first; the per-taxon box/strip plots).
 */
public record CohortResult(Grouping grouping, List<String> sampleIds, Map<String, double[]> scores,
        List<CohortTest> tests, String ordinationMetric, Ordination ordination, List<TaxonAssociation> differential,
        List<String> notes, CohortOptions options, Map<String, double[]> topTaxaClr) {

    /** How many of the top differential taxa get a per-taxon plot. */
    public static final int PLOTTED_TAXA = 6;

    /** The same result with more notes at the end (e.g. the per-subject summaries'). */
    public CohortResult withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new CohortResult(grouping, sampleIds, scores, tests, ordinationMetric, ordination, differential, all,
                options, topTaxaClr);
    }
}
