package org.gutskin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gutskin.report.model.Branding;
import org.gutskin.report.model.Report;
import org.gutskin.report.render.FhirReportWriter;
import org.gutskin.report.render.HtmlReportWriter;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;

/**
 * A lab's letterhead on the report (issue 15, branding): in the HTML header and footer, escaped like every other
 * field; in FHIR as the performer Organization with its name and postal address, the Bundle still valid against the
 * R4 schemas; an explicitly named performer (--performer) wins over the letterhead's name; an unbranded report has
 * none of it.
 */
class BrandingRenderTest {

    private static final Branding LAB = new Branding("Acme <Lab> & Sons", "1 Lab Road\nCambridge CB1 1AA",
            "Dr A. Jones", "acme-2026-00007", null);

    @Test
    void theLetterheadIsInTheHtmlHeaderAndFooterEscaped() {
        Report r = AccessionFhirTest.report(null, Map.of()).withBranding(LAB);
        String html = HtmlReportWriter.render(r);
        assertThat(html).contains("class=\"letterhead\"").contains("Acme &lt;Lab&gt; &amp; Sons")
                .doesNotContain("Acme <Lab>").contains("1 Lab Road<br/>Cambridge CB1 1AA")
                .contains("authorised by Dr A. Jones").contains("acme-2026-00007");
        // header before the report's title, footer after its last disclaimer
        assertThat(html.indexOf("class=\"letterhead\"")).isLessThan(html.indexOf("<h1>"));
        assertThat(html.indexOf("class=\"brand-foot\"")).isGreaterThan(html.lastIndexOf("Not medical advice"));
        String plain = HtmlReportWriter.render(AccessionFhirTest.report(null, Map.of()));
        assertThat(plain).doesNotContain("class=\"letterhead\"").doesNotContain("class=\"brand-foot\"")
                .doesNotContain("class=\"brand-run\"")
                .doesNotContain("authorised by");
    }

    @Test
    void theLabIsTheFhirPerformerOrganizationAndTheBundleValidates() {
        Bundle b = FhirReportWriter.bundle(AccessionFhirTest.report(null, Map.of()).withBranding(LAB));
        assertThat(AccessionFhirTest.errors(b)).as("schema errors").isEmpty();
        Organization lab = AccessionFhirTest.only(b, Organization.class);
        DiagnosticReport dr = AccessionFhirTest.only(b, DiagnosticReport.class);
        assertThat(lab.getName()).isEqualTo("Acme <Lab> & Sons");
        assertThat(lab.getAddressFirstRep().getLine()).extracting(Object::toString)
                .containsExactly("1 Lab Road", "Cambridge CB1 1AA");
        assertThat(dr.getPerformerFirstRep().getReference()).isEqualTo("urn:uuid:" + lab.getIdElement().getIdPart());
        assertThat(dr.getIdentifier()).anyMatch(i -> "acme-2026-00007".equals(i.getValue()));

        // a performer named for this specimen wins, without the letterhead's address
        Report named = AccessionFhirTest.report(Accessions.parse(null, null, null, "Partner Lab", null, "--"), Map.of())
                .withBranding(LAB);
        Organization partner = AccessionFhirTest.only(FhirReportWriter.bundle(named), Organization.class);
        assertThat(partner.getName()).isEqualTo("Partner Lab");
        assertThat(partner.getAddress()).isEmpty();

        Bundle plain = FhirReportWriter.bundle(AccessionFhirTest.report(null, Map.of()));
        assertThat(plain.getEntry()).noneMatch(e -> e.getResource() instanceof Organization);
    }
}
