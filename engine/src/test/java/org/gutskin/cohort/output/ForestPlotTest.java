package org.gutskin.cohort.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gutskin.cohort.CohortOptions;
import org.gutskin.cohort.CohortRequest;
import org.gutskin.cohort.CohortRun;
import org.gutskin.cohort.model.AdjustedRequest;
import org.gutskin.cohort.model.Formula;
import org.gutskin.cohort.model.MissingValues;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ReadOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The forest plots draw what the TSV says: the SVG is parsed, each row's interval ends and estimate are read back
 * and must lie on one straight pixel scale fitted to the first row (x = a·value + b, the dashed zero line at b), the
 * rows must come in the order this test derives from models.tsv / alpha_models.tsv itself (q ascending, then p,
 * then name), and the labels must name those rows. Per-taxon box/strip plots exist for the top differential taxa,
 * as SVG and PNG, and the pages link every plot.
 */
class ForestPlotTest {

    @TempDir
    static Path dir;

    static Map<String, byte[]> files;

    @BeforeAll
    static void run() throws IOException {
        // twelve samples, twelve species; group (six and six) and age as covariates
        Path profiles = dir.resolve("profiles.tsv");
        StringBuilder p = new StringBuilder("clade_name");
        for (int s = 1; s <= 12; s++) p.append("\tS").append(s);
        p.append('\n');
        String[] species = {"Bacteroides_uniformis", "Faecalibacterium_prausnitzii", "Escherichia_coli",
                "Akkermansia_muciniphila", "Prevotella_copri", "Roseburia_intestinalis", "Alistipes_putredinis",
                "Bifidobacterium_longum", "Eubacterium_rectale", "Ruminococcus_bromii", "Dorea_longicatena",
                "Blautia_obeum"};
        for (int t = 0; t < species.length; t++) {
            p.append("k__Bacteria|p__P").append(t).append("|c__C").append(t).append("|o__O").append(t).append("|f__F").append(t)
                    .append("|g__").append(species[t], 0, species[t].indexOf('_')).append("|s__").append(species[t]);
            for (int s = 1; s <= 12; s++)
                p.append('\t').append(5 + (t * 11 + s * 7) % 23 + (s > 6 ? 4 * t : 0) + (t == 3 ? s * 3 : 0));
            p.append('\n');
        }
        Files.writeString(profiles, p.toString());
        Path metadata = dir.resolve("samples.tsv");
        StringBuilder m = new StringBuilder("sample_id\tgroup\tage\n");
        for (int s = 1; s <= 12; s++)
            m.append('S').append(s).append('\t').append(s <= 6 ? "control" : "case").append('\t').append(20 + (s * 13) % 41).append('\n');
        Files.writeString(metadata, m.toString());
        CohortOptions o = new CohortOptions(Rank.SPECIES, List.of("observed", "shannon"), List.of("braycurtis"), 99, 42, 0.1, 2);
        AdjustedRequest adj = new AdjustedRequest(Formula.parse("group + age"), null, MissingValues.DROP,
                Map.of("group", "control"), true);
        files = CohortRun.analyse(new CohortRequest(List.of(profiles), ReadOptions.DEFAULT, metadata, "group", o,
                dir.resolve("out"), adj), CohortRun.localBackend());
    }

    record TsvRow(String response, String column, double estimate, double low, double high, double p, double q) {}

