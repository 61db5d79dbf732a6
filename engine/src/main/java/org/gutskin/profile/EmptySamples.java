package org.gutskin.profile;

import org.gutskin.io.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for empty profiles in a batch: a sample with nothing classified at the analysis rank (an empty
 * profile, or one holding only {@code UNKNOWN 100} — nf-core/taxprofiler writes such mock profiles) is left out
 * with a note, and the others are analysed; only a batch in which every sample is empty is an input error.
 * Every command that reads several samples (alpha, beta, cohort, report --all) applies it.
 */
public final class EmptySamples {

    private EmptySamples() {}

    /** The table without its empty samples, and the ids left out. */
    public record Kept(AbundanceTable table, List<String> leftOut) {
        public Kept {
            leftOut = List.copyOf(leftOut);
        }

        /** The note for stderr or an output's notes, or null when no sample was left out. */
        public String note() {
            return EmptySamples.note(leftOut);
        }
    }

    /** The one wording of the note for samples left out, or null when none was. */
    public static String note(List<String> leftOut) {
        if (leftOut.isEmpty()) return null;
        return leftOut.size() + " sample(s) left out: nothing classified" + " ("
                + String.join(", ", leftOut.size() <= 5 ? leftOut : leftOut.subList(0, 5))
                + (leftOut.size() > 5 ? ", …" : "") + ")";
    }

    /** True when the sample holds no classified abundance (only unclassified rows, or nothing). */
    public static boolean isEmpty(AbundanceTable t, int s) {
        SparseVector v = t.sample(s);
        for (int k = 0; k < v.size(); k++) if (!t.taxa().get(v.taxon(k)).isUnclassified() && v.value(k) > 0) return false;
        return true;
    }

    /** True when every sample of the table is empty. */
    public static boolean allEmpty(AbundanceTable t) {
        for (int s = 0; s < t.sampleCount(); s++) if (!isEmpty(t, s)) return false;
        return true;
    }

    /**
     * Leaves out the empty samples of a table at the analysis rank; an {@link InputException} naming
     * {@code source} when none is left.
     */
    public static Kept leaveOut(AbundanceTable atRank, String source, String rankLabel) {
        List<Integer> keep = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (int s = 0; s < atRank.sampleCount(); s++) {
            if (isEmpty(atRank, s)) out.add(atRank.sampleIds().get(s));
            else keep.add(s);
        }
        if (keep.isEmpty())
            throw new InputException(source, 0, "every sample is empty or unclassified at rank " + rankLabel
                    + "; nothing to analyse", null);
        if (out.isEmpty()) return new Kept(atRank, out);
        return new Kept(atRank.select(keep.stream().mapToInt(Integer::intValue).toArray()), out);
    }
}
