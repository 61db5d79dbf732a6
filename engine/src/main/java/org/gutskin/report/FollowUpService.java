package org.gutskin.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.longitudinal.Series;
import org.gutskin.cohort.longitudinal.SeriesDistances;
import org.gutskin.evidence.kb.ChangeBands;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;
import org.gutskin.report.model.Accession;
import org.gutskin.report.model.FollowUp;
import org.gutskin.report.model.FollowUp.Change;
import org.gutskin.report.model.FollowUp.ChangeBand;
import org.gutskin.report.model.FollowUp.TimePoint;
import org.gutskin.report.model.GuildCapacity;
import org.gutskin.report.model.Report;
import org.gutskin.report.model.TaxonShare;

/**
 * The follow-up report of one subject: every sample of the series is scored and described exactly as a single report
 * does ({@link ReportService}, so the numbers are the single reports' numbers), the Bray–Curtis distance of each
 * sample to the first and to the previous one is measured on species abundances closed to 100 (as the band was),
 * and each change is set against the knowledge base's band ({@code change-bands.yaml}). Red flags, triage,
 * conditions and citations are the latest sample's report with the request's answers, unchanged.
 */
public final class FollowUpService {

    /** The follow-up's own disclaimer: still not medical advice, and it says a change is not an effect. */
    public static final String DISCLAIMER = "Not medical advice. This report describes one person's microbiome samples"
            + " over time and summarises published research; it is not a diagnosis or a treatment plan. A change"
            + " between samples, even one larger than day-to-day variation, does not show what caused it. Microbiome"
            + " tests are not part of standard care for skin conditions: discuss any change in your care with a"
            + " qualified clinician.";

    static final String SINGLE = "Only one sample of this subject was given: this is a single-sample report, and no"
            + " change over time can be shown.";

    private static final int TOP_TAXA = 5;

    private final ReportService reports;
    private final KnowledgeBase kb;

    public FollowUpService() {
        this(new ReportService(), KnowledgeBase.get());
    }

    public FollowUpService(ReportService reports, KnowledgeBase kb) {
        this.reports = reports;
        this.kb = kb;
    }

