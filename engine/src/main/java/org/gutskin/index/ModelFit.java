package org.gutskin.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;

/**
 * Checks whether a table fits an index model before it is scored. Both indices were trained on species-level
 * shotgun profiles from one MetaPhlAn generation, so three kinds of input are mismatches:
 * <ul>
 *   <li>no species rank at all (e.g. a genus-level 16S table): refused, nothing can be computed;</li>
 *   <li>a MetaPhlAn 4 profile (SGB-based, recognised by {@code t__SGB…} rows or {@code SGB<digits>} species
 *       names): refused unless the caller allows mismatches, then scored with a warning;</li>
 *   <li>read counts instead of relative abundances: scored after conversion, with a warning.</li>
 * </ul>
 * The MetaPhlAn generation is guessed from the taxa because a merged table no longer carries the database line.
 */
final class ModelFit {

    private static final Pattern SGB = Pattern.compile("(^|_)SGB\\d+");

    private ModelFit() {}

    /** Refuses what cannot be scored; returns the warnings for what can. */
    static List<String> check(AbundanceTable table, ModelProvenance model, boolean allowMismatch) {
        List<String> warnings = new ArrayList<>();
        if (table.sampleCount() == 0) throw new InputException("the table has no samples to score");
        if (!hasSpecies(table))
            throw new InputException(model.name() + " needs a species-level profile, but this table has no species"
                    + " rank (ranks present: " + ranks(table) + "; a genus-level or 16S table cannot be scored)");
        String sgb = firstSgbTaxon(table);
        if (sgb != null) {
            String what = "this looks like a MetaPhlAn 4 (SGB) profile (taxon " + sgb + "), but " + model.tag()
                    + " was built for " + model.profiler();
            if (!allowMismatch)
                throw new InputException(what + "; re-profile with that database, or pass --allow-mismatch to score"
                        + " anyway (the result is not comparable with the published model)");
            warnings.add(what + "; scored anyway (--allow-mismatch): not comparable with the published model");
        }
        if (table.hasCounts())
            warnings.add("the table holds read counts, not profiler relative abundances; they were converted to"
                    + " relative abundance, which is not what " + model.tag() + " was built on ("
                    + model.profiler() + ")");
        return warnings;
    }

    static boolean hasSpecies(AbundanceTable t) {
        for (Lineage l : t.taxa()) if (l.reaches(Rank.SPECIES) && l.nameAt(Rank.SPECIES) != null) return true;
        return false;
    }

    private static String ranks(AbundanceTable t) {
        List<String> r = new ArrayList<>();
        for (Rank k : t.taxaPerRank().keySet()) r.add(k.label());
        return r.isEmpty() ? "none" : String.join(", ", r);
    }

    static String firstSgbTaxon(AbundanceTable t) {
        for (Lineage l : t.taxa()) {
            if (l.isUnclassified()) continue;
            String strain = l.nameAt(Rank.STRAIN), species = l.nameAt(Rank.SPECIES);
            if ((strain != null && SGB.matcher(strain).find()) || (species != null && SGB.matcher(species).find()))
                return l.toMetaphlan();
        }
        return null;
    }
}
