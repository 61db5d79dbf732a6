package org.gutskin.report;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gutskin.profile.Profile;
import org.gutskin.report.model.Report;
import org.gutskin.report.render.FhirReportWriter;
import org.gutskin.report.render.HtmlReportWriter;
import org.gutskin.report.render.JsonReportWriter;
import org.gutskin.report.render.ReportFormat;
import org.gutskin.report.render.ReportRenderer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every writer renders the same report: clinician-first routing comes before anything else in each format, input
 * strings stay inert (a sample id that is a script tag), the HTML is one well-formed self-contained page, the PDF
 * has "Not medical advice" on every page, and the FHIR Bundle parses strictly with HAPI.
 */
class RenderTest {

    static final String EVIL = "<script>alert(1)</script>";
    static Report redFlag;
    static Report evil;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        Profile p = ReportFixtures.read(ReportFixtures.gmwi2Example());
        redFlag = ReportFixtures.service().build(p, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults()
                .withConditions(List.of("atopic-dermatitis", "acne"))
                .withAnswers(Map.of("sore_that_bleeds_or_does_not_heal", true, "painful_or_scarring_acne", true)));
        Profile e = ReportFixtures.read(ReportFixtures.merged(dir, EVIL));
        evil = ReportFixtures.service().build(e, EVIL, ReportOptions.defaults().withConditions(List.of("acne")));
    }

    static byte[] render(Report r, ReportFormat f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.render(r, f, out);
        return out.toByteArray();
    }

    static List<String> pdfPages(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> pages = new java.util.ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(s.getText(d));
            }
            return pages;
        }
    }

    @Test
    void clinicianFirstOutranksEverythingInJson() throws Exception {
        String json = new String(render(redFlag, ReportFormat.JSON), StandardCharsets.UTF_8);
        int route = json.indexOf("\"route\" : \"clinician-first\"");
        assertThat(route).isPositive();
        for (String later : List.of("\"summary\"", "\"diversity\"", "\"indices\"", "\"conditions\"", "\"checklist\""))
            assertThat(json.indexOf(later)).as(later).isGreaterThan(route);
        assertThat(json.indexOf("\"redFlags\"")).isLessThan(json.indexOf("\"summary\""));
        assertThat(redFlag.summary().get(0).text()).startsWith("See a clinician first");
        assertThat(redFlag.checklist().get(0)).startsWith("Tell the doctor first");
    }

    @Test
    void clinicianFirstOutranksEverythingInHtml() {
        String html = HtmlReportWriter.render(redFlag);
        int alert = html.indexOf("id=\"route-clinician-first\"");
        assertThat(alert).isPositive();
        String body = html.substring(html.indexOf("<body"));
        assertThat(body.indexOf("See a clinician first")).isLessThan(body.indexOf("<h1>"));
        assertThat(body.indexOf("<h1>")).isLessThan(body.indexOf("Summary"));
        assertThat(HtmlReportWriter.render(evil)).doesNotContain("id=\"route-clinician-first\"")
                .contains("id=\"route-not-assessed\"");
        assertThat(HtmlReportWriter.renderChecklist(redFlag).indexOf("See a clinician first"))
                .isLessThan(HtmlReportWriter.renderChecklist(redFlag).indexOf("Questions for your clinic visit</h1>"));
    }

    @Test
    void clinicianFirstOutranksEverythingInPdfAndEveryPageSaysNotMedicalAdvice() throws Exception {
        List<String> pages = pdfPages(render(redFlag, ReportFormat.PDF));
        String first = pages.get(0);
        assertThat(first.indexOf("See a clinician first")).isGreaterThanOrEqualTo(0)
                .isLessThan(first.indexOf("Gut–skin microbiome report")).isLessThan(first.indexOf("Summary"));
        assertThat(pages).hasSizeGreaterThan(3).allSatisfy(p -> assertThat(p).contains("Not medical advice"));
        List<String> checklist = pdfPages(render(redFlag, ReportFormat.CHECKLIST_PDF));
        assertThat(checklist).hasSize(1);
        assertThat(checklist.get(0).indexOf("See a clinician first")).isLessThan(
                checklist.get(0).indexOf("Questions for your clinic visit"));
        assertThat(checklist.get(0)).contains("Not medical advice");
    }

    @Test
    void checklistIsOnePageEvenWithEveryRedFlagAndAllConditions() throws Exception {
        Map<String, Boolean> all = new java.util.HashMap<>();
        org.gutskin.evidence.kb.KnowledgeBase.get().redFlagKeys().forEach(k -> all.put(k, true));
        Report worst = ReportFixtures.service().build(ReportFixtures.read(ReportFixtures.gmwi2Example()),
                ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults().withAnswers(all));
        assertThat(worst.checklist()).hasSizeGreaterThan(15);
        List<String> pages = pdfPages(render(worst, ReportFormat.CHECKLIST_PDF));
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains(worst.checklist().get(worst.checklist().size() - 1).substring(0, 20));
    }

    @Test
    void clinicianFirstOutranksEverythingInFhir() {
        Bundle b = parseStrict(FhirReportWriter.toJson(redFlag));
        DiagnosticReport dr = (DiagnosticReport) b.getEntryFirstRep().getResource();
        assertThat(dr.getConclusion()).startsWith("CLINICIAN FIRST");
        Observation first = find(b, dr.getResult().get(0).getReference());
        assertThat(first.getCode().getCodingFirstRep().getCode()).isEqualTo("route");
        assertThat(first.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("clinician-first");
        assertThat(first.getInterpretationFirstRep().getCodingFirstRep().getCode()).isEqualTo("A");
        Observation flag = find(b, dr.getResult().get(1).getReference());
        assertThat(flag.getCode().getCodingFirstRep().getCode()).isEqualTo("red-flag-painful-or-scarring-acne");
        assertThat(flag.getValueBooleanType().booleanValue()).isTrue();
        assertThat(flag.getNoteFirstRep().getText()).startsWith("Time frame: within a few weeks.");
    }

    @Test
    void fhirBundleParsesStrictlyAndCarriesTheReportsNumbers() {
        Bundle b = parseStrict(FhirReportWriter.toJson(redFlag));
        assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        DiagnosticReport dr = (DiagnosticReport) b.getEntryFirstRep().getResource();
        assertThat(dr.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.FINAL);
        assertThat(dr.getResult()).hasSize(1 + redFlag.triage().size() + redFlag.diversity().values().size() + 2
                + redFlag.metabolites().guilds().size()); // route, red flags, diversity, GMWI2 + GMHI, guilds
        Observation shannon = byCode(b, "alpha-shannon");
        Quantity q = shannon.getValueQuantity();
        assertThat(q.getValue().doubleValue()).isEqualTo(redFlag.diversity().value("shannon"));
        assertThat(q.getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(shannon.getComponentFirstRep().getValueQuantity().getValue().doubleValue())
                .isEqualTo(redFlag.diversity().percentile("shannon"));
        Observation gmwi2 = byCode(b, "gmwi2");
        assertThat(gmwi2.getValueQuantity().getValue().doubleValue()).isEqualTo(redFlag.indices().gmwi2());
        assertThat(gmwi2.getMethod().getText()).contains("gmwi2@");
        assertThat(gmwi2.getComponentFirstRep().getValueCodeableConcept().getCodingFirstRep().getCode())
                .isEqualTo(redFlag.indices().gmwi2Call());
        org.hl7.fhir.r4.model.Specimen sp = (org.hl7.fhir.r4.model.Specimen) b.getEntry().get(b.getEntry().size() - 1).getResource();
        assertThat(sp.getIdentifierFirstRep().getValue()).isEqualTo(ReportFixtures.GMWI2_SAMPLE);
        // the evil sample id survives as data
        Bundle e = parseStrict(FhirReportWriter.toJson(evil));
        assertThat(((org.hl7.fhir.r4.model.Specimen) e.getEntry().get(e.getEntry().size() - 1).getResource())
                .getIdentifierFirstRep().getValue()).isEqualTo(EVIL);
    }

    @Test
    void scriptSampleIdIsInertInHtml() throws Exception {
        for (String html : List.of(HtmlReportWriter.render(evil), HtmlReportWriter.renderChecklist(evil))) {
            assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            // one well-formed XHTML document: the id did not break out of its element
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getElementsByTagName("script").getLength()).isZero();
            assertThat(doc.getDocumentElement().getTextContent()).contains(EVIL);
            // self-contained: no external resource is loaded (links are only followed on click)
            assertThat(html).doesNotContain("src=\"http").doesNotContain("<link ").doesNotContain("@import")
                    .contains("content=\"" + org.gutskin.io.Html.CSP + "\"");
        }
    }

    @Test
    void scriptSampleIdIsInertInPdf() throws Exception {
        for (ReportFormat f : List.of(ReportFormat.PDF, ReportFormat.CHECKLIST_PDF)) {
            byte[] pdf = render(evil, f);
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(String.join("\n", pdfPages(pdf))).contains(EVIL);
            String raw = new String(pdf, StandardCharsets.ISO_8859_1);
            assertThat(raw).doesNotContain("/JavaScript").doesNotContain("/JS ").doesNotContain("/OpenAction");
        }
    }

    @Test
    void jsonKeepsTheIdAsData() throws Exception {
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(JsonReportWriter.toJson(evil));
        assertThat(doc.get("sample").asText()).isEqualTo(EVIL);
    }

    static Bundle parseStrict(String json) {
        IParser p = FhirReportWriter.context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        return p.parseResource(Bundle.class, json);
    }

    static Observation find(Bundle b, String ref) {
        return b.getEntry().stream().filter(e -> e.getFullUrl().equals(ref)).map(e -> (Observation) e.getResource())
                .findFirst().orElseThrow();
    }

    static Observation byCode(Bundle b, String code) {
        return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof Observation o && o.getCode().getCodingFirstRep().getCode().equals(code))
                .map(r -> (Observation) r).findFirst().orElseThrow();
    }
}
