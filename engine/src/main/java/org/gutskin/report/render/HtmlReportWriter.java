package org.gutskin.report.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gutskin.io.Pages;
import org.gutskin.io.PlainNumbers;
import org.gutskin.report.model.KeyMeasure;
import org.gutskin.report.model.ConditionSection;
import org.gutskin.report.model.Diversity;
import org.gutskin.report.model.InterventionEvidence;
import org.gutskin.report.model.ReferenceInfo;
import org.gutskin.report.model.Report;
import org.gutskin.report.model.TaxonShare;
import org.gutskin.report.reference.ReferenceDistribution;
import org.gutskin.report.reference.GuildReference;
import org.gutskin.report.metabolite.MetaboliteLane;
import org.gutskin.report.model.GuildCapacity;

/**
 * The report as one self-contained XHTML page (inline CSS and SVG, no script, a Content-Security-Policy that
 * forbids every fetch), readable on a phone and in print; the PDF writer renders the same page. It goes through
 * the one page pipeline ({@link Pages}: shared layout, stylesheet, CSP, escaper and provenance footer); only the
 * charts, built by {@link Charts} with their own escaping, and the citation lists of {@link CitationsFilter} are
 * inserted raw.
 */
public final class HtmlReportWriter {

    private static final PebbleEngine ENGINE = Pages.engine(new AbstractExtension() {
        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("cites", new CitationsFilter());
        }
    });
    private static final String DIR = "org/gutskin/report/render/templates/";
    private static final PebbleTemplate REPORT = ENGINE.getTemplate(DIR + "report.peb");
    private static final PebbleTemplate CHECKLIST = ENGINE.getTemplate(DIR + "checklist.peb");
    private static final PebbleTemplate CLINICIAN = ENGINE.getTemplate(DIR + "clinician.peb");
    private static final PebbleTemplate PATIENT = ENGINE.getTemplate(DIR + "patient.peb");

    /** Compiles the templates (this class's initialisation) ahead of the first render: {@link ReportRenderer#prepare}. */
    static void prepare() {
        // nothing else: calling a static method runs the static initialiser once
    }

    private HtmlReportWriter() {}

    /**
     * The report page for its audience: the full report (default), the clinician summary with its appendix, or the
     * patient view.
     */
    public static String render(Report r) {
        return evaluate(r.forClinician() ? CLINICIAN : r.forPatient() ? PATIENT : REPORT, r);
    }

    /** The clinic discussion checklist as its own one-page document. */
    public static String renderChecklist(Report r) {
        return evaluate(CHECKLIST, r);
    }

    private static String evaluate(PebbleTemplate t, Report r) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("r", r);
        ctx.put("v", view(r));
        ctx.put("provenance", r.provenance().run());
        ReferenceInfo ref = r.provenance().reference();
        if (ref != null)
            ctx.put("provenanceExtra", List.of(Map.of("label", "diversity reference", "value", ref.cohort() + "; "
                    + ref.profiler() + "; n = " + ref.size() + "; " + ref.source())));
        return Pages.render(t, ctx);
    }

    /** One reference chart per taxa-based guild of the metabolite lane (the gene-based ones have no reference). */
    static List<Map<String, String>> metaboliteCharts(Report r) {
        List<Map<String, String>> out = new ArrayList<>();
        if (r.metabolites() == null) return out;
        ReferenceDistribution ref = GuildReference.bundled();
        for (GuildCapacity g : r.metabolites().guilds()) {
            double[] q = ref.quantiles(g.id());
            if (q == null || g.percent() == null || !MetaboliteLane.TAXA.equals(g.basis())) continue;
            out.add(Map.of("label", g.name() + " (% of species-level abundance) against the healthy reference",
                    "svg", Charts.reference(g.name(), q, g.percent(), g.percentile())));
        }
        return out;
    }

    /** Pre-formatted numbers and the SVG charts. */
    static Map<String, Object> view(Report r) {
        Map<String, Object> v = new HashMap<>();
        v.put("composition", Charts.composition(r.composition()));
        List<String> colors = new ArrayList<>();
        int n = Math.max(r.composition().size(), r.skin() == null ? 0 : r.skin().composition().size());
        for (int i = 0; i < n; i++) {
            List<TaxonShare> c = r.composition();
            colors.add(Charts.color(i, i < c.size() ? c.get(i).taxon() : ""));
        }
        v.put("colors", colors);
        v.put("metrics", metricRows(r.diversity()));
        List<Map<String, String>> charts = new ArrayList<>();
        ReferenceDistribution ref = ReferenceDistribution.bundled();
        for (String m : List.of("shannon", "observed")) {
            double[] q = ref.quantiles(m);
            if (q == null) continue;
            double val = r.diversity().value(m);
            charts.add(Map.of("label", label(m) + " against the healthy reference (box: 25th–75th percentile,"
                    + " bar: 5th–95th, line: median)", "svg", Charts.reference(label(m), q, val, r.diversity().percentile(m))));
        }
        v.put("referenceCharts", charts);
        v.put("gmwi2", num(r.indices().gmwi2()));
        v.put("gmhi", num(r.indices().gmhi()));
        v.put("gmwi2Gauge", Charts.gauge("GMWI2", r.indices().gmwi2(), 6, r.indices().gmwi2RejectBand()));
        v.put("gmhiGauge", Charts.gauge("GMHI", r.indices().gmhi(), 3, 0));
        Map<String, String> ladders = new LinkedHashMap<>();
        Map<String, String> doses = new HashMap<>();
        for (ConditionSection c : r.conditions()) {
            ladders.put(c.id(), Charts.ladder(c.ladder()));
            for (InterventionEvidence i : c.interventions()) doses.put(i.id(), dose(i));
        }
        v.put("ladders", ladders);
        List<Map<String, String>> bars = new ArrayList<>();
        for (KeyMeasure m : r.measures())
            bars.add(Map.of("name", m.name(), "value", measureValue(m), "percentile", m.percentile() == null ? "—"
                    : String.format(Locale.ROOT, "%.0f", m.percentile()), "range", measureValue(m.p25(), m.unit())
                    + " – " + measureValue(m.p75(), m.unit()), "svg", Charts.rangeBar(m)));
        v.put("measureBars", bars);
        v.put("doses", doses);
        v.put("metaboliteCharts", metaboliteCharts(r));
        if (r.followUp() != null) FollowUpView.fill(r.followUp(), v);
        if (r.skin() != null) {
            v.put("skinComposition", Charts.composition(r.skin().composition()));
            v.put("skinMetrics", metricRows(r.skin().diversity()));
        }
        // the checklist must fit one printed page: smaller type and spacing for longer lists (measured in lines of
        // about 100 characters, so one long item counts for what it takes)
        int lines = r.checklistDetails().stream().mapToInt(x -> 1 + x.text().length() / 100).sum()
                + r.triageStatus().conflicts().size() * 2;
        v.put("checklistFont", lines <= 16 ? "10" : lines <= 24 ? "9" : lines <= 32 ? "8" : lines <= 40 ? "7" : "6.5");
        v.put("checklistGap", lines <= 16 ? "7px" : lines <= 24 ? "4px" : lines <= 32 ? "2px" : "1px");
        return v;
    }

    private static List<Map<String, String>> metricRows(Diversity d) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (var e : d.values().entrySet()) {
            Double p = d.percentile(e.getKey());
            rows.add(Map.of("name", label(e.getKey()), "value", num(e.getValue()),
                    "percentile", p == null ? "—" : String.format(Locale.ROOT, "%.0f", p)));
        }
        return rows;
    }

    public static String label(String metric) {
        return switch (metric) {
            case "observed" -> "Observed species";
            case "shannon" -> "Shannon";
            case "simpson" -> "Simpson (1 − Σp²)";
            case "inverse_simpson" -> "Inverse Simpson";
            case "pielou_e" -> "Pielou evenness";
            case "berger_parker_d" -> "Berger–Parker dominance";
            case "chao1" -> "Chao1";
            default -> metric;
        };
    }

    static String num(Double v) {
        if (v == null || v.isNaN()) return "not computable";
        if (Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(v) < 1e9) return String.valueOf((long) Math.rint(v));
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String measureValue(KeyMeasure m) {
        return measureValue(m.value(), m.unit());
    }

    private static String measureValue(double v, String unit) {
        String n = "species".equals(unit) ? String.valueOf(Math.round(v)) : String.format(Locale.ROOT, "%.2f", v);

        return unit.isEmpty() || "species".equals(unit) ? n : n + " " + unit;
    }

    /** Dose in words people read ("10 billion CFU a day", {@link PlainNumbers}) and duration. */
    private static String dose(InterventionEvidence i) {
        String d = PlainNumbers.cfuPerDay(i.doseCfuPerDay());
        String w = i.durationWeeks() == null ? "" : String.format(Locale.ROOT, " · %s weeks", Charts.fmt(i.durationWeeks()));
        return d + w;
    }
}
