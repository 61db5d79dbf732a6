package org.gutskin.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.beta.BrayCurtis;
import org.gutskin.evidence.kb.ChangeBands;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.io.InputException;
import org.gutskin.profile.AbundanceTable;
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

    /** One sample of the series: its id in the profile, and its collection date (ISO 8601) or null. */
    public record Point(String sample, String date) {}

    /**
     * The series of {@code --series} (and {@code --dates}, may be null): each date checked as {@code --collected}
     * is ({@link Accessions#date}), and the dates must increase (two samples on one date, or a later sample dated
     * before an earlier one, is bad input naming both positions).
     */
    public static List<Point> points(List<String> samples, List<String> dates) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            String d = dates == null ? null : Accessions.date("--dates item " + (i + 1) + " (sample '"
                    + samples.get(i) + "'): ", "date", dates.get(i));
            if (dates != null && d == null)
                throw new InputException("--dates item " + (i + 1) + " is empty");
            if (d != null && i > 0 && !Accessions.instant(d).isAfter(Accessions.instant(out.get(i - 1).date())))
                throw new InputException("--dates item " + (i + 1) + " (sample '"
                        + samples.get(i) + "', " + d + ") is not after item " + i + " (sample '"
                        + samples.get(i - 1) + "', " + out.get(i - 1).date() + "): list the samples oldest first,"
                        + " one date each");
            out.add(new Point(samples.get(i), d));
        }
        return out;
    }

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
     * The follow-up report of {@code subject} over {@code series} (oldest first). Unknown or repeated sample:
     * {@link InputException}. {@code options} (answers, conditions, skin, audience) apply to the latest sample.
     */
    public Report build(Profile gut, String subject, List<Point> series, ReportOptions options) {
        if (series.isEmpty()) throw new InputException(gut.source(), 0, "--series names no sample");
        Set<String> seen = new HashSet<>();
        for (Point p : series)
            if (!seen.add(p.sample()))
                throw new InputException(gut.source(), 0, "sample '" + p.sample() + "' is listed twice in the series");
        ScoredProfile scored = reports.score(gut, options.inputSha256());
        int[] cols = new int[series.size()];
        for (int i = 0; i < cols.length; i++) cols[i] = scored.sampleIndex(series.get(i).sample());
        Point last = series.get(series.size() - 1);
        Accession acc = options.accession() == null ? Accession.NONE : options.accession();
        Accession named = new Accession(subject, last.date() != null ? last.date() : acc.collected(), acc.received(),
                acc.performer(), acc.status());
        Report latest = reports.build(scored, last.sample(), reports.scoreSkin(options), options.withAccession(named));

        double[][] bc = distances(scored, cols);
        ChangeBands kbBands = kb.changeBands();
        ChangeBand band = band(kbBands);
        List<TimePoint> points = new ArrayList<>();
        List<Map<String, Double>> values = new ArrayList<>();
        // the earlier samples are described as the latest (same conditions, same functions table); their answers
        // are not asked: triage is the latest sample's request only
        ReportOptions earlier = options.withAnswers(Map.of(), null).withAccession(null).withSkin(null, null);
        for (int i = 0; i < series.size(); i++) {
            Report r = i == series.size() - 1 ? latest : reports.build(scored, series.get(i).sample(), null, earlier);
            Map<String, Double> v = measures(r);
            values.add(v);
            List<Change> changes = i == 0 ? List.of() : changes(values.get(i - 1), v, bc[i][i - 1], band);
            Map<String, Double> diversity = new LinkedHashMap<>();
            r.diversity().values().forEach((k, x) -> diversity.put(k, x == null || x.isNaN() ? null : x));
            Map<String, Double> guilds = new LinkedHashMap<>();
            if (r.metabolites() != null)
                for (GuildCapacity g : r.metabolites().guilds()) guilds.put(g.id(), g.percent());
            points.add(new TimePoint(series.get(i).sample(), series.get(i).date(), diversity, r.indices().gmwi2(),
                    r.indices().gmhi(), guilds, top(r.composition()), i == 0 ? null : finite(bc[i][0]),
                    i == 0 ? null : finite(bc[i][i - 1]), changes));
        }
        boolean single = series.size() == 1;
        List<Change> overall = single ? List.of()
                : changes(values.get(0), values.get(values.size() - 1), bc[series.size() - 1][0], band);
        FollowUp f = new FollowUp(subject, single, single ? SINGLE : null, points, overall, band, List.of());
        return latest.withFollowUp(f, DISCLAIMER);
    }

    /** Bray–Curtis between the series' samples, on species abundances closed to 100 (the band's convention). */
    private static double[][] distances(ScoredProfile scored, int[] cols) {
        AbundanceTable species = scored.atRank(Rank.SPECIES).select(cols).normalized(100, ValueKind.PERCENT);
        DistanceMatrix d = new BrayCurtis().compute(species, 1);
        double[][] out = new double[cols.length][cols.length];
        for (int i = 0; i < cols.length; i++)
            for (int j = 0; j < cols.length; j++) out[i][j] = i == j ? 0 : d.get(i, j);
        return out;
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
