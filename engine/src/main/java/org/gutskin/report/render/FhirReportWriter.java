package org.gutskin.report.render;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gutskin.report.model.Accession;
import org.gutskin.report.model.GuildCapacity;
import org.gutskin.report.model.Report;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Specimen;
import org.hl7.fhir.r4.model.StringType;

/**
 * The report as a FHIR R4 {@code Bundle} (type collection): a {@code DiagnosticReport} whose results are
 * {@code Observation}s — the triage route first and one per red flag (urgency as interpretation, time frame in a
 * note; urgent-care and clinician-first outrank everything here too, and the conclusion starts with the route), then one per diversity metric (with its reference percentile as a component) and
 * one per health index (with its call and model version) — and the {@code Specimen} carrying the sample id. When the
 * lab gave them ({@link Accession}): a {@code Patient} holding only the pseudonymous subject id (the subject of the
 * report, the specimen and every observation), the specimen's collection time (also the report's and observations'
 * effective time) and received time, the performing lab as an {@code Organization}, and the report status
 * ({@code final} unless told otherwise).
 *
 * <p>Codes: there are no LOINC codes for microbiome diversity metrics or these indices, so they use the local
 * code system {@value #LOCAL}; categories and units use HL7 and UCUM where they exist (v2-0074 {@code MB}
 * microbiology, observation-category {@code laboratory}, UCUM {@code 1} for dimensionless values, {@code %},
 * {@code {species}}); the stool specimen is SNOMED CT 119339001.
 */
public final class FhirReportWriter {

    /** The local code system of gutskin's own codes. */
    public static final String LOCAL = "urn:gutskin:fhir:CodeSystem:local";

    static final String UCUM = "http://unitsofmeasure.org";
    private static final FhirContext CTX = FhirContext.forR4Cached();

    private FhirReportWriter() {}

    public static FhirContext context() {
        return CTX;
    }

    /**
     * HAPI builds a resource type's definition on its first use: encoding an empty bundle with the report's resource
     * types does that ahead of the first render ({@link ReportRenderer#prepare}).
     */
    static void prepare() {
        Bundle b = new Bundle();
        for (Resource r : new Resource[] {new DiagnosticReport(), new Observation(), new Specimen()})
            b.addEntry().setResource(r);
        CTX.newJsonParser().encodeResourceToString(b);
    }

