package org.gutskin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gutskin.evidence.kb.AgeBand;
import org.gutskin.evidence.kb.Wording;
import org.gutskin.evidence.ladder.CertaintyRule;
import org.gutskin.profile.Profile;
import org.gutskin.report.model.ConditionSection;
import org.gutskin.report.model.InterventionEvidence;
import org.gutskin.report.model.Report;
import org.gutskin.report.model.ReportLane;
import org.gutskin.report.render.FhirReportWriter;
import org.gutskin.report.render.JsonReportWriter;
import org.gutskin.report.render.ReportFormat;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trial lanes in the report (issue 14 item 1): per condition every population × purpose lane from
 * {@link CertaintyRule} — label, certainty, phrase, reasons — with the reader's lanes first and marked when the age
 * is known ({@link ReportOptions#readerAge()}), otherwise all of them, labelled; in JSON (valid against the schema),
 * HTML/PDF (a lane table above the ladder, the reader's row highlighted) and FHIR (a conclusion line per condition).
 * The interventions lane is never worded more strongly than any lane its trial sits in.
 */
class ReportLanesTest {

    static final Map<String, Wording> BY_LEAD = Arrays.stream(Wording.values())
            .collect(Collectors.toMap(Wording::lead, Function.identity()));

    static Report none, infant, child, adult;

    @BeforeAll
    static void build() throws Exception {
        ReportStructureTest.loadSchema();
        Profile p = ReportFixtures.read(ReportFixtures.gmwi2Example());
        ReportOptions o = ReportOptions.defaults();
        none = ReportFixtures.service().build(p, ReportFixtures.GMWI2_SAMPLE, o);
        infant = ReportFixtures.service().build(p, ReportFixtures.GMWI2_SAMPLE, o.withReaderAge(AgeBand.parse("0.5")));
        child = ReportFixtures.service().build(p, ReportFixtures.GMWI2_SAMPLE, o.withReaderAge(AgeBand.parse("1")));
        adult = ReportFixtures.service().build(p, ReportFixtures.GMWI2_SAMPLE, o.withReaderAge(AgeBand.parse("40")));
    }

    static ConditionSection ad(Report r) {
        return r.conditions().stream().filter(c -> c.id().equals("atopic-dermatitis")).findFirst().orElseThrow();
    }

    @Test
    void withoutAgeEveryLaneIsShownLabelledAndNoneIsTheReaders() {
        ConditionSection ad = ad(none);
        assertThat(ad.readerAge()).isNull();
        assertThat(ad.lanes()).isNotEmpty().noneMatch(ReportLane::readerLane);
        assertThat(ad.lanes()).extracting(ReportLane::id).contains("infant-prevention", "child-treatment",
                "adult-treatment");
        assertThat(ad.lanes()).allSatisfy(l -> {
            assertThat(l.label()).contains(" \u2014 ");
            assertThat(l.certainty()).isIn("high", "moderate", "low", "very-low");
            assertThat(BY_LEAD).containsKey(l.phrase());
            assertThat(l.reasons()).isNotEmpty();
        });
        // bundled order: infant, child, adult
        List<String> bands = ad.lanes().stream().map(ReportLane::ageBand).toList();
        assertThat(bands.indexOf("infant")).isLessThan(bands.indexOf("adult"));
    }

    @Test
    void theReadersBandComesFirstAndIsMarked() {
        // years < 1 = infant, 1-17 = child, 18+ = adult (the parser of `gutskin evidence --age`)
        assertThat(ad(infant).readerAge()).isEqualTo("infant");
        assertThat(ad(infant).lanes().get(0).ageBand()).isEqualTo("infant");
        assertThat(ad(child).readerAge()).isEqualTo("child");
        assertThat(ad(child).lanes().get(0).ageBand()).isEqualTo("child");
        assertThat(ad(adult).readerAge()).isEqualTo("adult");
        assertThat(ad(adult).lanes().get(0).ageBand()).isEqualTo("adult");
        for (Report r : List.of(infant, child, adult))
            for (ConditionSection c : r.conditions()) {
                List<ReportLane> lanes = c.lanes();
                int firstOther = 0;
                while (firstOther < lanes.size() && lanes.get(firstOther).readerLane()) firstOther++;
                assertThat(lanes.subList(firstOther, lanes.size())).as(c.id()).noneMatch(ReportLane::readerLane);
                assertThat(lanes).as(c.id()).filteredOn(ReportLane::readerLane)
                        .allMatch(l -> l.ageBand().equals(c.readerAge()));
                assertThat(lanes).as(c.id()).hasSameSizeAs(ad(none).id().equals(c.id()) ? ad(none).lanes()
                        : none.conditions().stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow().lanes());
            }
    }

    @Test
    void interventionsAreNeverWordedMoreStronglyThanTheirLanes() {
        for (Report r : List.of(none, adult))
            for (ConditionSection c : r.conditions()) {
                Map<String, ReportLane> lanes = c.lanes().stream().collect(Collectors.toMap(ReportLane::id, l -> l));
                for (InterventionEvidence i : c.interventions()) {
                    Wording own = BY_LEAD.get(i.evidence());
                    assertThat(own).as(i.id()).isNotNull();
                    for (String laneId : i.lanes()) {
                        Wording lane = BY_LEAD.get(lanes.get(laneId).phrase());
                        assertThat(CertaintyRule.weaker(own, lane)).as(i.id() + " in " + laneId).isEqualTo(own);
                    }
                }
            }
    }

    @Test
    void theAadPositionIsInTheTreatmentLanesOnly() {
        ConditionSection ad = ad(none);
        for (ReportLane l : ad.lanes()) {
            boolean aad = l.guidelines().stream().anyMatch(g -> g.text().contains("American Academy of Dermatology"
                    + " guideline (2014, section 4)"));
            assertThat(aad).as(l.id()).isEqualTo(l.purpose().equals("treatment"));
        }
    }

    @Test
    void jsonCarriesTheLanesAndValidates() throws Exception {
        JsonNode c = new ObjectMapper().readTree(JsonReportWriter.toJson(adult)).get("conditions").get(0);
        assertThat(c.get("readerAge").asText()).isEqualTo("adult");
        JsonNode first = c.get("lanes").get(0);
        assertThat(first.get("readerLane").asBoolean()).isTrue();
        assertThat(first.get("label").asText()).startsWith("Adults");
        assertThat(first.has("certainty") && first.has("phrase") && first.has("reasons")).isTrue();
        JsonNode plain = new ObjectMapper().readTree(JsonReportWriter.toJson(none)).get("conditions").get(0);
        assertThat(plain.has("readerAge")).isFalse();
        assertThat(plain.get("lanes").size()).isPositive();
        for (Report r : List.of(none, infant, child, adult)) assertThat(ReportStructureTest.validate(r)).isEmpty();
    }

    @Test
    void htmlAndPdfShowALaneTableAboveTheLadder_theReadersRowHighlighted() throws Exception {
        String html = new String(RenderTest.render(adult, ReportFormat.HTML), StandardCharsets.UTF_8);
        int table = html.indexOf("Trial evidence by age group and purpose");
        assertThat(table).isPositive();
        assertThat(table).isLessThan(html.indexOf("class=\"ladder-svg\""));
        assertThat(html).contains("<tr class=\"reader\"><td>Adults \u2014 treatment <strong>\u00b7 your age group"
                + "</strong>");
        assertThat(html).contains("Your age group is shown first and highlighted");
        String plain = new String(RenderTest.render(none, ReportFormat.HTML), StandardCharsets.UTF_8);
        assertThat(plain).contains("Trial evidence by age group and purpose").contains("No age was given")
                .doesNotContain("class=\"reader\"");
        String pdf = String.join("\n", RenderTest.pdfPages(RenderTest.render(adult, ReportFormat.PDF)));
        assertThat(pdf).contains("Trial evidence by age group and purpose").contains("your age group")
                .contains("Adults \u2014 treatment");
    }

    @Test
    void fhirConclusionSaysTheReadersLaneAndItsCertainty() {
        DiagnosticReport dr = (DiagnosticReport) RenderTest.parseStrict(FhirReportWriter.toJson(adult))
                .getEntryFirstRep().getResource();
        ReportLane lane = ad(adult).lanes().get(0);
        assertThat(dr.getConclusion()).contains(ad(adult).name() + ", trial evidence for your age group: "
                + lane.label() + " certainty " + lane.certainty());
        Bundle b = RenderTest.parseStrict(FhirReportWriter.toJson(none));
        assertThat(((DiagnosticReport) b.getEntryFirstRep().getResource()).getConclusion())
                .contains("trial evidence by age group (no age given): Infants \u2014 prevention certainty");
    }

    @Test
    void badAgesAreRefused() {
        for (String bad : List.of("old", "-3", "NaN", "200", ""))
            assertThatThrownBy(() -> AgeBand.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
}
