package org.gutskin.cohort.output;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.longitudinal.LongitudinalResult;
import org.gutskin.cohort.CohortResult;
import org.gutskin.cohort.TaxonAssociation;
import org.gutskin.cohort.plot.BoxPlot;
import org.gutskin.cohort.plot.Chart;
import org.gutskin.cohort.plot.ChartFiles;
import org.gutskin.cohort.plot.ForestPlot;
import org.gutskin.cohort.plot.PcoaScatter;
import org.gutskin.cohort.plot.VolcanoPlot;
import org.gutskin.io.Pages;
import org.gutskin.provenance.Provenance;
import org.gutskin.provenance.ProvenanceJson;

/**
 * Writes a cohort result into a directory: the TSV tables, the plots (SVG and PNG: PCoA scatter, one box plot
 * per score, a box/strip plot per top differential taxon, volcano; with adjusted models the forest plots), {@code summary.html} and {@code provenance.json};
 * with {@code --subject}/{@code --time} the longitudinal tables. Every file's bytes are made here, before the first is written;
 * {@link org.gutskin.io.AtomicFiles#writeDirectory} writes them all or nothing.
 */
public final class CohortOutput {

    private CohortOutput() {}

    /** The file name → bytes of everything the directory will hold. */
    public static Map<String, byte[]> render(CohortResult r, String groupColumn, Provenance provenance) {
        return render(r, groupColumn, provenance, null);
    }

    /** As {@link #render(CohortResult, String, Provenance)}, with the adjusted models' files and a link to their page. */
    public static Map<String, byte[]> render(CohortResult r, String groupColumn, Provenance provenance,
            org.gutskin.cohort.model.AdjustedResult adjusted) {
        return render(r, groupColumn, provenance, adjusted, null);
    }

    /** With the per-subject summaries' tables ({@link LongitudinalTables}) when {@code longitudinal} is given. */
    public static Map<String, byte[]> render(CohortResult r, String groupColumn, Provenance provenance,
            org.gutskin.cohort.model.AdjustedResult adjusted, LongitudinalResult longitudinal) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("alpha.tsv", utf8(CohortTables.alpha(r)));
        files.put("tests.tsv", utf8(CohortTables.tests(r)));
        files.put("differential_abundance.tsv", utf8(CohortTables.differential(r)));
        files.put("ordination.tsv", utf8(CohortTables.ordination(r)));
        files.put("ordination_axes.tsv", utf8(CohortTables.ordinationAxes(r)));
        Map<String, Chart> charts = new LinkedHashMap<>();
        var o = r.ordination();
        double[] pc1 = new double[o.ids().size()], pc2 = new double[o.ids().size()];
        for (int i = 0; i < pc1.length; i++) {
            pc1[i] = o.axes() > 0 ? o.coordinates()[i][0] : 0;
            pc2[i] = o.axes() > 1 ? o.coordinates()[i][1] : 0;
        }
        charts.put("pcoa", new PcoaScatter(r.ordinationMetric(), pc1, pc2, o.axes() > 0 ? o.proportionExplained()[0] : 0,
                o.axes() > 1 ? o.proportionExplained()[1] : 0, r.grouping().codes(), r.grouping().labels()));
        for (Map.Entry<String, double[]> e : r.scores().entrySet()) {
            String p = r.tests().stream().filter(t -> t.test().equals("kruskal") && t.metric().equals(e.getKey()))
                    .findFirst().map(t -> "Kruskal–Wallis p = " + Pages.number(t.pValue())).orElse("");
            charts.put("box_" + e.getKey(), new BoxPlot(e.getKey(), e.getValue(), r.grouping().codes(), r.grouping().labels(), p));
        }
        List<TaxonAssociation> da = r.differential();
        int k = 0;
        for (Map.Entry<String, double[]> e : r.topTaxaClr().entrySet()) {
            TaxonAssociation t = da.stream().filter(x -> x.taxon().equals(e.getKey())).findFirst().orElseThrow();
            charts.put("taxon_" + (++k), new BoxPlot("CLR of " + e.getKey(), e.getValue(), r.grouping().codes(),
                    r.grouping().labels(), "q = " + Pages.number(t.qValue()), true));
        }
        charts.put("volcano", new VolcanoPlot(da.isEmpty() ? "effect size" : da.get(0).effectMeasure(),
                da.stream().mapToDouble(TaxonAssociation::effectSize).toArray(),
                da.stream().mapToDouble(TaxonAssociation::pValue).toArray(),
                da.stream().mapToDouble(TaxonAssociation::qValue).toArray(), 0.05));
        List<String> svgs = new ArrayList<>();
        for (Map.Entry<String, Chart> c : charts.entrySet()) {
            files.put(c.getKey() + ".svg", ChartFiles.svg(c.getValue()));
            files.put(c.getKey() + ".png", ChartFiles.png(c.getValue()));
            svgs.add(c.getKey());
        }
        files.put("summary.html", utf8(CohortSummaryPage.html(r, groupColumn, provenance, svgs, adjusted != null,
                longitudinal)));
        if (adjusted != null) files.putAll(renderAdjusted(adjusted, provenance));
        if (longitudinal != null) {
            files.put("longitudinal.tsv", utf8(LongitudinalTables.subjects(longitudinal)));
            files.put("longitudinal_distances.tsv", utf8(LongitudinalTables.distances(longitudinal)));
            files.put("longitudinal_tests.tsv", utf8(LongitudinalTables.tests(longitudinal)));
        }
        files.put(ProvenanceJson.FILE_NAME, ProvenanceJson.bytes(provenance));
        return files;
    }

    /** The adjusted models' files. */
    static Map<String, byte[]> renderAdjusted(org.gutskin.cohort.model.AdjustedResult r, Provenance provenance) {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("models.tsv", utf8(AdjustedTables.taxa(r)));
        files.put("alpha_models.tsv", utf8(AdjustedTables.alpha(r)));
        files.put("permanova_margin.tsv", utf8(AdjustedTables.permanova(r)));
        List<String> plots = new ArrayList<>();
        for (Map.Entry<String, ForestPlot> f : ForestRows.plots(r).entrySet()) {
            files.put(f.getKey() + ".svg", ChartFiles.svg(f.getValue()));
            files.put(f.getKey() + ".png", ChartFiles.png(f.getValue()));
            plots.add(f.getKey());
        }
        files.put("adjusted.html", utf8(AdjustedPage.html(r, provenance, plots)));
        return files;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
