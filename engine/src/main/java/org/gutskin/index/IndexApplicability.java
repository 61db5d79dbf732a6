package org.gutskin.index;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;

/**
 * The one rule for where a published gut health index may speak, used by every door ({@code score},
 * {@code report}, the service, batch reports, FHIR and {@code cohort}):
 * <ol>
 *   <li><b>Profile.</b> An index applies only to profiles from the profiler family it was trained on: GMHI on
 *       MetaPhlAn 2 and GMWI2 on MetaPhlAn 3 species profiles (read as MetaPhlAn single or merged tables, or plain
 *       tables of MetaPhlAn lineages). No validated mapping exists from MetaPhlAn 4's SGB-based database, from
 *       Kraken 2 / Bracken (NCBI taxonomy, read counts) or from 16S tables (BIOM, QIIME 2) to the models' taxa,
 *       so such a profile gets <i>not applicable</i>: no value and no healthy/non-healthy call.</li>
 *   <li><b>Sample.</b> Where the index applies, a sample in which fewer than {@link #MIN_TAXA_SHARE} (2 %) of the
 *       model's taxa are detected (GMHI: none of its 50 species; GMWI2: fewer than 2 of its 95 clades) gets
 *       <i>no call</i>: its score would be a constant (GMHI 0, GMWI2 the intercept), not a measurement. On the
 *       healthy samples of the GMHI validation cohort, 99 % detect at least one GMHI species.</li>
 * </ol>
 * {@code gutskin score} is the authors' reference computation: it applies the profile rule (refusing, or with
 * --allow-mismatch scoring with the reason as a warning, for research) and keeps every value the authors' code
 * would print, warning about samples under the taxa rule; every door that shows a person a call (reports, the
 * service, batch, FHIR, cohorts) applies both parts ({@link Mode#MARK}).
 */
public final class IndexApplicability {

    /** The share of an index's taxa that must be detected in a sample for a call. */
    public static final double MIN_TAXA_SHARE = 0.02;

    /** The formats whose profiles come from the MetaPhlAn family the indices were trained on. */
    private static final Set<Format> METAPHLAN_FAMILY = Set.of(Format.METAPHLAN, Format.METAPHLAN_MERGED, Format.TABLE);

    /** What to do when the index does not apply to the profile. */
    public enum Mode {
        /** Refuse with an input error naming the reason ({@code gutskin score} without --allow-mismatch). */
        REFUSE,
        /** Mark every sample not applicable, and samples with too few taxa no call (reports, the service, cohorts). */
        MARK,
        /** Score anyway with the reason as a warning ({@code --allow-mismatch}). */
        FORCE
    }

    private IndexApplicability() {}

    /** Null when the index applies to the profile, else why not ("this profile is MetaPhlAn 4 (SGB) …"). */
    public static String notApplicable(HealthIndex ix, Profile p) {
        return notApplicable(ix, p.format() == null ? List.of() : List.of(p.format()), p.abundance());
    }

    /** As {@link #notApplicable(HealthIndex, Profile)} for a table read from files of these formats. */
    public static String notApplicable(HealthIndex ix, List<Format> formats, AbundanceTable table) {
        ModelProvenance m = ix.model();
        for (Format f : formats)
            if (!METAPHLAN_FAMILY.contains(f))
                return "not applicable to this profile: it was read as " + f.label() + ", a different profiler"
                        + " and database than the one " + m.tag() + " was built for (" + m.profiler() + "), and no"
                        + " validated mapping exists";
        String sgb = ModelFit.firstSgbTaxon(table);
        if (sgb != null)
            return "not applicable to this profile: it is a MetaPhlAn 4 (SGB) profile (taxon " + sgb + "), but "
                    + m.tag() + " was built for " + m.profiler() + ", and no validated mapping exists";
        if (!ModelFit.hasSpecies(table))
            return "not applicable to this profile: it has no species rank, and " + m.tag() + " needs a"
                    + " species-level profile";
        return null;
    }

    /** Scores a profile by the rule; see {@link Mode}. */
    public static IndexScores score(HealthIndex ix, Profile p, Mode mode) {
        return score(ix, p.format() == null ? List.of() : List.of(p.format()), p.abundance(), p.source(), mode);
    }

    /** Scores a table read from files of these formats ({@code source}: named in a refusal) by the rule. */
    public static IndexScores score(HealthIndex ix, List<Format> formats, AbundanceTable table, java.nio.file.Path source,
            Mode mode) {
        String why = notApplicable(ix, formats, table);
        List<String> ids = table.sampleIds();
        if (why != null && mode == Mode.REFUSE) {
            String msg = ix.model().name() + " " + why + "; pass --allow-mismatch to score anyway (the result is not"
                    + " comparable with the published model)";
            throw source == null ? new InputException(msg) : new InputException(source, 0, msg);
        }
        if (why != null && mode == Mode.MARK) {
            double[] v = new double[ids.size()];
            Arrays.fill(v, Double.NaN);
            HealthCall[] c = new HealthCall[ids.size()];
            Arrays.fill(c, HealthCall.NOT_APPLICABLE);
            return new IndexScores(ix.model(), ids, v, c, List.of(why));
        }
        IndexScores s = ix.score(table, true);
        List<String> warnings = new ArrayList<>(s.warnings());
        if (why != null) warnings.add(0, why + "; scored anyway (--allow-mismatch): not comparable with the published"
                + " model");
        HealthCall[] calls = s.calls().clone();
        double[] values = s.values().clone();
        if (mode == Mode.MARK) { // reports, the service, cohorts: a sample with too few index taxa gets no call
            int[] detected = ix.detectedTaxa(table);
            for (int i = 0; i < calls.length; i++)
                if (detected[i] < minimumTaxa(ix)) {
                    calls[i] = HealthCall.NO_CALL;
                    values[i] = Double.NaN;
                }
        }
        return new IndexScores(s.model(), ids, values, calls, warnings);
    }

    /**
     * "no call for N sample(s) (…): fewer than K of the M taxa detected", or null: what {@code gutskin score} (the
     * authors' reference computation, values kept) and cohorts print once for a table.
     */
    public static String noCallWarning(HealthIndex ix, AbundanceTable table) {
        int[] detected = ix.detectedTaxa(table);
        List<String> none = new ArrayList<>();
        for (int i = 0; i < detected.length; i++) if (detected[i] < minimumTaxa(ix)) none.add(table.sampleIds().get(i));
        if (none.isEmpty()) return null;
        return "no call for " + none.size() + " sample(s) (" + String.join(", ", none.subList(0, Math.min(5,
                none.size()))) + (none.size() > 5 ? ", …" : "") + "): fewer than " + minimumTaxa(ix) + " of the "
                + ix.modelTaxa() + " " + ix.model().tag() + " taxa detected";
    }

    /** The fewest detected model taxa that allow a call (at least one). */
    public static int minimumTaxa(HealthIndex ix) {
        return Math.max(1, (int) Math.ceil(MIN_TAXA_SHARE * ix.modelTaxa() - 1e-9));
    }
}
