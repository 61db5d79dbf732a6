package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How the triage was done: how many of the questions were asked, which were not (listed so a not-assessed report
 * can show them), the answer conflicts found (kept as given), and who answered, when and through which door
 * ({@code cli}, {@code web-form}, {@code api}, {@code batch-file}); null when not known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TriageStatus(int asked, int total, List<Question> notAsked, List<String> conflicts, String answeredBy,
        String answeredAt, String answeredVia) {

    /** A question by its key. */
    public record Question(String id, String question) {}

    public TriageStatus {
        notAsked = List.copyOf(notAsked);
        conflicts = List.copyOf(conflicts);
    }
}
