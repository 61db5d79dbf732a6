package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One condition × population × purpose lane of the trial evidence ({@code CertaintyRule}), as the report shows it:
 * {@code id} ("infant-prevention"), {@code label} ("Infants — prevention"), the age band and purpose, whether it is
 * the reader's lane ({@code --age}), its certainty (high, moderate, low, very-low), the phrase its statements may
 * use at most, whether null results dominate, the reasons in words, the trials in it (id, certainty, downgrades)
 * and the guideline positions that name it.
 */
@JsonPropertyOrder({"id", "label", "ageBand", "purpose", "readerLane", "certainty", "phrase", "nullDominated",
        "reasons", "trials", "guidelines"})
public record ReportLane(String id, String label, String ageBand, String purpose, boolean readerLane,
        String certainty, String phrase, boolean nullDominated, List<String> reasons, List<LaneTrial> trials,
        List<Statement> guidelines) {

    public ReportLane {
        reasons = List.copyOf(reasons);
        trials = List.copyOf(trials);
        guidelines = List.copyOf(guidelines);
    }

    /** A trial's place in the lane: its certainty there, the downgrades in words, and the phrase it may use. */
    @JsonPropertyOrder({"id", "certainty", "phrase", "downgrades"})
    public record LaneTrial(String id, String certainty, String phrase, List<String> downgrades) {
        public LaneTrial {
            downgrades = List.copyOf(downgrades);
        }
    }
}
