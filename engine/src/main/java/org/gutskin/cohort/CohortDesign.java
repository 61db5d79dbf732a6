package org.gutskin.cohort;

import java.util.ArrayList;
import java.util.List;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.EmptySamples;
import org.gutskin.io.InputException;
import org.gutskin.profile.SampleMetadata;
import org.gutskin.profile.SparseVector;

/**
 * Matches a table's samples with the metadata and the group column: the samples analysed are those with a
 * metadata row, a non-missing group value and a non-zero total at the analysis rank. Every sample left out is
 * counted in a note, never dropped silently. Fewer than two groups or fewer than three samples is an
 * {@link InputException}. {@code kept} are the analysed samples' indices in the table given.
 */
public record CohortDesign(AbundanceTable table, Grouping grouping, List<String> notes, int[] kept) {

    /** @param atRank the table collapsed to the analysis rank */
    public static CohortDesign of(AbundanceTable atRank, SampleMetadata md, String groupColumn) {
        int col = md.column(groupColumn);
        List<String> noRow = new ArrayList<>(), noValue = new ArrayList<>(), empty = new ArrayList<>();
        List<Integer> keep = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (int s = 0; s < atRank.sampleCount(); s++) {
            String id = atRank.sampleIds().get(s);
            if (!md.hasRow(id)) { noRow.add(id); continue; }
            var v = md.value(id, col);
            if (v.isEmpty()) { noValue.add(id); continue; }
            SparseVector sv = atRank.sample(s);
            if (EmptySamples.isEmpty(atRank, s)) { empty.add(id); continue; }
            keep.add(s);
            groups.add(v.get());
        }
        List<String> notes = new ArrayList<>();
        if (!noRow.isEmpty())
            notes.add(noRow.size() + " sample(s) left out: no row in the metadata (" + sample(noRow) + ")");
        if (!noValue.isEmpty())
            notes.add(noValue.size() + " sample(s) left out: no value for '" + groupColumn + "' (" + sample(noValue) + ")");
        if (!empty.isEmpty())
            notes.add(empty.size() + " sample(s) left out: nothing classified at the analysis rank (" + sample(empty) + ")");
        long unmatched = md.sampleIds().stream().filter(id -> atRank.indexOfSample(id) < 0).count();
        if (unmatched > 0) notes.add(unmatched + " metadata row(s) name no sample of the profiles");
        Grouping g = Grouping.of(groups);
        if (keep.size() < 3)
            throw new InputException(md.source(), 0, "only " + keep.size() + " sample(s) of the profiles have a value for '"
                    + groupColumn + "'; a cohort analysis needs at least 3" + (noRow.isEmpty() ? "" : " (check that the first metadata column holds the profiles' sample ids, e.g. " + sample(noRow) + ")"));
        if (g.groupCount() < 2)
            throw new InputException(md.source(), 0, "column '" + groupColumn + "' has a single group " + g.labels()
                    + " among the analysed samples; at least two are needed");
        int[] kept = keep.stream().mapToInt(Integer::intValue).toArray();
        return new CohortDesign(atRank.select(kept), g, notes, kept);
    }

    /** Lists of ids, shortened for a message. */
    static String sample(List<String> ids) {
        return ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + ", …";
    }
}
