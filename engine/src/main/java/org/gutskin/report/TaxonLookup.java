package org.gutskin.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.SparseVector;

/**
 * Finds a knowledge-base taxon name in a profile at its rank. Names are compared case-insensitively with '_' read
 * as a space (MetaPhlAn writes {@code Faecalibacterium_prausnitzii}); a name written as alternatives
 * ({@code Escherichia/Shigella}, {@code Escherichia-Shigella}) sums its parts; and the few renamings that split
 * profiler versions are tried both ways (phyla renamed in 2021, Oren &amp; Garrity, doi:10.1099/ijsem.0.005056;
 * Ruminococcus gnavus → Mediterraneibacter gnavus in MetaPhlAn 4's database; Propionibacterium acnes → Cutibacterium
 * acnes, Scholz &amp; Kilian 2016, doi:10.1099/ijsem.0.001367, still Propionibacterium in MetaPhlAn 2).
 */
final class TaxonLookup {

    private static final Map<String, String> SYNONYMS = Map.of(
            "bacteroidetes", "bacteroidota", "firmicutes", "bacillota", "actinobacteria", "actinomycetota",
            "proteobacteria", "pseudomonadota", "ruminococcus gnavus", "mediterraneibacter gnavus",
            "cutibacterium acnes", "propionibacterium acnes", "cutibacterium", "propionibacterium");

    /** Alternatives written Genus/Genus or Genus-Genus (compiled once: it was compiled per lookup). */
    private static final java.util.regex.Pattern ALTERNATIVES = java.util.regex.Pattern.compile("[A-Z][a-z]+[/-][A-Z][a-z]+");
    /** {@link #candidates} by name: the names asked for are the knowledge base's, a few hundred; kept up to a cap. */
    private static final Map<String, List<String>> CANDIDATES = new java.util.concurrent.ConcurrentHashMap<>();

    private TaxonLookup() {}

    static String norm(String name) {
        return name.replace('_', ' ').replace("[", "").replace("]", "").trim().toLowerCase(Locale.ROOT);
    }

    /** The names to look for: the name, its alternatives and their synonyms (normalised). */
    static List<String> candidates(String taxon) {
        List<String> known = CANDIDATES.get(taxon);
        if (known != null) return known;
        List<String> c = candidatesOf(taxon);
        if (CANDIDATES.size() < 10_000) CANDIDATES.put(taxon, c);
        return c;
    }

    private static List<String> candidatesOf(String taxon) {
        String n = norm(taxon);
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        out.add(n);
        if (ALTERNATIVES.matcher(taxon).matches()) for (String p : taxon.split("[/-]")) out.add(norm(p));
        for (String c : List.copyOf(out)) {
            SYNONYMS.forEach((a, b) -> {
                if (c.equals(a)) out.add(b);
                if (c.equals(b)) out.add(a);
            });
        }
        return List.copyOf(out);
    }

    /** Percent of the sample in the taxon (summing alternatives), 0 when absent. */
    static double abundance(AbundanceTable atRank, int sample, String taxon) {
        List<String> want = candidates(taxon);
        List<Lineage> taxa = atRank.taxa();
        SparseVector v = atRank.sample(sample);
        double sum = 0;
        for (int k = 0; k < v.size(); k++) {
            String n = norm(taxa.get(v.taxon(k)).name());
            if (want.contains(n)) sum += v.value(k);
        }
        return sum;
    }
}
