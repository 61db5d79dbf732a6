package org.gutskin.report;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gutskin.report.model.Accession;
import org.gutskin.report.render.FhirReportWriter;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 4: the report's FHIR Bundle validates against the FHIR R4 base profiles (structure definitions,
 * cardinalities, FHIRPath invariants, required bindings) with HAPI's instance validator, with no ERROR or FATAL
 * message — both with the lab's accession (subject, collected, received, performer, status) and without it. The
 * validator runs offline: the base definitions come from the jars, terminology from the in-memory and common-code-system
 * services, no terminology server. {@link AccessionFhirTest} covers the XML-schema check and the accession values.
 */
class FhirProfileValidationTest {

    private static FhirValidator validator;

    @BeforeAll
    static void validator() {
        FhirContext ctx = FhirReportWriter.context();
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx), new CommonCodeSystemsTerminologyService(ctx));
        validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    static List<SingleValidationMessage> messages(Bundle b) {
        return validator.validateWithResult(b).getMessages();
    }

    /** The messages for the JSON text the writer produces (what `report --format fhir` writes). */
    static List<SingleValidationMessage> messages(String json) {
        return validator.validateWithResult(json).getMessages();
    }

    static List<SingleValidationMessage> errors(List<SingleValidationMessage> ms) {
        return ms.stream().filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR
                || m.getSeverity() == ResultSeverityEnum.FATAL).toList();
    }

    static List<SingleValidationMessage> errors(Bundle b) {
        return errors(messages(b));
    }

    static String describe(List<SingleValidationMessage> ms) {
        return ms.stream().map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theBundleWithAnAccessionHasNoProfileError() {
        Accession a = Accessions.parse("P-0042", "2026-11-28", "2026-11-30T09:00:00Z", "Example Lab", "preliminary",
                "--");
        List<SingleValidationMessage> all = messages(FhirReportWriter.toJson(
                AccessionFhirTest.report(a, Map.of("infection_signs", true))));
        assertThat(all).as("the validator ran").isNotEmpty(); // it always warns (local code system, no narrative)
        assertThat(errors(all)).as(describe(all)).isEmpty();
    }

    @Test
    void theBundleWithoutAnAccessionHasNoProfileError() {
        List<SingleValidationMessage> all = messages(FhirReportWriter.toJson(AccessionFhirTest.report(null, Map.of())));
        assertThat(all).as("the validator ran").isNotEmpty();
        assertThat(errors(all)).as(describe(all)).isEmpty();
    }

    @Test
    void theValidatorCatchesABrokenReport() {
        // the check is not vacuous: a DiagnosticReport without its required code (1..1) and a report whose
        // status is not in the required ObservationStatus value set are both errors of the R4 base profiles
        Bundle b = FhirReportWriter.bundle(AccessionFhirTest.report(null, Map.of()));
        for (var e : b.getEntry()) {
            if (e.getResource() instanceof DiagnosticReport dr) dr.setCode(null);
        }
        List<SingleValidationMessage> errs = errors(b);
        assertThat(errs).as(describe(messages(b))).anyMatch(m -> m.getLocationString().contains("DiagnosticReport")
                && m.getMessage().contains("code"));

        // an invalid code in a required binding, in the JSON text the writer produces (the model refuses it); the
        // first status in the text is the DiagnosticReport's (entry 0)
        String json = FhirReportWriter.toJson(AccessionFhirTest.report(null, Map.of()));
        String bad = json.replaceFirst("\"status\": \"final\"", "\"status\": \"done\"");
        assertThat(bad).isNotEqualTo(json);
        List<SingleValidationMessage> c = validator.validateWithResult(bad).getMessages();
        assertThat(c).as(describe(c)).anyMatch(m -> (m.getSeverity() == ResultSeverityEnum.ERROR
                || m.getSeverity() == ResultSeverityEnum.FATAL) && m.getMessage().contains("done"));
    }
}
