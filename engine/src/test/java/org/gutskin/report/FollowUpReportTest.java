package org.gutskin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gutskin.cohort.longitudinal.SampleLabels;
import org.gutskin.cohort.longitudinal.Series;
import org.gutskin.cohort.longitudinal.SeriesReader;
import org.gutskin.cohort.longitudinal.TimeKind;
import org.gutskin.cohort.longitudinal.TimePoint;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.Wording;
import org.gutskin.io.InputException;
import org.gutskin.io.InputLimits;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.profile.format.ReadOptions;
import org.gutskin.report.model.FollowUp;
import org.gutskin.report.model.FollowUp.ChangeBand;
import org.gutskin.report.model.Report;
import org.gutskin.report.render.FhirReportWriter;
import org.gutskin.report.render.HtmlReportWriter;
import org.gutskin.report.render.JsonReportWriter;
import org.gutskin.report.render.ReportFormat;
import org.gutskin.report.render.ReportRenderer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Specimen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow-up report on a real HMP2 series: subject E5002 of MaAsLin2's example (non-IBD, visits 2–6, five stool
 * samples). Expected numbers come from scikit-bio and SciPy on the same rows (closed to 1): Shannon (base e)
 * 2.4745992689380807, 2.2436945308991434, 1.8192310737589186, 2.001568919715075, 1.6730015917389978; Gini–Simpson
 * first 0.8768550597493776, last 0.7270516845320066; Bray–Curtis first→last 0.5277002397983849, first→second
 * 0.2221745230940347. Verdicts by hand against change-bands.yaml: Shannon 1.6730 − 2.4746 = −0.8016, |−0.8016| >
 * 0.770876 → larger; Simpson −0.1498, |−0.1498| ≤ 0.209177 → within; Bray–Curtis 0.5277 ≤ 0.565196 → within.
 */
class FollowUpReportTest {

    static final List<String> E5002 = List.of("ESM5GEYU_P", "ESM5GEZ1_P", "ESM5GEZ3_P", "ESM5MEBP_P", "ESM5ME9H_P");
    static final List<String> DATES = List.of("2014-03-01", "2014-03-15", "2014-03-29", "2014-04-12", "2014-04-26");

    @TempDir
    static Path dir;
    static Profile hmp2;

    @BeforeAll
    static void read() throws Exception {
        Path tax = dir.resolve("HMP2_taxonomy.tsv.gz");
        try (InputStream in = FollowUpReportTest.class.getResourceAsStream("/org/gutskin/cohort/model/hmp2/HMP2_taxonomy.tsv.gz")) {
            Files.copy(in, tax);
        }
        hmp2 = ProfileFiles.read(tax, new ReadOptions(null, true, null, InputLimits.CLI));
        ReportStructureTest.loadSchema();
        FhirProfileValidationTest.validator();
    }

    static FollowUpService service() {
        return new FollowUpService(ReportFixtures.service(), KnowledgeBase.get());
    }

