package org.gutskin.cohort.output;

import static org.gutskin.cohort.output.HtmlText.fmt;
import static org.gutskin.io.Html.escape;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gutskin.cohort.model.AdjustedResult;
import org.gutskin.cohort.model.CoefficientEstimate;
import org.gutskin.cohort.model.MarginalPermanovaRow;
import org.gutskin.io.Html;

/**
 * {@code adjusted.html}: the adjusted models in one page — design and samples, the marginal PERMANOVA table, the
 * alpha-diversity coefficients, and per coefficient the taxa with q &lt; 0.25 (or a plain statement that none
 * reached it). Wording describes associations in this cohort only.
 */
public final class AdjustedPage {

    static final double SHOWN_Q = 0.25;

    private AdjustedPage() {}

    public static String html(AdjustedResult r, List<String> provenance) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" + Html.CSP_META + "<title>gutskin cohort: adjusted models</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}"
                        + "th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}</style></head><body>\n");
        h.append("<h1>Adjusted models: <code>").append(escape(r.request().formula().toString())).append("</code></h1>\n");
        h.append("<p>").append(r.design().size()).append(" samples in the design");
        if (r.request().strata() != null) h.append(", permutations within strata of <code>").append(escape(r.request().strata())).append("</code>");
        h.append(". Per-taxon and alpha models: ").append(r.model().equals("lm") ? "ordinary least squares"
                : "least squares with a fixed intercept per stratum (paired)").append(" on ").append(r.modelSamples())
                .append(" samples; taxa TSS-normalised, log2 with zeros replaced by half the taxon's smallest value (MaAsLin2's defaults); "
                        + "Benjamini–Hochberg over all rows.</p>\n");
        h.append("<p>Statistics describe this cohort; an association is not evidence that a taxon causes a condition or that changing it would help. Not medical advice.</p>\n");

        h.append("<h2>PERMANOVA, marginal terms (").append(escape(r.metric())).append(")</h2>\n<table><tr><th>term</th><th>df</th>"
                + "<th>sum of squares</th><th>R²</th><th>pseudo-F</th><th>p-value</th></tr>\n");
        List<MarginalPermanovaRow> rows = new java.util.ArrayList<>(r.permanova().terms());
        rows.add(r.permanova().residual());
        rows.add(r.permanova().total());
        for (MarginalPermanovaRow t : rows)
            h.append("<tr><td>").append(escape(t.term())).append("</td><td class=n>").append(t.df()).append("</td><td class=n>")
                    .append(fmt(t.sumOfSquares())).append("</td><td class=n>").append(fmt(t.r2())).append("</td><td class=n>")
                    .append(fmt(t.pseudoF())).append("</td><td class=n>").append(fmt(t.pValue())).append("</td></tr>\n");
        h.append("</table>\n");

        h.append("<h2>Alpha diversity</h2>\n");
        table(h, "metric", r.alpha());
        h.append("<h2>Taxa</h2>\n<p>").append(r.taxa().stream().map(CoefficientEstimate::response).distinct().count())
                .append(" taxa passed the prevalence filter and were modelled.</p>\n");
        Set<String> columns = new LinkedHashSet<>();
        r.taxa().forEach(c -> columns.add(c.column()));
        for (String col : columns) {
            List<CoefficientEstimate> hits = r.taxa().stream().filter(c -> c.column().equals(col) && c.qValue() < SHOWN_Q)
                    .sorted(Comparator.comparingDouble(CoefficientEstimate::qValue)).toList();
            h.append("<h3><code>").append(escape(col)).append("</code></h3>\n");
            if (hits.isEmpty()) h.append("<p>No taxon reached q &lt; ").append(SHOWN_Q).append(" for this coefficient.</p>\n");
            else table(h, "taxon", hits);
        }
        h.append("<h2>Notes</h2>\n<ul>\n");
        for (String n : r.notes()) h.append("<li>").append(escape(n)).append("</li>\n");
        h.append("</ul>\n<h2>Provenance</h2>\n<ul>\n");
        for (String p : provenance) h.append("<li>").append(escape(p)).append("</li>\n");
        return h.append("</ul>\n</body></html>\n").toString();
    }

    private static void table(StringBuilder h, String first, List<CoefficientEstimate> rows) {
        h.append("<table><tr><th>").append(first).append("</th><th>coefficient</th><th>estimate</th><th>95% CI</th>"
                + "<th>p-value</th><th>q-value</th><th>n</th></tr>\n");
        for (CoefficientEstimate c : rows)
            h.append("<tr><td>").append(escape(c.response())).append("</td><td>").append(escape(c.column())).append("</td><td class=n>")
                    .append(fmt(c.estimate())).append("</td><td class=n>").append(fmt(c.ciLow())).append(" – ").append(fmt(c.ciHigh()))
                    .append("</td><td class=n>").append(fmt(c.pValue())).append("</td><td class=n>").append(fmt(c.qValue()))
                    .append("</td><td class=n>").append(c.n()).append("</td></tr>\n");
        h.append("</table>\n");
    }
}
