package org.gutskin.report.metabolite;

import java.util.ArrayList;
import java.util.List;
import org.gutskin.evidence.kb.Guild;

/**
 * A guild's capacity measured from genes: the share of the sample's community-level HUMAnN 3 abundance that falls in
 * the guild's markers,
 *
 * <pre>  share(g) = 100 · Σ_{m ∈ M(g)} x_m / Σ_{f} x_f</pre>
 *
 * where M(g) is the guild's MetaCyc pathway ids for a pathway table, or its EC numbers for a gene-family table
 * regrouped to EC, and f runs over every feature of the table (bookkeeping rows such as {@code UNMAPPED} and
 * {@code UNINTEGRATED} excluded). A guild with no marker of the table's kind, or a gene-family table with no EC rows
 * (UniRef90 not regrouped), is not measurable from that table: {@link #of} returns null and the report keeps the
 * taxa-based estimate, saying why.
 */
public final class GuildFunctions {

    private GuildFunctions() {}

    /** The measured share and the markers found (id: name, value), or null when the table cannot measure the guild. */
    public record Share(double percent, List<String> markers, String unit) {

        public Share {
            markers = List.copyOf(markers);
        }
    }

    public static Share of(FunctionTable t, int sample, Guild g) {
        List<String> ids = t.kind() == FunctionTable.Kind.PATHWAYS ? g.metacyc() : g.enzymes();
        if (ids.isEmpty() || !measurable(t)) return null;
        double total = t.total(sample);
        if (!(total > 0)) return null;
        double in = 0;
        List<String> found = new ArrayList<>();
        for (String id : ids) {
            double v = t.value(id, sample);
            if (v > 0) {
                in += v;
                String n = t.names().get(id);
                found.add(id + (n == null ? "" : ": " + n));
            }
        }
        String unit = t.kind() == FunctionTable.Kind.PATHWAYS ? "% of community pathway abundance"
                : "% of community EC-number abundance";
        return new Share(100 * in / total, found, unit);
    }

    /** A pathway table always; a gene-family table only when regrouped to EC numbers. */
    public static boolean measurable(FunctionTable t) {
        if (t.kind() == FunctionTable.Kind.PATHWAYS) return true;
        return t.features().keySet().stream().anyMatch(id -> id.matches("\\d+\\.\\d+\\.\\d+\\.\\d+"));
    }

    /** Why a guild is not measured from this table (for the report's note). */
    public static String whyNot(FunctionTable t, Guild g) {
        if (t.kind() == FunctionTable.Kind.GENE_FAMILIES && !measurable(t))
            return "the gene-family table is not regrouped to EC numbers (humann_regroup_table --groups"
                    + " uniref90_level4ec)";
        return "the knowledge base lists no " + (t.kind() == FunctionTable.Kind.PATHWAYS ? "MetaCyc pathway"
                : "EC number") + " for this guild";
    }
}
