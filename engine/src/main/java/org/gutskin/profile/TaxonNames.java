package org.gutskin.profile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * When two names at one rank name the same taxon, for joining files by name ({@link TableUnion}): the spelling is
 * normalised (MetaPhlAn's {@code Bacteroides_vulgatus} and Bracken's {@code Bacteroides vulgatus} are one name, as
 * are differences of case), and renamed taxa are mapped to one name through a synonyms table.
 *
 * <p>The synonyms are data, kept in one home: the knowledge base's {@code taxon-synonyms.yaml} (the 2021 phylum
 * names, Oren &amp; Garrity 2021, doi:10.1099/ijsem.0.005056) and the renamings of {@code nomenclature.yaml} (the
 * 2020 split of Lactobacillus, Zheng et al. 2020, doi:10.1099/ijsem.0.004107). The profile layer cannot read the
 * knowledge base, so the caller that can passes them in ({@link #withSynonyms}); {@link #SPELLING} alone is the
 * join without synonyms.
 */
public final class TaxonNames {

    /** Spelling normalisation only. */
    public static final TaxonNames SPELLING = new TaxonNames(Map.of());

    private final Map<String, String> canonical; // rank label + ':' + normalised name -> normalised canonical name

    private TaxonNames(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
    }

    /**
     * These names plus a set of names of one taxon at one rank: every name in {@code names} is mapped to the first.
     * A name already mapped keeps its first mapping (the synonyms table is read in order).
     */
    public TaxonNames withSynonyms(Rank rank, java.util.List<String> names) {
        if (names.size() < 2) return this;
        Map<String, String> m = new HashMap<>(canonical);
        String first = normalise(names.get(0));
        String target = m.getOrDefault(key(rank, first), first);
        for (String n : names) m.putIfAbsent(key(rank, normalise(n)), target);
        return new TaxonNames(m);
    }

    /** The one spelling of a name at a rank: normalised, and mapped through the synonyms. */
    public String canonical(Rank rank, String name) {
        String n = normalise(name);
        return canonical.getOrDefault(key(rank, n), n);
    }

    /**
     * The mappings as data ({@code rank:normalised name} to the normalised canonical name), so a request can carry
     * them to another process (the Spark job) without that process reading the knowledge base.
     */
    public Map<String, String> mappings() {
        return canonical;
    }

    /** The names of {@link #mappings()}; empty: {@link #SPELLING}. */
    public static TaxonNames ofMappings(Map<String, String> mappings) {
        return mappings.isEmpty() ? SPELLING : new TaxonNames(mappings);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaxonNames t && t.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    /** How many names are mapped to another (for provenance: "joined with N synonyms"). */
    public int size() {
        return canonical.size();
    }

    private static String key(Rank rank, String normalised) {
        return rank.label() + ':' + normalised;
    }

    /** Underscores as spaces, runs of white space as one, lower case: the ways profilers spell one name. */
    static String normalise(String name) {
        return name.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
