package org.gutskin.report;

import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.AgeBand;
import org.gutskin.profile.Profile;
import org.gutskin.report.metabolite.FunctionTable;

/**
 * What a report is asked for besides the gut profile and sample: an optional skin-swab profile (and its sample id,
 * null = the only sample, or the one with the gut sample's id), the conditions (empty = all five, contract order),
 * the triage answers (missing key = not asked) and who gave them (null: not recorded), and, when the profile did not come from a file on this machine
 * (e.g. an upload), the input's SHA-256; the reader's age band ({@code --age}; null = not given: every trial lane is
 * shown, labelled, none marked as the reader's); who the report is for ({@code --audience}; null = the full report)
 * and what the lab knows about the specimen ({@code --subject}, {@code --collected}, {@code --received},
 * {@code --performer}, {@code --status}; null = nothing).
 */
public record ReportOptions(Profile skin, String skinSample, List<String> conditions, Map<String, Boolean> answers,
        String inputSha256, String skinInputSha256, TriageProvenance answeredBy, FunctionTable functions,
        AgeBand readerAge, Audience audience, org.gutskin.report.model.Accession accession) {

    /** For the full audience, without an accession. */
    public ReportOptions(Profile skin, String skinSample, List<String> conditions, Map<String, Boolean> answers,
            String inputSha256, String skinInputSha256, TriageProvenance answeredBy, FunctionTable functions,
            AgeBand readerAge) {
        this(skin, skinSample, conditions, answers, inputSha256, skinInputSha256, answeredBy, functions, readerAge,
                Audience.FULL, null);
    }

    /** Without the reader's age (all lanes shown, none marked). */
    public ReportOptions(Profile skin, String skinSample, List<String> conditions, Map<String, Boolean> answers,
            String inputSha256, String skinInputSha256, TriageProvenance answeredBy, FunctionTable functions) {
        this(skin, skinSample, conditions, answers, inputSha256, skinInputSha256, answeredBy, functions, null);
    }

    /** Without a HUMAnN 3 functions table (the metabolite lane is then inferred from taxa). */
    public ReportOptions(Profile skin, String skinSample, List<String> conditions, Map<String, Boolean> answers,
            String inputSha256, String skinInputSha256, TriageProvenance answeredBy) {
        this(skin, skinSample, conditions, answers, inputSha256, skinInputSha256, answeredBy, null);
    }

    /** The same request with a HUMAnN 3 table ({@code --functions}): the metabolite lane measures guilds from genes. */
    public ReportOptions withFunctions(FunctionTable f) {
        return new ReportOptions(skin, skinSample, conditions, answers, inputSha256, skinInputSha256, answeredBy, f,
                readerAge, audience, accession);
    }

    public ReportOptions {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        if (audience == null) audience = Audience.FULL;
    }

    /** The same request for another reader ({@code --audience}). */
    public ReportOptions withAudience(Audience a) {
        return new ReportOptions(skin, skinSample, conditions, answers, inputSha256, skinInputSha256, answeredBy,
                functions, readerAge, a, accession);
    }

    /** The same request with the specimen's accession data (FHIR subject, dates, lab, status). */
    public ReportOptions withAccession(org.gutskin.report.model.Accession a) {
        return new ReportOptions(skin, skinSample, conditions, answers, inputSha256, skinInputSha256, answeredBy,
                functions, readerAge, audience, a);
    }

    /** Without a record of who answered the triage questions. */
    public ReportOptions(Profile skin, String skinSample, List<String> conditions, Map<String, Boolean> answers,
            String inputSha256, String skinInputSha256) {
        this(skin, skinSample, conditions, answers, inputSha256, skinInputSha256, null);
    }

    /** All five conditions, no answers, no skin profile. */
    public static ReportOptions defaults() {
        return new ReportOptions(null, null, List.of(), Map.of(), null, null);
    }

    public ReportOptions withConditions(List<String> c) {
        return new ReportOptions(skin, skinSample, c, answers, inputSha256, skinInputSha256, answeredBy, functions, readerAge, audience, accession);
    }

    public ReportOptions withAnswers(Map<String, Boolean> a) {
        return new ReportOptions(skin, skinSample, conditions, a, inputSha256, skinInputSha256, answeredBy, functions, readerAge, audience, accession);
    }

    public ReportOptions withSkin(Profile p, String sample) {
        return new ReportOptions(p, sample, conditions, answers, inputSha256, skinInputSha256, answeredBy, functions, readerAge, audience, accession);
    }

    /** The same request with answers and who gave them (a batch's per-sample answers). */
    public ReportOptions withAnswers(Map<String, Boolean> a, TriageProvenance by) {
        return new ReportOptions(skin, skinSample, conditions, a, inputSha256, skinInputSha256, by, functions, readerAge, audience, accession);
    }

    /** The same request for a reader of this age band ({@code --age}; null = not given): their lanes come first, marked. */
    public ReportOptions withReaderAge(AgeBand age) {
        return new ReportOptions(skin, skinSample, conditions, answers, inputSha256, skinInputSha256, answeredBy,
                functions, age, audience, accession);
    }
}
