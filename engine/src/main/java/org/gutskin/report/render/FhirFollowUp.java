package org.gutskin.report.render;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.gutskin.report.model.FollowUp;
import org.gutskin.report.model.FollowUp.Change;
import org.gutskin.report.model.FollowUp.TimePoint;
import org.gutskin.report.model.Report;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Specimen;

/**
 * The follow-up part of the one FHIR DiagnosticReport: per time point, one Observation per measure (local code
 * {@code followup-<measure>}, the sample's collection date as {@code effectiveDateTime}, its own Specimen), the
 * Bray–Curtis distances to the first and previous sample, and each change against the band as a component whose
 * value is the verdict's words (never more than "larger than day-to-day variation"). The DiagnosticReport lists
 * them all as results; {@link FhirReportWriter} links every Observation and Specimen to the one Patient.
 */
final class FhirFollowUp {

    private FhirFollowUp() {}

    static List<Observation> observations(Report r, Date issued, List<Specimen> specimens) {
        FollowUp f = r.followUp();
        List<Observation> out = new ArrayList<>();
        List<TimePoint> tp = f.timePoints();
        for (int i = 0; i < tp.size(); i++) {
            TimePoint t = tp.get(i);
            String tag = "tp" + (i + 1);
            String specimenId;
            if (t.sample().equals(r.sample())) specimenId = FhirReportWriter.id(r, "specimen");
            else {
                Specimen s = new Specimen();
                s.setId(FhirReportWriter.id(r, "specimen-" + tag));
                s.addIdentifier(new Identifier().setSystem(FhirReportWriter.LOCAL + ":sample-id").setValue(t.sample()));
                s.setType(new CodeableConcept(new Coding("http://snomed.info/sct", "119339001", "Stool specimen"))
                        .setText("stool"));
                if (t.date() != null) s.getCollection().setCollected(new DateTimeType(t.date()));
                specimens.add(s);
                specimenId = s.getIdElement().getIdPart();
            }
            List<Change> changes = t.changes();
            for (var e : t.diversity().entrySet())
                out.add(point(r, issued, tag, t, specimenId, e.getKey(), "alpha diversity: " + e.getKey(), e.getValue(),
                        "observed".equals(e.getKey()) || "chao1".equals(e.getKey()) ? "{species}" : "1", changes));
            out.add(point(r, issued, tag, t, specimenId, "gmwi2", "GMWI2", t.gmwi2(), "1", changes));
            out.add(point(r, issued, tag, t, specimenId, "gmhi", "GMHI", t.gmhi(), "1", changes));
            for (var e : t.guilds().entrySet())
                out.add(point(r, issued, tag, t, specimenId, "guild-" + e.getKey(), "metabolite guild " + e.getKey(),
                        e.getValue(), "%", changes));
            if (t.distanceToFirst() != null)
                out.add(point(r, issued, tag, t, specimenId, "braycurtis-to-first",
                        "Bray-Curtis distance to the first sample", t.distanceToFirst(), "1", List.of()));
            if (t.distanceToPrevious() != null)
                out.add(point(r, issued, tag, t, specimenId, "braycurtis",
                        "Bray-Curtis distance to the previous sample", t.distanceToPrevious(), "1", changes));
        }
        return out;
    }

    private static Observation point(Report r, Date issued, String tag, TimePoint t, String specimenId, String measure,
            String display, Double value, String unit, List<Change> changes) {
        Observation o = FhirReportWriter.observation(r, "followup-" + measure, "Follow-up, " + display, issued);
        o.setId(FhirReportWriter.id(r, "obs-followup-" + tag + "-" + measure));
        o.setSpecimen(new Reference("urn:uuid:" + specimenId));
        if (t.date() != null) o.setEffective(new DateTimeType(t.date()));
        if (value != null && !value.isNaN()) o.setValue(FhirReportWriter.quantity(value, unit));
        else o.setDataAbsentReason(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/data-absent-reason", "not-a-number", "Not a Number (NaN)")));
        o.addNote(new Annotation().setText("Sample " + t.sample() + (t.date() == null ? " (no date given)" : "")));
        for (Change c : changes)
            if (c.measure().equals(measure)) {
                var comp = o.addComponent().setCode(FhirReportWriter.local("change-from-previous",
                        "Change from the previous sample against day-to-day variation"));
                comp.setValue(new CodeableConcept(new Coding(FhirReportWriter.LOCAL, code(c.verdict()), c.verdict()))
                        .setText(c.verdict() + (c.change() == null ? "" : " (change " + HtmlReportWriter.num(c.change())
                                + (c.band() == null ? "" : ", band " + HtmlReportWriter.num(c.band())) + ")")));
            }
        return o;
    }

    private static String code(String verdict) {
        return switch (verdict) {
            case FollowUp.ChangeBand.WITHIN -> "within-day-to-day-variation";
            case FollowUp.ChangeBand.LARGER -> "larger-than-day-to-day-variation";
            case FollowUp.ChangeBand.NO_BAND -> "no-band";
            default -> "not-computable";
        };
    }
}
