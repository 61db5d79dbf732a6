package org.gutskin.index;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;
import org.gutskin.profile.SparseVector;

/**
 * Gut Microbiome Wellness Index 2 (Chang et al. 2024, Nature Communications 15:7447,
 * doi:10.1038/s41467-024-51651-9), as the authors' tool ({@code compute_gmwi2}, version 1.6) computes it from a
 * MetaPhlAn 3 profile:
 *
 * <pre>
 *   x_t   = a_t / (100 − U)          a_t: percent abundance of clade t (0 when absent), U: the UNKNOWN row
 *   p_t   = 1 if x_t &gt; 1e-5 else 0   (strict)
 *   GMWI2 = b + Σ_t β_t · p_t          b = 0, β: the 95 non-zero L1 logistic-regression coefficients
 * </pre>
 * Clade names match exactly, at every rank, as full MetaPhlAn strings ({@code k__…|…|s__…}): the profile's own
 * higher-rank rows give the higher-rank features; nothing is aggregated. GMWI2 &gt; 0 is healthy, ≤ 0
 * non-healthy, and |GMWI2| &lt; 1 is the reject option (no call).
 *
 * <p>Edge cases, each with a warning: no UNKNOWN row (the reference fails with a KeyError) → U = 0; U = 100 →
 * nothing is present (the reference divides by zero and compares NaN) so the score is the intercept; a table
 * without rows at some rank the model uses (e.g. a species-only table) → those features count as absent.
 */
public final class Gmwi2 implements HealthIndex {

    private final Gmwi2Model model;
    private final Map<String, Integer> feature = new HashMap<>();
    private final double[] coef;

    public Gmwi2(Gmwi2Model model) {
        this.model = model;
        coef = new double[model.coefficients().size()];
        for (int f = 0; f < coef.length; f++) {
            feature.put(model.coefficients().get(f).taxon(), f);
            coef[f] = model.coefficients().get(f).coefficient();
        }
    }

    @Override
    public ModelProvenance model() {
        return model.provenance();
    }

    @Override
    public double rejectBand() {
        return model.rejectBand();
    }

    @Override
    public HealthCall call(double score) {
        if (Double.isNaN(score) || Math.abs(score) < model.rejectBand()) return HealthCall.UNCERTAIN;
        return score > 0 ? HealthCall.HEALTHY : HealthCall.NON_HEALTHY;
    }

    @Override
    public HealthCall classify(double score) {
        if (Double.isNaN(score)) return HealthCall.UNCERTAIN;
        return score > 0 ? HealthCall.HEALTHY : HealthCall.NON_HEALTHY;
    }

    @Override
    public IndexScores score(AbundanceTable input, boolean allowMismatch) {
        List<String> warnings = new ArrayList<>(ModelFit.check(input, model(), allowMismatch));
        AbundanceTable table = input.relative();
        int[] map = featureMap(table);
        int unknown = unknownIndex(table);
        warnings.addAll(coverageWarnings(table, map, unknown));
        double[] v = new double[table.sampleCount()];
        HealthCall[] calls = new HealthCall[v.length];
        boolean[] present = new boolean[coef.length];
        List<String> allUnknown = new ArrayList<>();
        for (int s = 0; s < v.length; s++) {
            if (!presence(table, s, map, unknown, present)) allUnknown.add(table.sampleIds().get(s));
            double sum = model.intercept();
            for (int f = 0; f < coef.length; f++) if (present[f]) sum += coef[f];
            v[s] = sum;
            calls[s] = call(sum);
        }
        if (!allUnknown.isEmpty())
            warnings.add("UNKNOWN is 100 % in " + allUnknown.size() + " sample(s) (" + allUnknown.get(0)
                    + (allUnknown.size() > 1 ? ", …" : "") + "): no taxon counts as present, score = intercept");
        return new IndexScores(model(), table.sampleIds(), v, calls, warnings);
    }

    @Override
    public int modelTaxa() {
        return coef.length;
    }

    @Override
    public int[] detectedTaxa(AbundanceTable input) {
        AbundanceTable table = input.relative();
        int[] map = featureMap(table), out = new int[table.sampleCount()];
        int unknown = unknownIndex(table);
        boolean[] present = new boolean[coef.length];
        for (int s = 0; s < out.length; s++) {
            presence(table, s, map, unknown, present);
            for (boolean b : present) if (b) out[s]++;
        }
        return out;
    }

