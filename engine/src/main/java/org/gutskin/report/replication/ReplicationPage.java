package org.gutskin.report.replication;

import static org.gutskin.cohort.output.HtmlText.fmt;
import static org.gutskin.io.Html.escape;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gutskin.cohort.model.CoefficientEstimate;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.Fact;
import org.gutskin.io.Html;
import org.gutskin.profile.Lineage;

/**
 * {@code replication.html}: one self-contained page (inline CSS, no script, no external resource), styled like the
 * cohort's {@code summary.html}: the headline bounded by the evidence tier, the not-medical-advice line, the table of
 * verified associations beside the cohort's estimates, the unmatched taxa with reasons, the separate "unverified, not
 * evidence" list, the methods (matching, aggregation, classes, power) and the provenance. Every text from the data
 * or the knowledge base is HTML-escaped.
 */
public final class ReplicationPage {

    private ReplicationPage() {}

    public static String html(ReplicationResult r) {
        ReplicationOptions o = r.options();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append(Html.CSP_META)
                .append("<title>gutskin replication: ").append(escape(r.condition().name())).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:72em;margin:2em auto;padding:0 1em;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}"
                        + "th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}"
                        + ".note{color:#555}.nma{color:#7a1f1f}.headline{font-size:1.1em}"
                        + ".replicated{background:#e8f5e9}.opposite{background:#fdecea}.not_detectable{color:#555}</style></head><body>\n");
        h.append("<h1>Published gut associations for ").append(escape(r.condition().name()))
                .append(": does this cohort replicate them?</h1>\n");
        h.append("<p class=headline><strong>").append(escape(ReplicationHeadline.headline(r))).append("</strong></p>\n");
        h.append("<p>").append(escape(ReplicationHeadline.tierLine(r))).append("</p>\n");
        h.append("<p class=nma>").append(escape(ReplicationHeadline.NOT_MEDICAL_ADVICE)).append("</p>\n");

        h.append("<h2>Verified associations beside this cohort</h2>\n<table><tr><th>fact</th><th>taxon (rank)</th>")
                .append("<th>literature</th><th>study</th><th>citation</th><th>cohort rows</th><th>estimate [95% CI]</th>")
                .append("<th>q</th><th>power</th><th>class</th></tr>\n");
        for (ReplicationRow row : r.verifiedRows()) {
            Fact f = row.match().fact();
            CoefficientEstimate c = row.estimate();
            h.append("<tr class=").append(row.replicationClass().code()).append("><td>").append(escape(f.id()))
                    .append("</td><td><i>").append(escape(f.taxon())).append("</i> (").append(f.rank().label()).append(")</td><td>")
                    .append(escape(f.direction().word())).append(" in ").append(escape(r.condition().name().toLowerCase(Locale.ROOT)))
                    .append("</td><td>").append(escape(study(f))).append("</td><td>").append(cites(f.citations()))
                    .append("</td><td>").append(rowsCell(row)).append("</td><td class=n>")
                    .append(c == null ? "–" : fmt(c.estimate()) + " [" + fmt(c.ciLow()) + ", " + fmt(c.ciHigh()) + "]")
                    .append("</td><td class=n>").append(c == null ? "–" : fmt(c.qValue())).append("</td><td class=n>")
                    .append(Double.isNaN(row.power()) ? "–" : String.format(Locale.ROOT, "%.2f", row.power()))
                    .append("</td><td>").append(escape(row.replicationClass().label())).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=note>Estimate: the coefficient of <code>").append(escape(o.column()))
                .append("</code> in the adjusted model of the taxon's transformed abundance (positive: higher in ")
                .append(escape(r.condition().name().toLowerCase(Locale.ROOT))).append(").</p>\n");

        List<ReplicationRow> unmatched = r.verifiedRows().stream()
                .filter(x -> x.replicationClass() == ReplicationClass.UNMATCHED).toList();
        h.append("<h2>Taxa with no matching row</h2>\n");
        if (unmatched.isEmpty()) h.append("<p>Every verified taxon matched at least one row of this cohort's table.</p>\n");
        else {
            h.append("<ul>\n");
            for (ReplicationRow x : unmatched)
                h.append("<li>").append(escape(x.match().fact().id())).append(" <i>").append(escape(x.match().fact().taxon()))
                        .append("</i>: ").append(escape(x.match().reason())).append("</li>\n");
            h.append("</ul>\n");
        }

        h.append("<h2>Unverified, not evidence</h2>\n<p>These knowledge-base entries await verification of their source; ")
                .append("they are not counted above and are not evidence.</p>\n<ul>\n");
        if (r.unverifiedRows().isEmpty()) h.append("<li>none</li>\n");
        for (ReplicationRow x : r.unverifiedRows()) {
            Fact f = x.match().fact();
            h.append("<li>").append(escape(f.id())).append(" <i>").append(escape(f.taxon())).append("</i> (")
                    .append(f.rank().label()).append("), reported ").append(escape(f.direction().word())).append(" — sources: ")
                    .append(escape(f.citations().stream().map(Citation::id).collect(Collectors.joining(", "))))
                    .append("; rows here: ").append(x.match().matched() ? x.match().rows().size() : 0).append("</li>\n");
        }
        h.append("</ul>\n");

        h.append("<h2>Method</h2>\n<ul>\n")
                .append("<li>Matching: knowledge-base names and their synonyms (taxon-synonyms.yaml, e.g. Bacteroidetes = ")
                .append("Bacteroidota) against the table's own names at the fact's rank; clade and CAG suffixes count as the ")
                .append("species; unnamed MetaPhlAn 4 SGB rows never count as a named species.</li>\n")
                .append("<li>Several rows for one taxon are summed into one feature before modelling.</li>\n")
                .append("<li>Classes: q &lt; ").append(ReplicationHeadline.num(o.qThreshold()))
                .append(" (the models' Benjamini–Hochberg q-value) in the literature's direction = replicated, in the ")
                .append("other = opposite; otherwise power ≥ ").append(String.format(Locale.ROOT, "%.0f%%", o.requiredPower() * 100))
                .append(" = not detected (adequately powered), else not detectable at this sample size.</li>\n")
                .append("<li>Power: two-sided test at α = ").append(ReplicationHeadline.num(o.alpha()))
                .append(" of a true coefficient δ = ").append(ReplicationHeadline.num(o.standardizedEffect()))
                .append(" × residual SD with the cohort's standard error: P(|T| &gt; t_crit) for T noncentral t with the fit's ")
                .append("degrees of freedom and noncentrality δ/SE (the normal approximation Φ(δ/SE − z) + Φ(−δ/SE − z) only ")
                .append("when a fit states no degrees of freedom). Because δ is a fixed multiple of each fit's residual SD, the ")
                .append("power depends on the design alone (samples, group balance, covariates): taxa modelled on the same ")
                .append("samples share it.</li>\n")
                .append("</ul>\n");
        h.append("<h2>Notes</h2>\n<ul>\n");
        if (r.notes().isEmpty()) h.append("<li>none</li>\n");
        for (String n : r.notes()) h.append("<li>").append(escape(n)).append("</li>\n");
        h.append("</ul>\n<h2>Provenance</h2>\n<ul>\n");
        for (String p : r.provenance()) h.append("<li>").append(escape(p)).append("</li>\n");
        h.append("</ul>\n<p class=note>Table: replication.tsv.</p>\n</body></html>\n");
        return h.toString();
    }

    private static String study(Fact f) {
        String t = f.studyType() == null ? "" : f.studyType().word();
        return f.size() == null ? t : t + ", " + f.size();
    }

    private static String cites(List<Citation> cs) {
        return cs.stream().map(c -> escape((c.authors() == null ? c.id() : firstAuthor(c.authors())) + " "
                + (c.year() == null ? "" : c.year()) + " " + (c.doi() != null ? "doi:" + c.doi()
                        : c.pmid() != null ? "PMID:" + c.pmid() : c.url() == null ? "" : c.url())))
                .collect(Collectors.joining("<br>"));
    }

    private static String firstAuthor(String authors) {
        int comma = authors.indexOf(',');
        return comma < 0 ? authors : authors.substring(0, comma) + " et al.";
    }

    private static String rowsCell(ReplicationRow row) {
        if (!row.match().matched()) return "none";
        List<Lineage> rows = row.match().rows();
        String s = rows.size() == 1 ? escape(rows.get(0).name()) + " (" + escape(row.match().via().get(0)) + ")"
                : rows.size() + " rows summed: " + escape(rows.stream().map(Lineage::name).collect(Collectors.joining(", ")));
        if (!row.match().leftOut().isEmpty())
            s += "<br><span class=note>" + row.match().leftOut().size() + " unnamed SGB row(s) of the genus not included</span>";
        return s;
    }

}
