package org.gutskin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.Map;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.report.model.Accession;
import org.gutskin.report.model.Report;
import org.gutskin.report.render.FhirReportWriter;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Specimen;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 4: the FHIR Bundle carries the pseudonymous subject, the specimen's collection and received times,
 * the performing lab and the report status; it validates against the FHIR R4 base schemas (the XML Schema of every
 * R4 resource, shipped in {@code hapi-fhir-validation-resources-r4}) with HAPI's {@link FhirValidator}, without an
 * error; and bad accession values are input errors naming the value. The profile-level check (structure
 * definitions, invariants, bindings) is {@link FhirProfileValidationTest}.
 */
class AccessionFhirTest {

    static Report report(Accession a, Map<String, Boolean> answers) {
        Profile p = ReportFixtures.read(ReportFixtures.gmwi2Example());
        return ReportFixtures.service().build(p, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults()
                .withConditions(List.of("atopic-dermatitis")).withAnswers(answers).withAccession(a));
    }

    static List<SingleValidationMessage> errors(Bundle b) {
        FhirValidator v = FhirReportWriter.context().newValidator();
        v.setValidateAgainstStandardSchema(true);
        v.setValidateAgainstStandardSchematron(false); // Schematron needs ph-schematron, not on the classpath
        ValidationResult r = v.validateWithResult(b);
        return r.getMessages().stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
    }

    @Test
    void subjectDatesPerformerAndStatusReachTheBundleAndItValidates() {
        Accession a = Accessions.parse("P-0042", "2026-11-28", "2026-11-30T09:00:00Z", "Example Lab", "preliminary",
                "--");
        Bundle b = FhirReportWriter.bundle(report(a, Map.of("infection_signs", true)));
        assertThat(errors(b)).as("schema errors").isEmpty();

        DiagnosticReport dr = only(b, DiagnosticReport.class);
        Patient patient = only(b, Patient.class);
        Organization lab = only(b, Organization.class);
        Specimen sp = only(b, Specimen.class);
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("P-0042");
        assertThat(patient.getName()).isEmpty(); // a pseudonymous id, nothing else about the person
        assertThat(dr.getSubject().getReference()).isEqualTo("urn:uuid:" + patient.getIdElement().getIdPart());
        assertThat(dr.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.PRELIMINARY);
        assertThat(dr.getPerformerFirstRep().getReference()).isEqualTo("urn:uuid:" + lab.getIdElement().getIdPart());
        assertThat(lab.getName()).isEqualTo("Example Lab");
        assertThat(sp.getCollection().getCollectedDateTimeType().getValueAsString()).isEqualTo("2026-11-28");
        assertThat(sp.getReceivedTimeElement().getValueAsString()).isEqualTo("2026-11-30T09:00:00Z");
        assertThat(sp.getSubject().getReference()).isEqualTo(dr.getSubject().getReference());
        assertThat(dr.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-11-28");
        for (var e : b.getEntry())
            if (e.getResource() instanceof Observation o)
                assertThat(o.getSubject().getReference()).isEqualTo(dr.getSubject().getReference());
    }

    @Test
    void withoutAccessionTheBundleStillValidatesAndIsFinal() {
        Bundle b = FhirReportWriter.bundle(report(null, Map.of()));
        assertThat(errors(b)).isEmpty();
        assertThat(only(b, DiagnosticReport.class).getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.FINAL);
        assertThat(b.getEntry()).noneMatch(e -> e.getResource() instanceof Patient);
    }

    @Test
    void theValidatorCatchesABrokenBundle() {
        // the check is not vacuous: an Observation without its required status and code fails the R4 schema
        Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
        b.addEntry().setFullUrl("urn:uuid:0f1e2d3c-0000-4000-8000-000000000001").setResource(new Observation());
        assertThat(errors(b)).isNotEmpty();
    }

    @Test
    void badValuesAreInputErrorsNamingTheValue() {
        assertThatThrownBy(() -> Accessions.parse(null, "2026-13-45", null, null, null, "--"))
                .isInstanceOf(InputException.class).hasMessageContaining("--collected").hasMessageContaining("'2026-13-45'");
        assertThatThrownBy(() -> Accessions.parse(null, "28/11/2026", null, null, null, "--"))
                .isInstanceOf(InputException.class).hasMessageContaining("'28/11/2026'");
        assertThatThrownBy(() -> Accessions.parse(null, null, "2026-11-30T09:00:00", null, null, "--"))
                .hasMessageContaining("--received").hasMessageContaining("offset");
        assertThatThrownBy(() -> Accessions.parse(null, "2026-11-30", "2026-11-29", null, null, "--"))
                .hasMessageContaining("--received: '2026-11-29'").hasMessageContaining("on or after the collection");
        assertThatThrownBy(() -> Accessions.parse("Jane Doe", null, null, null, null, "--"))
                .hasMessageContaining("--subject: 'Jane Doe'");
        assertThatThrownBy(() -> Accessions.parse(null, null, null, null, "done", "--"))
                .hasMessageContaining("--status: 'done'");
        assertThat(Accessions.parse(null, null, null, null, null, "--")).isNull();
        assertThat(Accessions.parse(null, null, null, null, "FINAL", "--")).isNull();
    }

    static <T> T only(Bundle b, Class<T> type) {
        List<T> all = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
        assertThat(all).as(type.getSimpleName()).hasSize(1);
        return all.get(0);
    }
}
