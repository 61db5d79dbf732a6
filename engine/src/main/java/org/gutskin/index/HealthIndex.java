package org.gutskin.index;

import java.util.List;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.io.InputException;

/**
 * A published, disease-agnostic gut health index computed from a stool metagenome profile. Implementations
 * reproduce their authors' reference computation exactly; input that does not fit the model is refused (an
 * {@link InputException}) or scored with a warning in {@link IndexScores#warnings()}, never silently.
 */
public interface HealthIndex {

    /** The model this index scores with. */
    ModelProvenance model();

    /**
     * Scores every sample of the table.
     *
     * @param allowMismatch score input the model was not built for (e.g. a MetaPhlAn 4 profile) with a warning
     *                      instead of refusing it; input the index cannot be computed from at all (no species
     *                      rank) is refused regardless
     */
    IndexScores score(AbundanceTable table, boolean allowMismatch);

    /** How many taxa (species or clades) the model scores. */
    int modelTaxa();

    /** Per sample, how many of the model's taxa are detected (above the model's presence threshold). */
    int[] detectedTaxa(AbundanceTable table);

    /** The half-width of the band around 0 inside which the index makes no call (0 when it has none). */
    double rejectBand();

    /** The call for a score, with the reject band (NaN: uncertain). */
    HealthCall call(double score);

    /**
     * The call the authors' accuracy figures use, ignoring the reject band: GMHI counts a score of exactly 0 as
     * neither (so it is wrong for both classes), GMWI2's evaluation calls a score healthy when &gt; 0 and
     * non-healthy otherwise.
     */
    HealthCall classify(double score);

    /** The index names accepted by {@link #named}. */
    static List<String> names() {
        return List.of("gmhi", "gmwi2");
    }

    /** The current model of an index by its command-line name. */
    static HealthIndex named(String name) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "gmhi" -> new Gmhi(GmhiModel.current());
            case "gmwi2" -> new Gmwi2(Gmwi2Model.current());
            default -> throw new InputException("unknown index '" + name + "'; expected one of " + names());
        };
    }
}