    /**
     * The follow-up report of a subject's {@link Series} (the Series core's order, dates and mixing rules). An unknown
     * sample is an {@link InputException}. {@code options} (answers, conditions, skin, audience) apply to the latest
     * sample; a mixed series (built with allowMixed) labels every affected comparison in the warnings.
     */
    public Report build(Profile gut, Series series, ReportOptions options) {
        String subject = series.subject();
        ScoredProfile scored = reports.score(gut, options.inputSha256());
        for (String id : series.sampleIds()) scored.sampleIndex(id); // an unknown sample names the file
        int n = series.size();
        String lastId = series.point(n - 1).sampleId(), lastDate = date(series, n - 1);
        Accession acc = options.accession() == null ? Accession.NONE : options.accession();
        Accession named = new Accession(subject, lastDate != null ? lastDate : acc.collected(), acc.received(),
                acc.performer(), acc.status());
        Report latest = reports.build(scored, lastId, reports.scoreSkin(options), options.withAccession(named));

        // Bray–Curtis on species abundances closed to 100 (the band's convention), by the Series core's measure
        SeriesDistances bc = SeriesDistances.compute(series,
                scored.atRank(Rank.SPECIES).normalized(100, ValueKind.PERCENT), ChangeBands.BRAY_CURTIS);
        ChangeBands kbBands = kb.changeBands();
        ChangeBand band = band(kbBands);
        List<TimePoint> points = new ArrayList<>();
        List<Map<String, Double>> values = new ArrayList<>();
        // the earlier samples are described as the latest (same conditions, same functions table); their answers
        // are not asked: triage is the latest sample's request only
        ReportOptions earlier = options.withAnswers(Map.of(), null).withAccession(null).withSkin(null, null);
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = series.point(i).sampleId();
            Report r = i == n - 1 ? latest : reports.build(scored, id, null, earlier);
            Map<String, Double> v = measures(r);
            values.add(v);
            List<Change> changes = i == 0 ? List.of() : changes(values.get(i - 1), v, bc.toPrevious()[i], band);
            if (i > 0) bc.labelToPrevious(i).ifPresent(l -> warnings.add(id + " against the previous sample: " + l));
            Map<String, Double> diversity = new LinkedHashMap<>();
            r.diversity().values().forEach((k, x) -> diversity.put(k, x == null || x.isNaN() ? null : x));
            Map<String, Double> guilds = new LinkedHashMap<>();
            if (r.metabolites() != null)
                for (GuildCapacity g : r.metabolites().guilds()) guilds.put(g.id(), g.percent());
            points.add(new TimePoint(id, date(series, i), diversity, r.indices().gmwi2(), r.indices().gmhi(), guilds,
                    top(r.composition()), i == 0 ? null : finite(bc.toFirst()[i]),
                    i == 0 ? null : finite(bc.toPrevious()[i]), changes));
        }
        boolean single = series.isSingle();
        List<Change> overall = single ? List.of()
                : changes(values.get(0), values.get(n - 1), bc.toFirst()[n - 1], band);
        if (!single) bc.labelToFirst(n - 1).ifPresent(l -> warnings.add("latest against the first sample: " + l));
        FollowUp f = new FollowUp(subject, single, single ? SINGLE : null, points, overall, band, warnings);
        return latest.withFollowUp(f, DISCLAIMER);
    }

    /** The collection date of point {@code i} (ISO), or null when the series has none (an order or a number). */
    private static String date(Series s, int i) {
        return s.point(i).date().map(java.time.LocalDate::toString).orElse(null);
    }

    /** Every measure a time point shows, by id: diversity metrics, the two indices, {@code guild-<id>}. */
    private static Map<String, Double> measures(Report r) {
        Map<String, Double> v = new LinkedHashMap<>();
        r.diversity().values().forEach(v::put);
        v.put("gmwi2", r.indices().gmwi2());
        v.put("gmhi", r.indices().gmhi());
        if (r.metabolites() != null)
            for (GuildCapacity g : r.metabolites().guilds()) v.put("guild-" + g.id(), g.percent());
        return v;
    }

    /** Each measure's change from {@code a} to {@code b}, then their Bray–Curtis distance, each with its verdict. */
    List<Change> changes(Map<String, Double> a, Map<String, Double> b, double distance, ChangeBand band) {
        List<Change> out = new ArrayList<>();
        for (var e : b.entrySet()) {
            Double from = finite(a.get(e.getKey())), to = finite(e.getValue());
            Double change = from == null || to == null ? null : to - from;
            Double limit = band.measures().get(e.getKey());
            out.add(new Change(e.getKey(), label(e.getKey()), from, to, change, limit,
                    ChangeBand.verdict(change, limit)));
        }
        Double d = finite(distance);
        Double limit = band.measures().get(ChangeBands.BRAY_CURTIS);
        out.add(new Change(ChangeBands.BRAY_CURTIS, label(ChangeBands.BRAY_CURTIS), null, null, d, limit,
                ChangeBand.verdict(d, limit)));
        return out;
    }

    /** The printed name of a measure: the report's metric label, the index, the guild's name, the distance. */
    String label(String measure) {
        if (measure.equals("gmwi2")) return "GMWI2";
        if (measure.equals("gmhi")) return "GMHI";
        if (measure.equals(ChangeBands.BRAY_CURTIS)) return "Bray–Curtis distance";
        if (measure.startsWith("guild-"))
            for (var g : kb.guilds())
                if (measure.equals("guild-" + g.id())) return g.name() + " (% of species-level abundance)";
        return org.gutskin.report.render.HtmlReportWriter.label(measure);
    }

    private static ChangeBand band(ChangeBands b) {
        Map<String, Double> m = new LinkedHashMap<>();
        b.measures().forEach((k, v) -> m.put(k, v.band()));
        return new ChangeBand(b.data(), b.population(), b.subjects(), b.samples(), b.quantile(), b.rule(), b.caveat(),
                ReportService.ids(b.citations()), b.published(), ReportService.ids(b.publishedCitations()), m);
    }

    private static List<TaxonShare> top(List<TaxonShare> composition) {
        return composition.stream().filter(t -> !ReportService.OTHER.equals(t.taxon())
                && !ReportService.UNCLASSIFIED.equals(t.taxon())).limit(TOP_TAXA).toList();
    }

    private static Double finite(Double x) {
        return x == null || x.isNaN() || x.isInfinite() ? null : x;
    }
}