    /** The model taxa present in one sample, in model order, with their coefficients (the tool's {@code _GMWI2_taxa.txt}). */
    public List<Gmwi2Model.Coefficient> presentTaxa(AbundanceTable input, int sample) {
        AbundanceTable table = input.relative();
        boolean[] present = new boolean[coef.length];
        presence(table, sample, featureMap(table), unknownIndex(table), present);
        List<Gmwi2Model.Coefficient> out = new ArrayList<>();
        for (int f = 0; f < coef.length; f++) if (present[f]) out.add(model.coefficients().get(f));
        return out;
    }

    /** Fills {@code present}; returns false when the known community is empty (U ≥ 100). */
    private boolean presence(AbundanceTable table, int s, int[] map, int unknown, boolean[] present) {
        java.util.Arrays.fill(present, false);
        SparseVector x = table.sample(s);
        double u = unknown < 0 ? 0 : table.get(s, unknown);
        double known = 100 - u;
        if (!(known > 0)) return false;
        double thr = model.presenceThreshold();
        for (int k = 0; k < x.size(); k++) {
            int f = map[x.taxon(k)];
            if (f >= 0 && x.value(k) / known > thr) present[f] = true;
        }
        return true;
    }

    /** For each taxon of the table, the model feature with exactly its clade name, or -1. */
    private int[] featureMap(AbundanceTable table) {
        List<Lineage> taxa = table.taxa();
        int[] map = new int[taxa.size()];
        for (int t = 0; t < map.length; t++)
            map[t] = taxa.get(t).isUnclassified() ? -1 : feature.getOrDefault(taxa.get(t).toMetaphlan(), -1);
        return map;
    }

    private static int unknownIndex(AbundanceTable table) {
        List<Lineage> taxa = table.taxa();
        for (int t = 0; t < taxa.size(); t++) if (taxa.get(t).isUnclassified()) return t;
        return -1;
    }

    /** Warnings about parts of the model the table cannot express (so the score is lower-bounded in effect). */
    private List<String> coverageWarnings(AbundanceTable table, int[] map, int unknown) {
        List<String> w = new ArrayList<>();
        if (unknown < 0)
            w.add("the profile has no UNKNOWN row (MetaPhlAn 3 --unknown_estimation); scored with UNKNOWN = 0, i.e."
                    + " abundances taken as fractions of the whole sample");
        for (Lineage l : table.taxa())
            if (!l.isUnclassified() && l.rank() == Rank.STRAIN) {
                w.add("the profile has strain rows (" + l.toMetaphlan() + "), which MetaPhlAn 3 does not write: is it a"
                        + " MetaPhlAn 2 profile? GMWI2 clade names are those of " + model.profiler());
                break;
            }
        Map<Rank, Integer> byRank = new EnumMap<>(Rank.class);
        Map<Rank, Boolean> tableHas = new EnumMap<>(Rank.class);
        for (Lineage l : table.taxa()) if (!l.isUnclassified()) tableHas.put(l.rank(), true);
        for (Gmwi2Model.Coefficient c : model.coefficients()) {
            Rank r = Rank.ofPrefix(lastLevel(c.taxon()).charAt(0)).orElseThrow();
            if (!tableHas.containsKey(r)) byRank.merge(r, 1, Integer::sum);
        }
        if (!byRank.isEmpty()) {
            int n = byRank.values().stream().mapToInt(Integer::intValue).sum();
            List<String> ranks = new ArrayList<>();
            byRank.forEach((r, k) -> ranks.add(r.label() + " " + k));
            w.add("the table has no rows at rank(s) the model uses (" + String.join(", ", ranks) + " features): " + n
                    + " of " + coef.length + " model taxa count as absent (GMWI2 expects a full MetaPhlAn 3 profile"
                    + " with a row for every rank)");
        }
        boolean any = false;
        for (int f : map) any |= f >= 0;
        if (!any)
            w.add("none of the " + coef.length + " GMWI2 model taxa occurs in this table (clade names must match "
                    + model.profiler() + " exactly); every score is the intercept");
        return w;
    }

    private static String lastLevel(String clade) {
        int bar = clade.lastIndexOf('|');
        return bar < 0 ? clade : clade.substring(bar + 1);
    }
}
