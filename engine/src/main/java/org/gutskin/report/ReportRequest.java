package org.gutskin.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.AgeBand;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.triage.Triage;
import org.gutskin.io.InputException;
import org.gutskin.report.model.Accession;
import org.gutskin.report.render.ReportFormat;

/**
 * What a report is asked for, read from the text either door receives — {@code gutskin report}'s options or the
 * query parameters of {@code GET /api/samples/{id}/report} — and checked here, once, so a bad value gets the same
 * one-line message whichever door it came in by: an {@link InputException} naming the field ({@code format},
 * {@code condition}, {@code answers}, {@code age}, {@code audience}, {@code collected} …). Each door maps it once (exit code, HTTP 400) and adds what only
 * it has (the CLI's skin profile and batch answers, the service's stored triage and upload checksum).
 *
 * @param format     the rendering asked for
 * @param conditions the condition ids asked, checked against the knowledge base, in manifest order (empty: the
 *                   manifest's default conditions)
 * @param answers    the triage answers (a missing key is "not asked"), keys checked against the knowledge base
 * @param readerAge  the reader's age band, or null when none was given (every lane shown, none marked)
 * @param audience   who the report is for ({@code audience}: {@link Audience}; not given = the full report)
 * @param accession  what the lab knows about the specimen ({@code subject}, {@code collected}, {@code received},
 *                   {@code performer}, {@code status}, checked by {@link Accessions#parse}); null when none was given
 */
public record ReportRequest(ReportFormat format, List<String> conditions, Map<String, Boolean> answers,
        AgeBand readerAge, Audience audience, Accession accession) {

    /** For the full audience, without an accession. */
    public ReportRequest(ReportFormat format, List<String> conditions, Map<String, Boolean> answers,
            AgeBand readerAge) {
        this(format, conditions, answers, readerAge, Audience.FULL, null);
    }

    /** Where answers text may come from: the command line may name a file; a request to the service never does. */
    public enum AnswersFrom { INLINE_OR_FILE, INLINE_ONLY }

    public ReportRequest {
        conditions = List.copyOf(conditions);
        answers = Map.copyOf(answers);
        if (audience == null) audience = Audience.FULL;
    }

    /** The same request for the audience named by {@code text} (null or blank: the full report); checked. */
    public ReportRequest withAudience(String text) {
        return new ReportRequest(format, conditions, answers, readerAge, Audience.of(text), accession);
    }

    /**
     * The same request with the specimen's accession, checked ({@link Accessions#parse}; {@code prefix} names the
     * fields in messages: {@code "--"} on the command line, {@code ""} for query parameters).
     */
    public ReportRequest withAccession(String subject, String collected, String received, String performer,
            String status, String prefix) {
        return new ReportRequest(format, conditions, answers, readerAge, audience,
                Accessions.parse(subject, collected, received, performer, status, prefix));
    }

    /**
     * Reads and checks every field; {@code conditions} may hold comma-separated ids (blank entries ignored),
     * {@code answers} and {@code age} may be null or blank (not given).
     */
    public static ReportRequest parse(String format, List<String> conditions, String answers, AnswersFrom from,
            String age) {
        return new ReportRequest(format(format), conditions(conditions), answers(answers, from), readerAge(age));
    }

    /** {@code json}, {@code html}, {@code pdf}, {@code fhir} or {@code checklist-pdf}. */
    public static ReportFormat format(String text) {
        if (text == null || text.isBlank()) throw new InputException("format", 0, "a report format is required ("
                + formats() + ")", null);
        return ReportFormat.of(text);
    }

    /** The ids asked (each may be a comma-separated list), checked, in manifest order; empty when none. */
    public static List<String> conditions(List<String> asked) {
        List<String> ids = new ArrayList<>();
        if (asked != null)
            for (String a : asked)
                for (String id : a.split(",")) if (!id.isBlank()) ids.add(id.strip());
        return ids.isEmpty() ? List.of() : KnowledgeBase.get().conditionIds(ids);
    }

    /**
     * A JSON object of booleans given inline (it starts with '{'), or, where the door allows it, the name of a file
     * holding one; null or blank: no answers.
     */
    public static Map<String, Boolean> answers(String text, AnswersFrom from) {
        if (text == null || text.isBlank()) return Map.of();
        String t = text.strip();
        if (t.startsWith("{")) return Triage.parseAnswers(t, "answers");
        if (from == AnswersFrom.INLINE_ONLY)
            throw new InputException("answers", 0, "expected a JSON object of booleans, e.g. {\"infection_signs\": false}",
                    null);
        return TriageAnswers.readFile(t);
    }

    /** Years ({@code 0.5}, {@code 7}, {@code 42}) or {@code infant}, {@code child}, {@code adult}; null or blank: none. */
    public static AgeBand readerAge(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return AgeBand.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    /** The report options of this request; the door adds a skin profile, a checksum or who answered. */
    public ReportOptions options() {
        return new ReportOptions(null, null, conditions, answers, null, null, null).withReaderAge(readerAge)
                .withAudience(audience).withAccession(accession);
    }

    private static String formats() {
        return String.join(", ", java.util.Arrays.stream(ReportFormat.values()).map(ReportFormat::label).toList());
    }
}
