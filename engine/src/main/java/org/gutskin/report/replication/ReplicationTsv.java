package org.gutskin.report.replication;

import java.util.List;
import java.util.stream.Collectors;
import org.gutskin.cohort.model.CoefficientEstimate;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.Fact;
import org.gutskin.io.TsvCells;
import org.gutskin.io.TsvNumbers;
import org.gutskin.profile.Lineage;

/**
 * {@code replication.tsv}: one row per gut taxon fact (verified and unverified; the {@code verified} column tells
 * them apart and unverified rows are classed {@code unverified}). Citations are "id doi:… PMID:…" joined by "; ";
 * matched rows are MetaPhlAn lineages joined by "; ". Numbers as {@link TsvNumbers} writes them (full
 * precision, {@code NaN} when undefined); a fact with no estimate has empty estimate cells. Comment lines (#) carry the
 * headline, the not-medical-advice line and the provenance.
 */
public final class ReplicationTsv {

    static final List<String> HEADER = List.of("kb_fact_id", "condition", "taxon", "rank", "kb_direction", "citations",
            "verified", "matched_rows", "match", "feature", "estimate", "ci_low", "ci_high", "p_value", "q_value", "n",
            "power", "class", "note");

    private ReplicationTsv() {}

    public static String tsv(ReplicationResult r) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(ReplicationHeadline.headline(r)).append('\n');
        b.append("# ").append(ReplicationHeadline.NOT_MEDICAL_ADVICE).append('\n');
        for (String p : r.provenance().lines()) b.append("# ").append(clean(p)).append('\n');
        b.append(String.join("\t", HEADER)).append('\n');
        for (ReplicationRow row : r.rows()) {
            Fact f = row.match().fact();
            CoefficientEstimate c = row.estimate();
            Lineage feat = row.feature();
            String note = row.match().matched() ? (row.match().leftOut().isEmpty() ? ""
                    : row.match().leftOut().size() + " unnamed SGB row(s) of the genus not included")
                    : row.match().reason();
            List<String> cells = List.of(text(f.id()), text(r.condition().id()), text(f.taxon()), f.rank().label(),
                    f.direction().word(), text(citations(f.citations())), String.valueOf(f.verified()),
                    text(row.match().rows().stream().map(Lineage::toMetaphlan).collect(Collectors.joining("; "))),
                    text(String.join("; ", row.match().via())), feat == null ? "" : text(feat.name()),
                    c == null ? "" : TsvNumbers.format(c.estimate()), c == null ? "" : TsvNumbers.format(c.ciLow()),
                    c == null ? "" : TsvNumbers.format(c.ciHigh()), c == null ? "" : TsvNumbers.format(c.pValue()),
                    c == null ? "" : TsvNumbers.format(c.qValue()), c == null ? "" : String.valueOf(c.n()),
                    TsvNumbers.format(row.power()), row.replicationClass().code(), note == null ? "" : text(note));
            b.append(cells.stream().map(ReplicationTsv::clean).collect(Collectors.joining("\t"))).append('\n');
        }
        return b.toString();
    }

    /** "id doi:… PMID:…" per citation (URL when there is neither), unverified ones marked. */
    static String citations(List<Citation> cs) {
        return cs.stream().map(c -> c.id() + (c.doi() != null ? " doi:" + c.doi() : "")
                + (c.pmid() != null ? " PMID:" + c.pmid() : "")
                + (c.doi() == null && c.pmid() == null && c.url() != null ? " " + c.url() : "")
                + (c.verified() ? "" : " (unverified)")).collect(Collectors.joining("; "));
    }


    /** A text cell: line breaks made spaces, then the one spreadsheet-formula rule ({@link TsvCells}). */
    private static String text(String s) {
        return TsvCells.text(clean(s));
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
