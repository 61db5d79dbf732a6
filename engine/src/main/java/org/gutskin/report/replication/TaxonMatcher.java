package org.gutskin.report.replication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.Fact;
import org.gutskin.evidence.kb.TaxonSynonym;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;

/**
 * Matches a knowledge-base taxon (a name at a rank, e.g. "Faecalibacterium prausnitzii" species, "Blautia" genus,
 * "Bacteroidetes" phylum) to the rows of a cohort table at that rank, across naming schemes.
 *
 * <p>Rules, in order; names are compared with underscores read as spaces, case-insensitively:
 * <ol>
 * <li>The candidate names are the knowledge-base name plus every name of the {@code taxon-synonyms.yaml} entry at
 * that rank that lists it (e.g. Bacteroidetes → Bacteroidota, Oren &amp; Garrity 2021, doi:10.1099/ijsem.0.005056;
 * Bacteroides vulgatus → Phocaeicola vulgatus).</li>
 * <li>A row whose own name equals a candidate matches ("exact" or "synonym …").</li>
 * <li>A row whose name is a candidate followed by a qualifier matches as a "variant": at species rank MetaPhlAn's
 * clade and metagenomic-species suffixes ({@code Prevotella_copri_clade_A}, {@code Ruminococcus_obeum_CAG_39}); at
 * any rank GTDB's single-letter placeholder suffixes ({@code Firmicutes_A}, {@code Blautia_A}).</li>
 * <li>MetaPhlAn 4 rows named only by an SGB ({@code s__Faecalibacterium_SGB15346}, {@code s__GGB2998_SGB3988}) never
 * match a species name: which species an unnamed SGB belongs to is unknown. Those of the fact's genus are listed as
 * left out, so the reader sees what was not counted.</li>
 * </ol>
 * Several matching rows (clades, variants, or a name and its synonym both present) are summed into one feature
 * before modelling — see {@link ModellingFeatures}. No match is reported with the reason, never dropped.
 */
public final class TaxonMatcher {

    private static final Pattern SGB_ONLY = Pattern.compile("^(?:.+ )?sgb\\d+$");
    private static final Pattern GTDB_SUFFIX = Pattern.compile("^[a-z]$");

    private final List<TaxonSynonym> synonyms;

    public TaxonMatcher(List<TaxonSynonym> synonyms) {
        this.synonyms = List.copyOf(synonyms);
    }

    /** Normal form of a name: underscores as spaces, single spaces, lower case. */
    static String norm(String s) {
        return s.replace('_', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The synonym entry at this rank that lists the name, or null. */
    TaxonSynonym entryFor(Rank rank, String name) {
        String n = norm(name);
        for (TaxonSynonym s : synonyms)
            if (s.rank() == rank) for (String a : s.allNames()) if (norm(a).equals(n)) return s;
        return null;
    }

    /** Matches one taxon fact against the table at the fact's rank ({@code atRank} holds only rows at that rank). */
    public TaxonMatch match(Fact fact, AbundanceTable atRank) {
        Rank rank = fact.rank();
        TaxonSynonym entry = entryFor(rank, fact.taxon());
        List<String> candidates = new ArrayList<>();
        if (entry == null) candidates.add(norm(fact.taxon()));
        else for (String a : entry.allNames()) candidates.add(norm(a));
        String kb = norm(fact.taxon());

        List<Lineage> rows = new ArrayList<>();
        List<String> via = new ArrayList<>();
        List<Lineage> leftOut = new ArrayList<>();
        String genus = rank == Rank.SPECIES && kb.contains(" ") ? kb.substring(0, kb.indexOf(' ')) : null;
        int atThisRank = 0;
        for (Lineage l : atRank.taxa()) {
            if (l.isUnclassified() || l.rank() != rank) continue;
            atThisRank++;
            String name = norm(l.name());
            String how = null;
            for (String c : candidates) {
                if (name.equals(c)) {
                    how = c.equals(kb) ? "exact" : "synonym " + display(c, entry);
                    break;
                }
                if (name.startsWith(c + " ")) {
                    String rest = name.substring(c.length() + 1);
                    boolean variant = rank == Rank.SPECIES ? !SGB_ONLY.matcher(rest).matches()
                            : GTDB_SUFFIX.matcher(rest).matches();
                    if (variant) {
                        how = "variant of " + (c.equals(kb) ? fact.taxon() : display(c, entry)) + ": " + l.name();
                        break;
                    }
                }
            }
            if (how != null) {
                rows.add(l);
                via.add(how);
            } else if (genus != null && SGB_ONLY.matcher(name).matches() && sameGenus(l, name, genus, candidates)) {
                leftOut.add(l);
            }
        }
        String reason = null;
        if (rows.isEmpty()) {
            reason = atThisRank == 0 ? "the table has no rows at rank " + rank.label()
                    : "no row among the " + atThisRank + " at rank " + rank.label() + " is named "
                            + String.join(" or ", candidates.stream().map(TaxonMatcher::title).toList());
        }
        return new TaxonMatch(fact, rows, via, reason, leftOut);
    }

    /** An unnamed SGB row belongs to the fact's genus (or a synonym's genus) by its name or its genus lineage. */
    private static boolean sameGenus(Lineage l, String name, String genus, List<String> candidates) {
        List<String> genera = new ArrayList<>();
        for (String c : candidates) if (c.contains(" ")) genera.add(c.substring(0, c.indexOf(' ')));
        if (!genera.contains(genus)) genera.add(genus);
        String g = l.nameAt(Rank.GENUS) == null ? null : norm(l.nameAt(Rank.GENUS));
        for (String x : genera) if (name.startsWith(x + " ") || x.equals(g)) return true;
        return false;
    }

    private static String display(String c, TaxonSynonym entry) {
        String v = entry == null ? "" : " (" + (entry.verified() ? "verified" : "unverified") + ": "
                + String.join(", ", entry.citations().stream().map(Citation::id).toList()) + ")";
        return title(c) + v;
    }

    /** "bacteroides vulgatus" → "Bacteroides vulgatus" for messages. */
    private static String title(String c) {
        return c.isEmpty() ? c : Character.toUpperCase(c.charAt(0)) + c.substring(1);
    }
}