    /** The series through the Series core: in the listed order, or on these dates (epoch days) when given. */
    static Series series(List<String> samples, List<String> dates) {
        if (dates == null) return SeriesReader.fromList("E5002", samples, "--series", null, false);
        List<TimePoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            java.time.LocalDate d = java.time.LocalDate.parse(dates.get(i));
            points.add(new TimePoint(samples.get(i), d.toEpochDay(), java.util.Optional.of(d), SampleLabels.UNKNOWN));
        }
        return new Series("E5002", TimeKind.DATE, points, false);
    }

    static Report followUp(List<String> samples, List<String> dates, Map<String, Boolean> answers) {
        return service().build(hmp2, series(samples, dates), ReportOptions.defaults().withAnswers(answers));
    }

    @Test
    void theSeriesNumbersAreThePeersAndTheVerdictsTheHandOnes() {
        FollowUp f = followUp(E5002, null, Map.of()).followUp();
        double[] shannon = {2.4745992689380807, 2.2436945308991434, 1.8192310737589186, 2.001568919715075,
            1.6730015917389978};
        assertThat(f.timePoints()).hasSize(5);
        for (int i = 0; i < 5; i++)
            assertThat(f.timePoints().get(i).diversity().get("shannon")).isCloseTo(shannon[i], within(1e-12));
        assertThat(f.timePoints().get(4).distanceToFirst()).isCloseTo(0.5277002397983849, within(1e-12));
        assertThat(f.timePoints().get(1).distanceToPrevious()).isCloseTo(0.2221745230940347, within(1e-12));
        assertThat(f.timePoints().get(0).distanceToFirst()).isNull();
        Map<String, FollowUp.Change> overall = new java.util.HashMap<>();
        f.changes().forEach(c -> overall.put(c.measure(), c));
        assertThat(overall.get("shannon").change()).isCloseTo(1.6730015917389978 - 2.4745992689380807, within(1e-12));
        assertThat(overall.get("shannon").verdict()).isEqualTo("larger than day-to-day variation");
        assertThat(overall.get("simpson").change()).isCloseTo(0.7270516845320066 - 0.8768550597493776, within(1e-12));
        assertThat(overall.get("simpson").verdict()).isEqualTo("within day-to-day variation");
        assertThat(overall.get("braycurtis").verdict()).isEqualTo("within day-to-day variation");
        // a guild has no band: no comparison is made
        assertThat(overall.get("guild-butyrate-producers").verdict()).isEqualTo(ChangeBand.NO_BAND);
    }

    @Test
    void theVerdictIsAtMostLargerThanDayToDayVariation() {
        // hand: |0.1| ≤ 0.2 within; |−0.3| > 0.2 larger; the band's edge is within; no band, no comparison
        assertThat(ChangeBand.verdict(0.1, 0.2)).isEqualTo("within day-to-day variation");
        assertThat(ChangeBand.verdict(-0.3, 0.2)).isEqualTo("larger than day-to-day variation");
        assertThat(ChangeBand.verdict(0.2, 0.2)).isEqualTo("within day-to-day variation");
        assertThat(ChangeBand.verdict(5.0, null)).isEqualTo(ChangeBand.NO_BAND);
        assertThat(ChangeBand.verdict(null, 0.2)).isEqualTo(ChangeBand.NOT_COMPUTABLE);
    }

    /**
     * What the follow-up adds, in every format: the JSON's followUp object, the HTML's follow-up section, the FHIR
     * follow-up Observations (the rest is the single report's, whose trial statements may quote a trial's outcome).
     */
    static String followUpText(Report r, ReportFormat fmt) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.render(r, fmt, out);
        String all = out.toString(StandardCharsets.UTF_8);
        return switch (fmt) {
            case JSON -> ReportStructureTest.JSON.readTree(all).get("followUp").toString() + r.disclaimer();
            case HTML -> all.substring(all.indexOf("<div class=\"followup\">"), all.indexOf("</div>",
                    all.indexOf("How the band of day-to-day variation was made"))) + r.disclaimer();
            default -> {
                StringBuilder b = new StringBuilder(r.disclaimer());
                for (var e : FhirReportWriter.bundle(r).getEntry())
                    if (e.getResource() instanceof Observation o && o.getCode().getCodingFirstRep().getCode().startsWith("followup-"))
                        b.append(ReportStructureTest.JSON.writeValueAsString(FhirReportWriter.context().newJsonParser()
                                .encodeResourceToString(o)));
                yield b.toString();
            }
        };
    }

    @Test
    void noFormatUsesAWordOfEffect() throws Exception {
        Report r = followUp(E5002, DATES, Map.of());
        for (ReportFormat fmt : List.of(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.FHIR)) {
            String text = followUpText(r, fmt).toLowerCase(Locale.ROOT);
            var effect = java.util.regex.Pattern.compile(
                    "\\b(improved|improvement|improving|worsened|worse|worked|works|better|effective|success)\\b")
                    .matcher(text);
            assertThat(effect.find() ? effect.group() : null).as(fmt + ": a word of effect").isNull();
            assertThat(Wording.forbiddenIn(text)).as(fmt.toString()).isNull();
            assertThat(text).as(fmt + " says it is not medical advice").contains("not medical advice");
            assertThat(text).contains("larger than day-to-day variation").contains("within day-to-day variation");
        }
    }

    @Test
    void theJsonValidatesAgainstTheSchemaAndNamesHowTheBandWasMade() throws Exception {
        Report r = followUp(E5002, DATES, Map.of());
        assertThat(ReportStructureTest.validate(r)).isEmpty();
        var doc = ReportStructureTest.JSON.readTree(JsonReportWriter.toJson(r));
        var band = doc.get("followUp").get("band");
        assertThat(band.get("subjects").asInt()).isEqualTo(27);
        assertThat(band.get("quantile").asDouble()).isEqualTo(0.9);
        assertThat(band.get("citations").toString()).contains("10.1038/s41586-019-1237-9");
        assertThat(band.get("publishedCitations").toString()).contains("10.1038/s41564-017-0096-0");
        assertThat(doc.get("followUp").get("timePoints").get(0).get("date").asText()).isEqualTo("2014-03-01");
    }

    @Test
    void oneSampleGivesASingleSampleReportThatSaysSo() throws Exception {
        Report r = followUp(List.of("ESM5GEYU_P"), null, Map.of());
        assertThat(r.followUp().single()).isTrue();
        assertThat(r.followUp().changes()).isEmpty();
        assertThat(r.followUp().note()).contains("single-sample report");
        assertThat(HtmlReportWriter.render(r)).contains("single-sample report").doesNotContain("day-to-day variation</td>");
        assertThat(ReportStructureTest.validate(r)).isEmpty();
    }

    @Test
    void redFlagsAndTriageAreTheLatestSamplesExactlyAsInASingleReport() {
        Map<String, Boolean> answers = Map.of("infection_signs", true);
        Report f = followUp(E5002, null, answers);
        Report single = ReportFixtures.service().build(hmp2, E5002.get(4), ReportOptions.defaults().withAnswers(answers));
        assertThat(f.sample()).isEqualTo(E5002.get(4));
        assertThat(f.route()).isEqualTo(single.route()).isEqualTo("urgent-care");
        assertThat(f.redFlags()).isEqualTo(single.redFlags());
        assertThat(f.triage()).isEqualTo(single.triage());
        assertThat(f.triageStatus()).isEqualTo(single.triageStatus());
        // the red flag comes first in the page, above the series
        String html = HtmlReportWriter.render(f);
        assertThat(html.indexOf("class=\"alert")).isNotNegative().isLessThan(html.indexOf("Change over time"));
    }

    @Test
    void theFhirBundleIsOneReportWithObservationsPerTimePointForOnePatient() {
        Report r = followUp(E5002, DATES, Map.of());
        Bundle b = FhirReportWriter.bundle(r);
        List<DiagnosticReport> reports = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(DiagnosticReport.class::isInstance).map(DiagnosticReport.class::cast).toList();
        List<Patient> patients = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance).map(Patient.class::cast).toList();
        List<Observation> obs = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast).toList();
        assertThat(reports).hasSize(1);
        assertThat(patients).hasSize(1);
        assertThat(patients.get(0).getIdentifierFirstRep().getValue()).isEqualTo("E5002");
        String patient = "urn:uuid:" + patients.get(0).getIdElement().getIdPart();
        assertThat(reports.get(0).getSubject().getReference()).isEqualTo(patient);
        assertThat(obs).allMatch(o -> o.getSubject().getReference().equals(patient));
        List<Observation> shannon = obs.stream().filter(o -> o.getCode().getCodingFirstRep().getCode()
                .equals("followup-shannon")).toList();
        assertThat(shannon).hasSize(5);
        assertThat(shannon.stream().map(o -> o.getEffectiveDateTimeType().getValueAsString()).toList())
                .isEqualTo(DATES);
        assertThat(b.getEntry().stream().filter(e -> e.getResource() instanceof Specimen)).hasSize(5);
        assertThat(reports.get(0).getResult()).hasSize(obs.size());
        assertThat(reports.get(0).getConclusion()).contains("Not medical advice");
        var all = FhirProfileValidationTest.messages(FhirReportWriter.toJson(r));
        assertThat(all).as("the validator ran").isNotEmpty();
        assertThat(FhirProfileValidationTest.errors(all)).as(FhirProfileValidationTest.describe(all)).isEmpty();
    }

    @Test
    void aBadSeriesIsOneClearLine() {
        // the Series core refuses a repeated sample; the profile names an unknown one
        assertThatThrownBy(() -> followUp(List.of("ESM5GEYU_P", "ESM5GEYU_P"), null, Map.of()))
                .isInstanceOf(InputException.class).hasMessageContaining("--series").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> followUp(List.of("ESM5GEYU_P", "NOPE"), null, Map.of()))
                .isInstanceOf(InputException.class).hasMessageContaining("unknown sample 'NOPE'");
    }

    @Test
    void aMixedSeriesLabelsEveryAffectedComparison() {
        // allowMixed: the two samples are labelled with different profilers (as two files would be); the report
        // keeps them and says which comparisons mix methods
        List<TimePoint> points = List.of(
                new TimePoint("ESM5GEYU_P", 0, java.util.Optional.empty(), new SampleLabels("metaphlan", "gut")),
                new TimePoint("ESM5GEZ1_P", 1, java.util.Optional.empty(), new SampleLabels("kraken2", "gut")));
        Report r = service().build(hmp2, new Series("E5002", TimeKind.ORDER, points, true), ReportOptions.defaults());
        assertThat(r.followUp().warnings()).hasSize(2).allMatch(w -> w.contains("metaphlan") && w.contains("kraken2"));
    }
}
