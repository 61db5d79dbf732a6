package org.gutskin.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.profile.Profile;
import org.gutskin.report.model.Report;
import org.gutskin.report.render.FhirReportWriter;
import org.gutskin.report.render.HtmlReportWriter;
import org.gutskin.report.render.ReportFormat;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four routes in every format: urgent-care (a same-day flag), clinician-first, standard (all 19 asked, all
 * no) and not-assessed (nothing asked, and partly asked). Each format must say the route before any finding: the
 * JSON's {@code route} and {@code triageStatus}, the HTML/PDF box (red, red, quiet line, amber with the unasked
 * questions), and FHIR's first Observation with its interpretation and the conclusion's first line.
 */
class RouteRenderTest {

    static final Map<String, Report> REPORTS = new LinkedHashMap<>();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void build() throws Exception {
        ReportStructureTest.loadSchema();
        Profile p = ReportFixtures.read(ReportFixtures.gmwi2Example());
        Map<String, Boolean> allNo = new LinkedHashMap<>();
        KnowledgeBase.get().redFlagKeys().forEach(k -> allNo.put(k, false));
        Map<String, Boolean> urgent = new LinkedHashMap<>(allNo);
        urgent.put("fever_or_feeling_unwell_with_rash", true);
        Map<String, Boolean> clinician = new LinkedHashMap<>(allNo);
        clinician.put("joint_pain_swelling_or_morning_stiffness", true);
        Map<String, Map<String, Boolean>> answers = Map.of("urgent-care", urgent, "clinician-first", clinician,
                "standard", allNo, "not-assessed", Map.of(), "partly-asked",
                Map.of("infection_signs", false, "pregnant_or_breastfeeding", false));
        for (var e : answers.entrySet())
            REPORTS.put(e.getKey(), ReportFixtures.service().build(p, ReportFixtures.GMWI2_SAMPLE,
                    ReportOptions.defaults().withConditions(List.of("psoriasis")).withAnswers(e.getValue(),
                            new TriageProvenance("nurse.a", "2026-12-04T10:00:00Z", "web-form"))));
    }

    static String expectedRoute(String name) {
        return name.equals("partly-asked") ? "not-assessed" : name;
    }

    @ParameterizedTest
    @ValueSource(strings = {"urgent-care", "clinician-first", "standard", "not-assessed", "partly-asked"})
    void jsonStatesTheRouteFirstWithWhoAnswered(String name) throws Exception {
        Report r = REPORTS.get(name);
        String text = new String(RenderTest.render(r, ReportFormat.JSON), StandardCharsets.UTF_8);
        JsonNode doc = JSON.readTree(text);
        assertThat(doc.get("route").asText()).isEqualTo(expectedRoute(name));
        assertThat(text.indexOf("\"route\"")).isLessThan(text.indexOf("\"summary\""));
        JsonNode st = doc.get("triageStatus");
        assertThat(st.get("total").asInt()).isEqualTo(19);
        assertThat(st.get("asked").asInt()).isEqualTo(switch (name) {
            case "not-assessed" -> 0;
            case "partly-asked" -> 2;
            default -> 19;
        });
        assertThat(st.get("notAsked").size()).isEqualTo(19 - st.get("asked").asInt());
        assertThat(st.get("answeredBy").asText()).isEqualTo("nurse.a");
        assertThat(st.get("answeredVia").asText()).isEqualTo("web-form");
        assertThat(ReportStructureTest.validate(r)).isEmpty();
        if (name.equals("urgent-care")) {
            assertThat(doc.get("triage").get(0).get("timeFrame").asText()).isEqualTo("today");
            assertThat(r.summary().get(0).text()).startsWith("Seek medical care today");
        }
        if (expectedRoute(name).equals("not-assessed"))
            assertThat(r.summary().get(0).text()).startsWith("Safety questions not assessed");
        if (name.equals("standard")) assertThat(r.summary().get(0).text()).startsWith("Gut species diversity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"urgent-care", "clinician-first", "standard", "not-assessed", "partly-asked"})
    void htmlAndPdfShowTheRouteBoxBeforeTheTitle(String name) throws Exception {
        Report r = REPORTS.get(name);
        String html = HtmlReportWriter.render(r);
        String body = html.substring(html.indexOf("<body"));
        String id = "id=\"route-" + expectedRoute(name) + "\"";
        assertThat(body).contains(id);
        assertThat(body.indexOf(id)).isLessThan(body.indexOf("<h1>"));
        String heading = switch (expectedRoute(name)) {
            case "urgent-care" -> "Seek medical care today";
            case "clinician-first" -> "See a clinician first";
            case "standard" -> "all 19 were asked and answered no";
            default -> "Safety questions not assessed";
        };
        String first = RenderTest.pdfPages(RenderTest.render(r, ReportFormat.PDF)).get(0);
        assertThat(first.indexOf(heading)).isGreaterThanOrEqualTo(0).isLessThan(first.indexOf("Summary"));
        String checklist = RenderTest.pdfPages(RenderTest.render(r, ReportFormat.CHECKLIST_PDF)).get(0);
        assertThat(checklist.indexOf(heading)).isGreaterThanOrEqualTo(0)
                .isLessThan(checklist.indexOf("Questions for your clinic visit"));
        if (expectedRoute(name).equals("not-assessed")) // the unasked questions are listed
            assertThat(body).contains(KnowledgeBase.get().redFlag("blood_in_stool_or_black_stool").orElseThrow()
                    .question().replace("'", "&#39;"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"urgent-care", "clinician-first", "standard", "not-assessed"})
    void fhirRouteAndRedFlagsAreObservationsWithInterpretation(String name) {
        Report r = REPORTS.get(name);
        Bundle b = RenderTest.parseStrict(FhirReportWriter.toJson(r));
        DiagnosticReport dr = (DiagnosticReport) b.getEntryFirstRep().getResource();
        Observation route = RenderTest.find(b, dr.getResult().get(0).getReference());
        assertThat(route.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo(name);
        String conclusion = dr.getConclusion();
        switch (name) {
            case "urgent-care" -> {
                assertThat(conclusion).startsWith("URGENT CARE");
                assertThat(route.getInterpretationFirstRep().getCodingFirstRep().getCode()).isEqualTo("AA");
                Observation flag = RenderTest.find(b, dr.getResult().get(1).getReference());
                assertThat(flag.getInterpretationFirstRep().getText()).isEqualTo("urgent-care");
                assertThat(flag.getNoteFirstRep().getText()).startsWith("Time frame: today.");
            }
            case "clinician-first" -> {
                assertThat(conclusion).startsWith("CLINICIAN FIRST");
                assertThat(route.getInterpretationFirstRep().getCodingFirstRep().getCode()).isEqualTo("A");
            }
            case "standard" -> {
                assertThat(route.getInterpretationFirstRep().getCodingFirstRep().getCode()).isEqualTo("N");
                assertThat(dr.getResult()).hasSize(1 + r.diversity().values().size() + 2
                        + r.metabolites().guilds().size());
            }
            default -> {
                assertThat(conclusion).startsWith("NOT ASSESSED");
                assertThat(route.getInterpretation()).isEmpty();
                assertThat(route.getNote()).anySatisfy(n -> assertThat(n.getText()).startsWith("Not asked:"));
            }
        }
    }
}
