package org.gutskin.profile;

import org.gutskin.io.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several tables as one: the samples of each in order, over the union of their taxa. Sample ids must be unique
 * across the tables. If every table holds counts the union does; otherwise every table is taken as relative
 * abundance in percent, so that counts and percent are never mixed in one distance.
 *
 * <p>Which rows are one taxon is the {@link JoinMode}: by taxid (else rank and name), by rank and name, or by the
 * whole lineage as spelled. Joined by identity, one taxon may come with different lineages (Firmicutes in one
 * Kraken database, Bacillota in the next). The rule: <b>a taxon keeps the lineage of the first file, in argument
 * order, that lists it</b>, and every ancestor name is spelled as that first file spells it (an ancestor that a
 * later file names differently, and that the taxids or the synonyms show to be the same taxon, takes the first
 * file's name). Every lineage that was replaced is listed as a {@link Reconciliation}. Rows of one file that
 * become one taxon are summed.
 */
public final class TableUnion {

    private TableUnion() {}

    /** The joined table, how it was joined, and every lineage that was replaced. */
    public record Joined(AbundanceTable table, JoinMode mode, List<Reconciliation> reconciliations) {
        public Joined {
            reconciliations = List.copyOf(reconciliations);
        }

        /** One line for stderr, or null when nothing was reconciled. */
        public String summary() {
            if (reconciliations.isEmpty()) return null;
            Reconciliation r = reconciliations.get(0);
            return "joined by " + (mode == JoinMode.TAXID ? "taxid (else name)" : mode.label()) + ": "
                    + reconciliations.size() + " lineage(s) reconciled, each to the lineage of the first file that "
                    + "lists the taxon (e.g. " + r.given() + " as " + r.kept() + ", " + r.reason() + ")";
        }

        /** Every reconciliation as one line each, for provenance. */
        public List<String> messages() {
            return reconciliations.stream().map(Reconciliation::message).toList();
        }
    }

    /**
     * One person's visits that came as separate files (one profile per visit, as labs send them) as one profile:
     * relative abundances joined by taxid (else rank and name), the first profile's format, no counts. The one home
     * for this join: the follow-up report's command line and the service's subject view both use it, so a series
     * reads the same through either door. A sample id held by two files is refused naming both.
     */
    public static Profile joinProfiles(List<Profile> profiles, List<String> sources, TaxonNames names) {
        if (profiles.size() == 1) return profiles.get(0);
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++)
            for (String id : profiles.get(i).abundance().sampleIds()) {
                String before = seen.putIfAbsent(id, sources.get(i));
                if (before != null)
                    throw new InputException("sample '" + id + "' is in both " + before + " and " + sources.get(i)
                            + ": a series names each visit once");
            }
        List<AbundanceTable> tables = profiles.stream().map(Profile::relative).toList();
        AbundanceTable joined;
        try {
            joined = join(tables, sources, JoinMode.TAXID, names).table();
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        return new Profile(null, profiles.get(0).format(), joined, java.util.Optional.empty(), List.of());
    }

    public static Joined join(List<AbundanceTable> tables, List<String> sources, JoinMode mode, TaxonNames names) {
        if (tables.size() == 1) return new Joined(tables.get(0), mode, List.of());
        boolean counts = tables.stream().allMatch(AbundanceTable::hasCounts);
        boolean nested = tables.stream().allMatch(AbundanceTable::isNested);
        if (!nested && tables.stream().anyMatch(AbundanceTable::isNested))
            throw new IllegalArgumentException("collapse nested tables to one rank before joining them with feature tables");
        List<AbundanceTable> ts = new ArrayList<>();
        for (AbundanceTable t : tables) ts.add(counts ? t : t.relative());

        // 1. Which taxon each row of each file is (an index into `kept`).
        Identities ids = new Identities(mode, names);
        int[][] entryOf = new int[ts.size()][];
        for (int f = 0; f < ts.size(); f++) {
            List<Lineage> taxa = ts.get(f).taxa();
            entryOf[f] = new int[taxa.size()];
            for (int i = 0; i < taxa.size(); i++) entryOf[f][i] = ids.entry(taxa.get(i), f);
        }
        // 2. Each taxon's final lineage: the first file's, its ancestors spelled as first spelled.
        List<Lineage> finals = new ArrayList<>();
        for (int e = 0; e < ids.kept.size(); e++) finals.add(mode == JoinMode.LINEAGE ? ids.kept.get(e) : ids.respell(ids.kept.get(e)));
        // 3. Reconciliations: each row whose lineage as given is not the one kept.
        List<Reconciliation> rec = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (int f = 0; f < ts.size(); f++) {
            List<Lineage> taxa = ts.get(f).taxa();
            for (int i = 0; i < taxa.size(); i++) {
                Lineage given = taxa.get(i), fin = finals.get(entryOf[f][i]);
                if (given.equals(fin) || given.isUnclassified()) continue;
                String reason = ids.reason(given, ids.kept.get(entryOf[f][i]));
                Reconciliation r = new Reconciliation(sources.get(f), given.toString(), fin.toString(), reason);
                if (listed.add(r.message())) rec.add(r);
            }
        }
        // 4. The table: rows that became one taxon within a file are summed.
        AbundanceTableBuilder b = AbundanceTable.builder(counts ? ValueKind.COUNTS : ValueKind.PERCENT, nested);
        int[] row = new int[finals.size()];
        for (int e = 0; e < finals.size(); e++) row[e] = b.taxon(finals.get(e));
        double[] acc = new double[b.taxonCount()];
        Set<String> seen = new HashSet<>();
        for (int f = 0; f < ts.size(); f++) {
            AbundanceTable t = ts.get(f);
            for (int s = 0; s < t.sampleCount(); s++) {
                String id = t.sampleIds().get(s);
                if (!seen.add(id))
                    throw new InputException(sources.get(f), 0, "sample '" + id + "' also occurs in an earlier file", null);
                b.sample(id, t.metadata(id));
                SparseVector v = t.sample(s);
                Set<Integer> touched = new LinkedHashSet<>();
                for (int k = 0; k < v.size(); k++) {
                    int r = row[entryOf[f][v.taxon(k)]];
                    acc[r] += v.value(k);
                    touched.add(r);
                }
                for (int r : touched) {
                    b.add(r, acc[r]);
                    acc[r] = 0;
                }
            }
        }
        return new Joined(b.build(), mode, rec);
    }

    /** The taxa met so far, by identity, and the first spelling of each ancestor name. */
    private static final class Identities {
        final JoinMode mode;
        final TaxonNames names;
        final List<Lineage> kept = new ArrayList<>();
        final List<Long> taxidOf = new ArrayList<>();
        final Map<Object, Integer> byKey = new HashMap<>();
        final Map<Long, Integer> byTaxid = new HashMap<>();
        /** rank label + ':' + canonical name -> the first spelling met (own names of kept taxa first, then ancestors). */
        final Map<String, String> spelling = new HashMap<>();

        Identities(JoinMode mode, TaxonNames names) {
            this.mode = mode;
            this.names = names;
        }

        int entry(Lineage l, int file) {
            if (l.isUnclassified()) return lookup("unclassified", null, l);
            if (mode == JoinMode.LINEAGE) return lookup(l, null, l);
            Long taxid = mode == JoinMode.TAXID && l.taxid().isPresent() ? l.taxid().getAsLong() : null;
            Object key = nameKey(l.rank(), l.name());
            return lookup(key, taxid, l);
        }

        private int lookup(Object key, Long taxid, Lineage l) {
            Integer id = taxid == null ? null : byTaxid.get(taxid);
            if (id == null) {
                Integer byName = byKey.get(key);
                // a name shared by two taxa that both carry taxids is two taxa (NCBI reuses names across kingdoms)
                if (byName != null && (taxid == null || taxidOf.get(byName) == null)) id = byName;
            }
            if (id == null) {
                id = kept.size();
                kept.add(l);
                taxidOf.add(taxid);
                byKey.putIfAbsent(key, id);
            } else if (taxid != null && taxidOf.get(id) == null) {
                taxidOf.set(id, taxid);
            }
            if (taxid != null) byTaxid.putIfAbsent(taxid, id);
            if (!l.isUnclassified() && mode != JoinMode.LINEAGE) {
                // the taxon's own name as first kept is how its ancestors elsewhere are spelled too
                Lineage first = kept.get(id);
                spelling.putIfAbsent(nameKey(l.rank(), l.name()), first.name());
                spelling.putIfAbsent(nameKey(first.rank(), first.name()), first.name());
                for (Rank r : Rank.values()) {
                    if (r.ordinal() >= l.rank().ordinal()) break;
                    String n = l.nameAt(r);
                    if (n != null) spelling.putIfAbsent(nameKey(r, n), n);
                }
            }
            return id;
        }

        String nameKey(Rank r, String name) {
            return r.label() + ':' + names.canonical(r, name);
        }

        Lineage respell(Lineage l) {
            if (l.isUnclassified()) return l;
            String[] to = new String[l.rank().ordinal() + 1];
            for (Rank r : Rank.values()) {
                if (r.ordinal() >= l.rank().ordinal()) break;
                String n = l.nameAt(r);
                if (n != null) to[r.ordinal()] = spelling.getOrDefault(nameKey(r, n), n);
            }
            return l.renamed(to);
        }

        String reason(Lineage given, Lineage first) {
            if (!given.name().equals(first.name()) || given.rank() != first.rank()) {
                if (given.taxid().isPresent() && given.taxid().equals(first.taxid()))
                    return "taxid " + given.taxid().getAsLong();
                return "same taxon by name" + (TaxonNames.normalise(given.name()).equals(TaxonNames.normalise(first.name()))
                        ? "" : " (synonym)");
            }
            return "ancestor spelled differently" + (given.taxid().isPresent() ? ", taxid " + given.taxid().getAsLong() : "");
        }
    }
}