    public static String toJson(Report r) {
        return CTX.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle(r));
    }

    public static Bundle bundle(Report r) {
        Date issued = Date.from(java.time.Instant.parse(r.generatedAt()));
        Specimen specimen = new Specimen();
        specimen.setId(id(r, "specimen"));
        specimen.addIdentifier(new Identifier().setSystem(LOCAL + ":sample-id").setValue(r.sample()));
        specimen.setType(new CodeableConcept(new Coding("http://snomed.info/sct", "119339001", "Stool specimen"))
                .setText("stool"));
        Accession acc = r.accession() == null ? Accession.NONE : r.accession();
        Patient patient = null;
        if (acc.subject() != null) {
            patient = new Patient();
            patient.setId(id(r, "patient"));
            // a pseudonymous id only: no name, birth date or address ever enters the Bundle
            patient.addIdentifier(new Identifier().setSystem(LOCAL + ":subject").setValue(acc.subject()));
            specimen.setSubject(ref(patient));
        }
        Organization lab = null;
        // the lab named for this specimen, else the tenant's letterhead (name and postal address)
        String labName = acc.performer() != null ? acc.performer() : r.branding() == null ? null : r.branding().labName();
        if (labName != null) {
            lab = new Organization();
            lab.setId(id(r, "performer"));
            lab.setName(labName);
            if (r.branding() != null && labName.equals(r.branding().labName()) && r.branding().address() != null) {
                org.hl7.fhir.r4.model.Address a = lab.addAddress().setText(r.branding().address().strip());
                r.branding().addressLines().forEach(a::addLine);
            }
        }
        if (acc.collected() != null) specimen.getCollection().setCollected(new DateTimeType(acc.collected()));
        if (acc.received() != null) specimen.setReceivedTimeElement(new DateTimeType(acc.received()));

        List<Observation> obs = new ArrayList<>();
        obs.addAll(triage(r, issued));
        for (var e : r.diversity().values().entrySet()) {
            Observation o = observation(r, "alpha-" + e.getKey(), "Gut alpha diversity (species rank): " + e.getKey(), issued);
            if (e.getValue() != null && !e.getValue().isNaN())
                o.setValue(quantity(e.getValue(), e.getKey().equals("observed") || e.getKey().equals("chao1")
                        ? "{species}" : "1"));
            else o.setDataAbsentReason(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/data-absent-reason", "not-a-number", "Not a Number (NaN)")));
            Double p = r.diversity().percentile(e.getKey());
            if (p != null)
                o.addComponent().setCode(local("reference-percentile", "Percentile among the healthy reference: "
                        + r.diversity().reference().cohort() + ", " + r.diversity().reference().profiler() + ", n = "
                        + r.diversity().reference().size())).setValue(quantity(p, "%"));
            obs.add(o);
        }
        obs.add(index(r, "gmwi2", "Gut Microbiome Wellness Index 2", r.indices().gmwi2(), r.indices().gmwi2Call(),
                r.indices().gmwi2Note(), issued));
        obs.add(index(r, "gmhi", "Gut Microbiome Health Index", r.indices().gmhi(), r.indices().gmhiCall(),
                r.indices().gmhiNote(), issued));
        obs.addAll(metabolites(r, issued));
        List<Specimen> earlier = new ArrayList<>();
        if (r.followUp() != null) obs.addAll(FhirFollowUp.observations(r, issued, earlier));

        DiagnosticReport dr = new DiagnosticReport();
        dr.setId(id(r, "report"));
        dr.setStatus(DiagnosticReport.DiagnosticReportStatus.fromCode(acc.status()));
        if (patient != null) dr.setSubject(ref(patient));
        if (lab != null) dr.addPerformer(ref(lab));
        // the clinically relevant time of a lab report is the specimen's collection
        if (acc.collected() != null) dr.setEffective(new DateTimeType(acc.collected()));
        dr.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0074", "MB",
                "Microbiology")));
        dr.setCode(local("gut-skin-report", "Gut-skin microbiome report (evidence-graded)").setText(
                "Gut-skin microbiome report"));
        dr.setIssued(issued);
        dr.addSpecimen(new Reference("urn:uuid:" + specimen.getIdElement().getIdPart()));
        for (Observation o : obs) dr.addResult(new Reference("urn:uuid:" + o.getIdElement().getIdPart()));
        StringBuilder conclusion = new StringBuilder();
        if (r.urgent()) conclusion.append("URGENT CARE: red flag(s) ").append(String.join(", ", r.redFlags()))
                .append(". Seek medical care today, before acting on any microbiome finding.\n");
        else if (r.flagged()) conclusion.append("CLINICIAN FIRST: red flag(s) ").append(String.join(", ", r.redFlags()))
                .append(". See a clinician before acting on any microbiome finding.\n");
        else if (r.notAssessed()) conclusion.append("NOT ASSESSED: the warning-sign questions were not (all) asked;")
                .append(" no red flag has been ruled out.\n");
        r.summary().forEach(s -> conclusion.append(s.text()).append('\n'));
        for (var c : r.conditions()) {
            String line = laneLine(c);
            if (line != null) conclusion.append(line).append('\n');
        }
        conclusion.append(r.disclaimer());
        dr.setConclusion(conclusion.toString());
        dr.addIdentifier(new Identifier().setSystem(LOCAL + ":report").setValue(r.sample() + "@" + r.generatedAt()));
        if (r.branding() != null && r.branding().reportId() != null)
            dr.addIdentifier(new Identifier().setSystem(LOCAL + ":lab-report-id").setValue(r.branding().reportId()));

        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.COLLECTION);
        b.setTimestamp(issued);
        b.setId(id(r, "bundle"));
        add(b, dr);
        for (Observation o : obs) {
            if (patient != null) o.setSubject(ref(patient));
            if (lab != null) o.addPerformer(ref(lab));
            // a follow-up time point carries its own sample's date (FhirFollowUp); the rest are the latest sample's
            if (acc.collected() != null && !o.hasEffective()) o.setEffective(new DateTimeType(acc.collected()));
            add(b, o);
        }
        add(b, specimen);
        for (Specimen s : earlier) {
            if (patient != null) s.setSubject(ref(patient));
            add(b, s);
        }
        if (patient != null) add(b, patient);
        if (lab != null) add(b, lab);
        b.getMeta().addTag(new Coding(LOCAL, "software", "gutskin " + r.provenance().run().software() + "; knowledge base "
                + r.provenance().run().knowledgeBase() + "; input sha256 " + r.provenance().run().inputSha256()));
        return b;
    }

    /**
     * The route as the first Observation (value: the route code; interpretation: critical abnormal for urgent-care,
     * abnormal for clinician-first, normal for standard, none for not-assessed, whose note lists the questions not
     * asked), then one Observation per red flag answered yes (value true; interpretation by urgency; the time frame,
     * the reason and the sources in notes).
     */
    private static List<Observation> triage(Report r, Date issued) {
        List<Observation> out = new ArrayList<>();
        Observation route = observation(r, "route", "Triage route", issued);
        String display = switch (r.route()) {
            case "urgent-care" -> "Urgent care: same day";
            case "clinician-first" -> "See a clinician first";
            case "standard" -> "Standard: all warning-sign questions answered no";
            default -> "Not assessed: warning-sign questions not (all) asked";
        };
        route.setValue(new CodeableConcept(new Coding(LOCAL, r.route(), display)).setText(display));
        if (!r.notAssessed()) route.addInterpretation(interpretation(r.route()));
        var st = r.triageStatus();
        if (st != null) {
            route.addNote(new Annotation().setText(st.asked() + " of " + st.total() + " warning-sign questions asked"
                    + (st.answeredBy() == null ? "" : "; answered by " + st.answeredBy()) + (st.answeredAt() == null
                    ? "" : " at " + st.answeredAt()) + (st.answeredVia() == null ? "" : " (" + st.answeredVia() + ")")));
            if (r.notAssessed())
                route.addNote(new Annotation().setText("Not asked: " + String.join(" ", st.notAsked().stream()
                        .map(q -> q.question()).toList())));
            st.conflicts().forEach(c -> route.addNote(new Annotation().setText(c)));
        }
        out.add(route);
        for (var f : r.triage()) {
            Observation o = observation(r, "red-flag-" + f.id().replace('_', '-'), f.question(), issued);
            o.setValue(new org.hl7.fhir.r4.model.BooleanType(true));
            o.addInterpretation(interpretation(f.urgency()));
            o.addNote(new Annotation().setText("Time frame: " + f.timeFrame() + ". " + f.action()));
            o.addNote(new Annotation().setText("Sources: " + String.join("; ", f.citations())));
            o.addDerivedFrom(new Reference("urn:uuid:" + route.getIdElement().getIdPart()));
            out.add(o);
        }
        return out;
    }

    /** HL7 v3 ObservationInterpretation for a route or urgency: AA, A or N, with the route word as text. */
    private static CodeableConcept interpretation(String route) {
        String sys = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
        Coding c = switch (route) {
            case "urgent-care" -> new Coding(sys, "AA", "Critical abnormal");
            case "clinician-first" -> new Coding(sys, "A", "Abnormal");
            default -> new Coding(sys, "N", "Normal");
        };
        return new CodeableConcept(c).setText(route);
    }

    private static Observation index(Report r, String id, String name, Double value, String call, String note,
            Date issued) {
        Observation o = observation(r, id, name, issued);
        String dar = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
        if ("not-applicable".equals(call))
            o.setDataAbsentReason(new CodeableConcept(new Coding(dar, "not-applicable", "Not Applicable")).setText(note));
        else if ("no-call".equals(call))
            o.setDataAbsentReason(new CodeableConcept(new Coding(dar, "not-applicable", "Not Applicable")).setText(note));
        else if (value != null) o.setValue(quantity(value, "1"));
        else o.setDataAbsentReason(new CodeableConcept(new Coding(dar, "not-a-number", "Not a Number (NaN)")));
        if (note != null) o.addNote(new Annotation().setText(note));
        o.addComponent().setCode(local(id + "-call", name + " call")).setValue(new CodeableConcept(
                new Coding(LOCAL, call, call)));
        var m = r.provenance().run().models().get(id);
        if (m != null) {
            o.setMethod(new CodeableConcept().setText(m.tag() + " (" + m.name() + ", doi:" + m.doi() + ")"));
            o.addNote(new Annotation().setText("Model " + m.tag() + ", built for " + m.profiler()));
        }
        return o;
    }

    /**
     * One Observation per guild of the metabolite lane: local code {@code guild-<id>}, value in UCUM {@code %}, the
     * basis (inferred from taxa / measured from genes) as the method, the mechanism-tier lead and the guild's
     * statement in a note, the healthy-reference percentile as a component (taxa basis only).
     */
    private static List<Observation> metabolites(Report r, Date issued) {
        List<Observation> out = new ArrayList<>();
        if (r.metabolites() == null) return out;
        for (GuildCapacity g : r.metabolites().guilds()) {
            Observation o = observation(r, "guild-" + g.id(), "Gut microbial metabolite capacity: " + g.name(), issued);
            if (g.percent() != null) o.setValue(quantity(g.percent(), "%"));
            else o.setDataAbsentReason(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/data-absent-reason", "not-a-number", "Not a Number (NaN)")));
            o.setMethod(local("guild-basis", g.basis() + " (" + g.unit() + ")"));
            o.addNote().setText(r.metabolites().lead() + " " + g.statement()
                    + (g.citations().isEmpty() ? "" : " [" + String.join("; ", g.citations()) + "]"));
            if (g.note() != null) o.addNote().setText(g.note());
            if (g.percentile() != null && r.metabolites().reference() != null)
                o.addComponent().setCode(local("reference-percentile", "Percentile among the healthy reference: "
                        + r.metabolites().reference().cohort() + ", " + r.metabolites().reference().profiler()
                        + ", n = " + r.metabolites().reference().size())).setValue(quantity(g.percentile(), "%"));
            out.add(o);
        }
        return out;
    }

    static Observation observation(Report r, String code, String display, Date issued) {
        Observation o = new Observation();
        o.setId(id(r, "obs-" + code));
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
                "laboratory", "Laboratory")));
        o.setCode(local(code, display));
        o.setIssued(issued);
        o.setSpecimen(new Reference("urn:uuid:" + id(r, "specimen")));
        return o;
    }

    private static Reference ref(Resource res) {
        return new Reference("urn:uuid:" + res.getIdElement().getIdPart());
    }

    static CodeableConcept local(String code, String display) {
        return new CodeableConcept(new Coding(LOCAL, code, display)).setText(display);
    }

    static Quantity quantity(double v, String ucum) {
        return new Quantity().setValue(v).setSystem(UCUM).setCode(ucum).setUnit(ucum);
    }

    private static void add(Bundle b, Resource r) {
        b.addEntry().setFullUrl("urn:uuid:" + r.getIdElement().getIdPart()).setResource(r);
    }

    /** Stable ids: a name-based UUID of the sample, the generation time and the part. */
    static String id(Report r, String part) {
        return UUID.nameUUIDFromBytes((r.sample() + "|" + r.generatedAt() + "|" + part).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Map of local codes used (for documentation). */
    public static Map<String, String> localCodes() {
        return Map.of("gut-skin-report", "the report", "route", "triage route", "alpha-<metric>", "alpha diversity",
                "reference-percentile", "percentile among the healthy reference", "gmwi2", "GMWI2", "gmhi", "GMHI",
                "guild-<id>", "metabolite capacity of a functional guild", "guild-basis", "how a guild share was obtained");
    }

    /**
     * One conclusion line per condition about its trial lanes: the reader's lane(s) and certainty when an age was
     * given ("Atopic dermatitis, your lane Adults — treatment: certainty low (Some trial evidence, limited …)"),
     * otherwise each lane's certainty, labelled; null when the condition has no lane.
     */
    static String laneLine(org.gutskin.report.model.ConditionSection c) {
        if (c.lanes().isEmpty()) return null;
        var reader = c.readerLanes();
        if (!reader.isEmpty())
            return c.name() + ", trial evidence for your age group: " + String.join("; ", reader.stream()
                    .map(l -> l.label() + " certainty " + l.certainty() + " (" + l.phrase().replaceAll(":$", "") + ")")
                    .toList()) + ".";
        return c.name() + (c.readerAge() == null ? ", trial evidence by age group (no age given): "
                : ", no trial lane for your age group (" + c.readerAge() + "); other age groups: ")
                + String.join("; ", c.lanes().stream().map(l -> l.label() + " certainty " + l.certainty()).toList()) + ".";
    }
}
