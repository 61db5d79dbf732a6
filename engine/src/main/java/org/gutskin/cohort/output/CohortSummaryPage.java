package org.gutskin.cohort.output;

import static org.gutskin.cohort.output.HtmlText.fmt;
import static org.gutskin.io.Html.escape;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gutskin.cohort.CohortResult;
import org.gutskin.cohort.CohortTest;
import org.gutskin.cohort.TaxonAssociation;
import org.gutskin.io.Html;

/**
 * {@code summary.html}: one self-contained page (plots referenced as the SVG files beside it) with the groups,
 * the tests in plain words, the top differential taxa, every note about left-out samples and methods, and the
 * provenance. All text from the data is HTML-escaped.
 */
public final class CohortSummaryPage {

    private CohortSummaryPage() {}

    public static String html(CohortResult r, String groupColumn, List<String> provenance, List<String> plotFiles,
            boolean adjusted) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" + Html.CSP_META + "<title>gutskin cohort: ")
                .append(escape(groupColumn)).append("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}"
                        + "th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}img{max-width:100%}"
                        + ".note{color:#555}</style></head><body>\n");
        h.append("<h1>Cohort comparison by <code>").append(escape(groupColumn)).append("</code></h1>\n");
        int[] sizes = r.grouping().sizes();
        h.append("<p>").append(r.sampleIds().size()).append(" samples in ").append(sizes.length).append(" groups: ");
        for (int k = 0; k < sizes.length; k++)
            h.append(k > 0 ? ", " : "").append(escape(r.grouping().labels().get(k))).append(" (").append(sizes[k]).append(")");
        h.append(". Rank: ").append(r.options().rank().label()).append(", each sample renormalised to sum 1 over that rank.</p>\n");
        h.append("<p>Statistics describe this cohort; an association is not evidence that a taxon causes a condition or that changing it would help.</p>\n");
        if (adjusted)
            h.append("<p>Adjusted models (<code>--formula</code>): <a href=\"adjusted.html\">adjusted.html</a>.</p>\n");

        java.util.Map<CohortTest, Double> q = scoreQValues(r.tests());
        h.append("<h2>Tests</h2>\n<table><tr><th>test</th><th>metric</th><th>statistic</th><th>p-value</th><th>q-value</th><th>permutations</th><th>reading</th></tr>\n");
        for (CohortTest t : r.tests())
            h.append("<tr><td>").append(t.test()).append("</td><td>").append(escape(t.metric())).append("</td><td class=n>")
                    .append(fmt(t.statistic())).append("</td><td class=n>").append(fmt(t.pValue())).append("</td><td class=n>")
                    .append(q.containsKey(t) ? fmt(q.get(t)) : "").append("</td><td class=n>")
                    .append(t.permutations()).append("</td><td>").append(reading(t, q.get(t))).append("</td></tr>\n");
        h.append("</table>\n<p class=note>q-value: Benjamini–Hochberg over the per-sample score tests of the same kind"
                + " (one family per test: every score is tested, so a reading at p &lt; 0.05 would overstate); the"
                + " readings of score tests use q.</p>\n");

        for (String f : plotFiles)
            h.append("<figure><img src=\"").append(escape(f)).append("\" alt=\"").append(escape(f)).append("\"></figure>\n");

        List<TaxonAssociation> top = r.differential().stream().filter(t -> !Double.isNaN(t.pValue()))
                .sorted(Comparator.comparingDouble(TaxonAssociation::pValue)).limit(20).toList();
        long significant = r.differential().stream().filter(t -> t.qValue() < 0.05).count();
        h.append("<h2>Differential abundance</h2>\n<p>").append(r.differential().size()).append(" taxa tested; ")
                .append(significant).append(" with q &lt; 0.05 (Benjamini–Hochberg).")
                .append(significant == 0 ? " <strong>No taxon difference survives correction for multiple testing.</strong>" : "")
                .append(" The 20 smallest p-values:</p>\n<table><tr><th>taxon</th><th>")
                .append(top.isEmpty() ? "effect" : escape(top.get(0).effectMeasure()))
                .append("</th><th>p</th><th>q</th><th>prevalence</th></tr>\n");
        for (TaxonAssociation t : top)
            h.append("<tr><td>").append(escape(t.taxon())).append("</td><td class=n>").append(fmt(t.effectSize()))
                    .append("</td><td class=n>").append(fmt(t.pValue())).append("</td><td class=n>").append(fmt(t.qValue()))
                    .append("</td><td class=n>").append(String.format(Locale.ROOT, "%.0f %%", t.prevalence() * 100)).append("</td></tr>\n");
        h.append("</table>\n");
        if (r.grouping().groupCount() == 2)
            h.append("<p class=note>Effect size: mean CLR of ").append(escape(r.grouping().labels().get(1))).append(" minus mean CLR of ")
                    .append(escape(r.grouping().labels().get(0))).append(" (positive: relatively more abundant in ")
                    .append(escape(r.grouping().labels().get(1))).append(").</p>\n");

        h.append("<h2>Notes</h2>\n<ul>\n");
        for (String n : r.notes()) h.append("<li>").append(escape(n)).append("</li>\n");
        h.append("</ul>\n<h2>Provenance</h2>\n<ul>\n");
        for (String p : provenance) h.append("<li>").append(escape(p)).append("</li>\n");
        h.append("</ul>\n<p class=note>Tables: alpha.tsv, tests.tsv, differential_abundance.tsv, ordination.tsv, ordination_axes.tsv.</p>\n</body></html>\n");
        return h.toString();
    }

    /** Benjamini–Hochberg q over the per-sample score tests, one family per test kind (kruskal, mannwhitneyu). */
    static java.util.Map<CohortTest, Double> scoreQValues(List<CohortTest> tests) {
        java.util.Map<CohortTest, Double> out = new java.util.HashMap<>();
        java.util.Map<String, List<CohortTest>> families = new java.util.LinkedHashMap<>();
        for (CohortTest t : tests)
            if (!t.test().equals("permanova") && !t.test().equals("permdisp") && !Double.isNaN(t.pValue()))
                families.computeIfAbsent(t.test(), k -> new java.util.ArrayList<>()).add(t);
        for (List<CohortTest> f : families.values()) {
            double[] q = org.gutskin.cohort.BenjaminiHochberg.adjust(f.stream().mapToDouble(CohortTest::pValue).toArray());
            for (int i = 0; i < q.length; i++) out.put(f.get(i), q[i]);
        }
        return out;
    }

    private static String reading(CohortTest t, Double q) {
        if (Double.isNaN(t.pValue())) return "could not be computed";
        if (q != null)
            return (q < 0.05 ? "q &lt; 0.05: " : "no evidence at q &lt; 0.05 that ") + escape(t.metric())
                    + " differs between groups";
        String what = switch (t.test()) {
            case "permanova" -> "community composition differs between groups";
            case "permdisp" -> "spread (dispersion) differs between groups — a PERMANOVA result may reflect spread, not location";
            default -> t.metric() + " differs between groups";
        };
        return (t.pValue() < 0.05 ? "p &lt; 0.05: " : "no evidence at p &lt; 0.05 that ") + escape(what);
    }

}