    static List<TsvRow> tsv(String name) {
        String[] lines = new String(files.get(name), StandardCharsets.UTF_8).split("\n");
        List<String> head = List.of(lines[0].split("\t"));
        List<TsvRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            rows.add(new TsvRow(f[0], f[head.indexOf("column")], Double.parseDouble(f[head.indexOf("estimate")]),
                    Double.parseDouble(f[head.indexOf("ci_low")]), Double.parseDouble(f[head.indexOf("ci_high")]),
                    Double.parseDouble(f[head.indexOf("p_value")]), Double.parseDouble(f[head.indexOf("q_value")])));
        }
        return rows;
    }

    static Document svg(String name) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(files.get(name)));
    }

    static double attr(Document d, String id, String a) {
        Element e = byId(d, id);
        assertThat(e).as(id).isNotNull();
        return Double.parseDouble(e.getAttribute(a));
    }

    static Element byId(Document d, String id) {
        var all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) return e;
        }
        return null;
    }

    /** The plot's rows are the expected TSV rows, in order, on one linear scale. */
    static void checkForest(String svgName, List<TsvRow> expected) throws Exception {
        Document d = svg(svgName);
        boolean oneColumn = expected.stream().map(TsvRow::column).distinct().count() == 1;
        // the scale from the first row with a proper interval (a row with an undefined one has no interval drawn)
        int f = 0;
        while (!(Double.isFinite(expected.get(f).low()) && expected.get(f).high() > expected.get(f).low())) f++;
        TsvRow first = expected.get(f);
        double a = (attr(d, "ci-" + f, "x2") - attr(d, "ci-" + f, "x1")) / (first.high() - first.low());
        double b = attr(d, "ci-" + f, "x1") - a * first.low();
        assertThat(a).isPositive();
        assertThat(attr(d, "zero", "x1")).as("the zero line").isCloseTo(b, within(1e-3));
        double lastY = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < expected.size(); k++) {
            TsvRow r = expected.get(k);
            assertThat(byId(d, "label-" + k).getTextContent()).as("label " + k)
                    .isEqualTo(r.response() + (oneColumn ? "" : " · " + r.column()));
            if (!Double.isFinite(r.estimate()) || !Double.isFinite(r.low()) || !Double.isFinite(r.high())) {
                assertThat(byId(d, "ci-" + k)).as(r + ": no interval to draw").isNull();
                continue;
            }
            assertThat(attr(d, "ci-" + k, "x1")).as(r + " ci_low").isCloseTo(a * r.low() + b, within(1e-3));
            assertThat(attr(d, "ci-" + k, "x2")).as(r + " ci_high").isCloseTo(a * r.high() + b, within(1e-3));
            assertThat(attr(d, "est-" + k, "cx")).as(r + " estimate").isCloseTo(a * r.estimate() + b, within(1e-3));
            double y = attr(d, "ci-" + k, "y1");
            assertThat(y).as("row " + k + " below row " + (k - 1)).isGreaterThan(lastY);
            assertThat(attr(d, "est-" + k, "cy")).isCloseTo(y, within(1e-3));
            lastY = y;
        }
        assertThat(byId(d, "ci-" + expected.size())).as("no extra row").isNull();
    }

    static final Comparator<TsvRow> ORDER = Comparator.comparingDouble(TsvRow::q).thenComparingDouble(TsvRow::p)
            .thenComparing(TsvRow::response).thenComparing(TsvRow::column);

    @Test
    void taxaForestShowsTheSmallestQWithTheirIntervals() throws Exception {
        List<TsvRow> rows = tsv("models.tsv");
        assertThat(rows).hasSizeGreaterThan(ForestRows.TOP_TAXA); // twelve taxa × two coefficients, those kept by the prevalence filter
        checkForest("forest_taxa.svg", rows.stream().sorted(ORDER).limit(ForestRows.TOP_TAXA).toList());
        assertThat(files.get("forest_taxa.png")).isNotEmpty();
    }

    @Test
    void alphaForestShowsEveryAlphaCoefficient() throws Exception {
        List<TsvRow> rows = tsv("alpha_models.tsv");
        checkForest("forest_alpha.svg", rows.stream().sorted(ORDER).toList());
        assertThat(files.get("forest_alpha.png")).isNotEmpty();
    }

    @Test
    void topTaxaHaveBoxStripPlotsAndThePagesLinkEveryPlot() {
        String summary = new String(files.get("summary.html"), StandardCharsets.UTF_8);
        String adjusted = new String(files.get("adjusted.html"), StandardCharsets.UTF_8);
        for (int k = 1; k <= 6; k++) {
            assertThat(files).containsKeys("taxon_" + k + ".svg", "taxon_" + k + ".png");
            assertThat(summary).contains("src=\"taxon_" + k + ".svg\"", "href=\"taxon_" + k + ".png\"");
        }
        // the most differential taxon's plot names it (differential_abundance.tsv is sorted by p)
        String topTaxon = new String(files.get("differential_abundance.tsv"), StandardCharsets.UTF_8).split("\n")[1]
                .split("\t")[0];
        assertThat(new String(files.get("taxon_1.svg"), StandardCharsets.UTF_8)).contains("CLR of " + topTaxon);
        for (String f : List.of("forest_taxa", "forest_alpha"))
            assertThat(adjusted).contains("src=\"" + f + ".svg\"", "href=\"" + f + ".png\"");
        assertThat(summary).contains("href=\"adjusted.html\"");
    }
}
