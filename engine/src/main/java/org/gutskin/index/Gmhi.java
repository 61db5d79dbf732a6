package org.gutskin.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;
import org.gutskin.profile.SparseVector;

/**
 * Gut Microbiome Health Index (Gupta et al. 2020, Nature Communications 11:4635, doi:10.1038/s41467-020-18476-8),
 * as the authors' {@code GMHI.R} computes it from a MetaPhlAn 2 species profile:
 *
 * <ol>
 *   <li>drop species whose name contains {@code unclassified} or {@code virus} (case-insensitive, like the
 *       authors' {@code select(-contains(...))});</li>
 *   <li>re-normalise each sample to sum 1 over the remaining species;</li>
 *   <li>set p &lt; 1e-5 to 0 (values equal to 1e-5 stay; no re-normalisation afterwards);</li>
 *   <li>for S ∈ {MH, MN}: R_S = #{present species of S}, H_S = −Σ p ln p over them,
 *       ψ_S = (R_S / S′) · H_S with MH′ = 7, MN′ = 31;</li>
 *   <li>GMHI = log10((ψ_MH + 1e-5) / (ψ_MN + 1e-5)).</li>
 * </ol>
 * GMHI &gt; 0: healthy, &lt; 0: non-healthy, exactly 0 (e.g. no set species present): no call.
 *
 * <p>Species are the table's species-rank rows, matched by their species name ({@code s__} + name) against the
 * published sets; higher ranks and strains are ignored. Edge case: a sample with nothing left after step 1
 * has no GMHI (the reference divides 0 by 0); it is NaN with a warning.
 */
public final class Gmhi implements HealthIndex {

    private final GmhiModel model;
    private final Map<String, Integer> set = new HashMap<>(); // species name (no prefix) → 0 MH, 1 MN

    public Gmhi(GmhiModel model) {
        this.model = model;
        for (String s : model.healthPrevalent()) set.put(strip(s), 0);
        for (String s : model.healthScarce()) set.put(strip(s), 1);
    }

    private static String strip(String s) {
        return s.startsWith("s__") ? s.substring(3) : s;
    }

    @Override
    public ModelProvenance model() {
        return model.provenance();
    }

    @Override
    public double rejectBand() {
        return 0;
    }

    @Override
    public HealthCall call(double score) {
        if (score > 0) return HealthCall.HEALTHY;
        if (score < 0) return HealthCall.NON_HEALTHY;
        return HealthCall.UNCERTAIN;
    }

    @Override
    public HealthCall classify(double score) {
        return call(score);
    }

    @Override
    public IndexScores score(AbundanceTable table, boolean allowMismatch) {
        List<String> warnings = new ArrayList<>(ModelFit.check(table, model(), allowMismatch));
        GmhiComponents[] c = components(table);
        double[] v = new double[c.length];
        HealthCall[] calls = new HealthCall[c.length];
        List<String> empty = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            v[i] = c[i].gmhi();
            calls[i] = call(v[i]);
            if (Double.isNaN(v[i])) empty.add(table.sampleIds().get(i));
        }
        if (!empty.isEmpty())
            warnings.add("GMHI undefined (no species abundance left after removing unclassified and virus species) for "
                    + empty.size() + " sample(s): " + String.join(", ", empty.subList(0, Math.min(5, empty.size())))
                    + (empty.size() > 5 ? ", …" : ""));
        int found = setSpeciesFound(table);
        if (found == 0)
            warnings.add("none of the " + set.size() + " GMHI species occurs in this table; check that it is a"
                    + " species profile with MetaPhlAn species names (GMHI was built for " + model.profiler() + ")");
        return new IndexScores(model(), table.sampleIds(), v, calls, warnings);
    }

    @Override
    public int modelTaxa() {
        return set.size();
    }

    @Override
    public int[] detectedTaxa(AbundanceTable table) {
        GmhiComponents[] c = components(table);
        int[] out = new int[c.length];
        for (int i = 0; i < c.length; i++) out[i] = c[i].rMh() + c[i].rMn();
        return out;
    }

    /** GMHI and its intermediate values for every sample, in table order. */
    public GmhiComponents[] components(AbundanceTable input) {
        AbundanceTable table = speciesLevel(input);
        int[] role = roles(table);
        GmhiComponents[] out = new GmhiComponents[table.sampleCount()];
        double thr = model.presenceThreshold();
        for (int s = 0; s < out.length; s++) {
            SparseVector x = table.sample(s);
            double total = 0;
            for (int k = 0; k < x.size(); k++) if (role[x.taxon(k)] >= 0) total += x.value(k);
            int[] r = new int[2];
            double[] h = new double[2];
            for (int k = 0; k < x.size(); k++) {
                int which = role[x.taxon(k)] - 1; // role 1 = MH, 2 = MN, 0 = other kept species, -1 = not counted
                if (which < 0) continue;
                double p = x.value(k) / total;
                if (p < thr) continue;
                r[which]++;
                h[which] += p * Math.log(p);
            }
            h[0] = -h[0];
            h[1] = -h[1];
            double psiMh = ((double) r[0] / model.mhPrime()) * h[0];
            double psiMn = ((double) r[1] / model.mnPrime()) * h[1];
            double g = total > 0
                    ? Math.log10((psiMh + model.pseudocount()) / (psiMn + model.pseudocount()))
                    : Double.NaN;
            out[s] = new GmhiComponents(r[0], r[1], h[0], h[1], psiMh, psiMn, g);
        }
        return out;
    }

    /**
     * What each taxon of the table is for GMHI: -1 not a species row or dropped by name; 0 a species that only
     * counts in the total; 1 Health-prevalent; 2 Health-scarce.
     */
    private int[] roles(AbundanceTable table) {
        List<Lineage> taxa = table.taxa();
        int[] role = new int[taxa.size()];
        for (int t = 0; t < role.length; t++) {
            Lineage l = taxa.get(t);
            if (!isSpeciesRow(l) || dropped(l.name())) {
                role[t] = -1;
                continue;
            }
            Integer s = set.get(l.name());
            role[t] = s == null ? 0 : s + 1;
        }
        return role;
    }

    /**
     * Only species rows count: nested tables (MetaPhlAn) have a row per rank, and tables of disjoint features
     * are first collapsed to species by {@link #speciesLevel} when they hold anything below species.
     */
    private static boolean isSpeciesRow(Lineage l) {
        return !l.isUnclassified() && l.rank() == Rank.SPECIES;
    }

    /** Disjoint features below species (strain/SGB columns of a non-nested table) are summed to their species. */
    static AbundanceTable speciesLevel(AbundanceTable t) {
        if (t.isNested()) return t;
        for (Lineage l : t.taxa()) if (!l.isUnclassified() && l.rank().compareTo(Rank.SPECIES) > 0) return t.atRank(Rank.SPECIES);
        return t;
    }

    private boolean dropped(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String d : model.dropNamesContaining()) if (n.contains(d.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private int setSpeciesFound(AbundanceTable table) {
        int n = 0;
        for (Lineage l : table.taxa())
            if (!l.isUnclassified() && l.rank() == Rank.SPECIES && set.containsKey(l.name())) n++;
        return n;
    }
}
