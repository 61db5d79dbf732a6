package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The one typed report, rendered by every writer (JSON, HTML, PDF, FHIR). Field order is display order: red flags
 * and route first (urgent-care and clinician-first outrank everything; not-assessed is shown as prominently), then the plain-language summary, diversity, indices, the
 * composition, the skin profile, taxa, the conditions (ladder, interventions), the checklist, provenance and the
 * disclaimer. The contract's stable JSON keys are {@code reportVersion, sample, generatedAt, provenance, redFlags,
 * route, diversity, indices, conditions, checklist, disclaimer}; the others are additions.
 *
 * @param redFlags the triage keys answered {@code true}, most urgent first
 * @param route    {@code urgent-care} or {@code clinician-first} when a red flag is set (the most urgent), else
 *                 {@code standard} when every question was asked and answered no, else {@code not-assessed}
 * @param checklist the clinic discussion questions (text), condition-specific first
 * @param checklistDetails the same questions with their citations
 * @param audience  null for the full report (the default), {@code clinician} or {@code patient}
 * @param accession the specimen's subject, dates, lab and report status (null when none was given)
 * @param qc        sample quality for the clinician summary
 * @param measures  the key measures against the healthy reference (range bars)
 * @param notCovered one line per condition not asked for
 * @param plain     the patient view (only for {@code audience = patient})
 * @param checklistLink where the one-page checklist PDF is: a file name beside the report, or the service's URL
 * @param branding  the performing lab's letterhead (null: unbranded, as from the command line)
 */
@JsonPropertyOrder({"reportVersion", "sample", "generatedAt", "audience", "accession", "route", "redFlags", "triage",
        "triageStatus", "summary", "plain", "qc", "measures", "diversity",
        "indices", "composition", "skin", "metabolites", "conditions", "notCovered", "checklist", "checklistLink", "checklistDetails", "followUp", "provenance", "warnings",
        "disclaimer", "branding"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String reportVersion, String sample, String generatedAt, ReportProvenance provenance,
        List<String> redFlags, String route, List<TriageFlag> triage, TriageStatus triageStatus,
        List<Statement> summary, Diversity diversity,
        Indices indices, List<TaxonShare> composition, SkinProfile skin, List<ConditionSection> conditions,
        List<String> checklist, List<Statement> checklistDetails, List<String> warnings, String disclaimer,
        Metabolites metabolites, String audience, Accession accession, SampleQc qc, List<KeyMeasure> measures,
        List<NotCovered> notCovered, PlainView plain, String checklistLink, Branding branding, FollowUp followUp) {

    public static final String VERSION = "1.0";

    /** Without the audience views, the accession and the focus lines (kept for callers that do not build them). */
    public Report(String reportVersion, String sample, String generatedAt, ReportProvenance provenance,
            List<String> redFlags, String route, List<TriageFlag> triage, TriageStatus triageStatus,
            List<Statement> summary, Diversity diversity, Indices indices, List<TaxonShare> composition,
            SkinProfile skin, List<ConditionSection> conditions, List<String> checklist,
            List<Statement> checklistDetails, List<String> warnings, String disclaimer, Metabolites metabolites) {
        this(reportVersion, sample, generatedAt, provenance, redFlags, route, triage, triageStatus, summary, diversity,
                indices, composition, skin, conditions, checklist, checklistDetails, warnings, disclaimer, metabolites,
                null, null, null, List.of(), List.of(), null, null, null, null);
    }

    /** The same report with a link to its checklist PDF (a file name beside it, or the service's URL). */
    public Report withChecklistLink(String link) {
        return new Report(reportVersion, sample, generatedAt, provenance, redFlags, route, triage, triageStatus,
                summary, diversity, indices, composition, skin, conditions, checklist, checklistDetails, warnings,
                disclaimer, metabolites, audience, accession, qc, measures, notCovered, plain, link, branding, followUp);
    }

    /** The same report on a lab's letterhead (null: unbranded). */
    public Report withBranding(Branding b) {
        return new Report(reportVersion, sample, generatedAt, provenance, redFlags, route, triage, triageStatus,
                summary, diversity, indices, composition, skin, conditions, checklist, checklistDetails, warnings,
                disclaimer, metabolites, audience, accession, qc, measures, notCovered, plain, checklistLink, b,
                followUp);
    }

    /** The same report (the latest sample's) with the subject's series over time: a follow-up report. */
    public Report withFollowUp(FollowUp f, String followUpDisclaimer) {
        return new Report(reportVersion, sample, generatedAt, provenance, redFlags, route, triage, triageStatus,
                summary, diversity, indices, composition, skin, conditions, checklist, checklistDetails, warnings,
                followUpDisclaimer, metabolites, audience, accession, qc, measures, notCovered, plain, checklistLink,
                branding, f);
    }

    /** The same report with another accession (a follow-up report names its subject and the latest date). */
    public Report withAccession(Accession a) {
        return new Report(reportVersion, sample, generatedAt, provenance, redFlags, route, triage, triageStatus,
                summary, diversity, indices, composition, skin, conditions, checklist, checklistDetails, warnings,
                disclaimer, metabolites, audience, a, qc, measures, notCovered, plain, checklistLink, branding, followUp);
    }

    /** Without the metabolite lane (kept for callers that do not build it). */
    public Report(String reportVersion, String sample, String generatedAt, ReportProvenance provenance,
            List<String> redFlags, String route, List<TriageFlag> triage, TriageStatus triageStatus,
            List<Statement> summary, Diversity diversity, Indices indices, List<TaxonShare> composition,
            SkinProfile skin, List<ConditionSection> conditions, List<String> checklist,
            List<Statement> checklistDetails, List<String> warnings, String disclaimer) {
        this(reportVersion, sample, generatedAt, provenance, redFlags, route, triage, triageStatus, summary, diversity,
                indices, composition, skin, conditions, checklist, checklistDetails, warnings, disclaimer, null);
    }

    public Report {
        redFlags = List.copyOf(redFlags);
        triage = List.copyOf(triage);
        summary = List.copyOf(summary);
        composition = List.copyOf(composition);
        conditions = List.copyOf(conditions);
        checklist = List.copyOf(checklist);
        checklistDetails = List.copyOf(checklistDetails);
        warnings = List.copyOf(warnings);
        measures = measures == null ? List.of() : List.copyOf(measures);
        notCovered = notCovered == null ? List.of() : List.copyOf(notCovered);
    }

    /** The clinician summary (two pages, then an appendix). */
    @JsonIgnore
    public boolean forClinician() {
        return "clinician".equals(audience);
    }

    /** The patient view (plain language, glossary). */
    @JsonIgnore
    public boolean forPatient() {
        return "patient".equals(audience);
    }

    /** A red flag was raised: urgent-care or clinician-first, shown above everything else. */
    @JsonIgnore
    public boolean flagged() {
        return "urgent-care".equals(route) || "clinician-first".equals(route);
    }

    @JsonIgnore
    public boolean urgent() {
        return "urgent-care".equals(route);
    }

    /** Not every question was asked and none was answered yes: shown prominently with the unasked questions. */
    @JsonIgnore
    public boolean notAssessed() {
        return "not-assessed".equals(route);
    }
}
