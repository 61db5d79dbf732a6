package org.gutskin.cohort.output;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gutskin.cohort.BenjaminiHochberg;
import org.gutskin.cohort.CohortResult;
import org.gutskin.cohort.CohortTest;
import org.gutskin.cohort.TaxonAssociation;
import org.gutskin.io.Pages;
import org.gutskin.provenance.Provenance;
import org.gutskin.provenance.ProvenanceJson;

/**
 * {@code summary.html} ({@code templates/summary.peb} through the one page pipeline, {@link Pages}): the groups,
 * the tests in plain words, the plots (the SVG files beside it), the top differential taxa, every note about
 * left-out samples and methods, and the provenance footer. This class only prepares the values.
 */
public final class CohortSummaryPage {

    private static final PebbleTemplate PAGE = Pages.template("org/gutskin/cohort/output/templates/summary.peb");

    private CohortSummaryPage() {}

    public static String html(CohortResult r, String groupColumn, Provenance provenance, List<String> plotFiles,
            boolean adjusted) {
        return html(r, groupColumn, provenance, plotFiles, adjusted, null);
    }

    /** With the per-subject change tests ({@code --subject}/{@code --time}) when {@code longitudinal} is given. */
    public static String html(CohortResult r, String groupColumn, Provenance provenance, List<String> plotFiles,
            boolean adjusted, org.gutskin.cohort.longitudinal.LongitudinalResult longitudinal) {
        Map<String, Object> ctx = new HashMap<>();
        if (longitudinal != null) {
            List<Map<String, Object>> lt = new ArrayList<>();
            for (var t : longitudinal.tests())
                lt.add(Map.of("test", t.test(), "measure", t.measure(), "statistic", t.statistic(), "p", t.pValue(),
                        "subjects", t.subjects()));
            String per = switch (longitudinal.set().kind()) {
                case DATE -> "per day";
                case NUMBER -> "per unit of " + longitudinal.set().timeColumn();
                case ORDER -> "per position";
            };
            ctx.put("longitudinal", Map.of("subjects", longitudinal.summaries().size(), "per", per, "tests", lt));
        }
        ctx.put("group", groupColumn);
        ctx.put("samples", r.sampleIds().size());
        int[] sizes = r.grouping().sizes();
        List<Map<String, Object>> groups = new ArrayList<>();
        for (int k = 0; k < sizes.length; k++) groups.add(Map.of("label", r.grouping().labels().get(k), "size", sizes[k]));
        ctx.put("groups", groups);
        ctx.put("rank", r.options().rank().label());
        ctx.put("adjusted", adjusted);

        Map<CohortTest, Double> q = scoreQValues(r.tests());
        List<Map<String, Object>> tests = new ArrayList<>();
        for (CohortTest t : r.tests()) {
            Map<String, Object> row = new HashMap<>();
            row.put("test", t.test());
            row.put("metric", t.metric());
            row.put("statistic", t.statistic());
            row.put("p", t.pValue());
            row.put("q", q.get(t));
            row.put("permutations", t.permutations());
            row.put("reading", reading(t, q.get(t)));
            tests.add(row);
        }
        ctx.put("tests", tests);
        ctx.put("plots", plotFiles);

        List<TaxonAssociation> top = r.differential().stream().filter(t -> !Double.isNaN(t.pValue()))
                .sorted(Comparator.comparingDouble(TaxonAssociation::pValue)).limit(20).toList();
        ctx.put("tested", r.differential().size());
        ctx.put("significant", r.differential().stream().filter(t -> t.qValue() < 0.05).count());
        ctx.put("effectMeasure", top.isEmpty() ? "effect" : top.get(0).effectMeasure());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TaxonAssociation t : top)
            rows.add(Map.of("taxon", t.taxon(), "effectSize", t.effectSize(), "pValue", t.pValue(), "qValue", t.qValue(),
                    "prevalence", String.format(Locale.ROOT, "%.0f %%", t.prevalence() * 100)));
        ctx.put("top", rows);
        if (r.grouping().groupCount() == 2)
            ctx.put("contrast", Map.of("first", r.grouping().labels().get(0), "second", r.grouping().labels().get(1)));
        ctx.put("notes", r.notes());
        ctx.put("provenance", provenance);
        ctx.put("provenanceFile", ProvenanceJson.FILE_NAME);
        return Pages.render(PAGE, ctx);
    }

    /** Benjamini–Hochberg q over the per-sample score tests, one family per test kind (kruskal, mannwhitneyu). */
    static Map<CohortTest, Double> scoreQValues(List<CohortTest> tests) {
        Map<CohortTest, Double> out = new HashMap<>();
        Map<String, List<CohortTest>> families = new LinkedHashMap<>();
        for (CohortTest t : tests)
            if (!t.test().equals("permanova") && !t.test().equals("permdisp") && !Double.isNaN(t.pValue()))
                families.computeIfAbsent(t.test(), k -> new ArrayList<>()).add(t);
        for (List<CohortTest> f : families.values()) {
            double[] q = BenjaminiHochberg.adjust(f.stream().mapToDouble(CohortTest::pValue).toArray());
            for (int i = 0; i < q.length; i++) out.put(f.get(i), q[i]);
        }
        return out;
    }

    /** The test in words (plain text: the template escapes it). */
    private static String reading(CohortTest t, Double q) {
        if (Double.isNaN(t.pValue())) return "could not be computed";
        if (q != null)
            return (q < 0.05 ? "q < 0.05: " : "no evidence at q < 0.05 that ") + t.metric() + " differs between groups";
        String what = switch (t.test()) {
            case "permanova" -> "community composition differs between groups";
            case "permdisp" -> "spread (dispersion) differs between groups — a PERMANOVA result may reflect spread, not location";
            default -> t.metric() + " differs between groups";
        };
        return (t.pValue() < 0.05 ? "p < 0.05: " : "no evidence at p < 0.05 that ") + what;
    }
}
