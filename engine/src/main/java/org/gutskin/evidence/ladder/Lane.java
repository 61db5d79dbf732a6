package org.gutskin.evidence.ladder;

import java.util.List;
import org.gutskin.evidence.kb.AgeBand;
import org.gutskin.evidence.kb.Purpose;
import org.gutskin.evidence.kb.Wording;

/**
 * One condition × population × purpose lane (e.g. infants — prevention): its certainty and phrase from
 * {@link CertaintyRule}, why (the downgrades, in words), each trial's own assessment, the guideline positions that
 * speak to this lane, and whether it is the reader's lane ({@code --age}).
 */
public record Lane(AgeBand ageBand, Purpose purpose, Certainty certainty, Wording wording, boolean nullDominated,
        double favourableWeight, double nullWeight, List<String> reasons, List<TrialAssessment> trials,
        List<LadderStatement> guidelines, boolean readerLane) {

    public Lane {
        reasons = List.copyOf(reasons);
        trials = List.copyOf(trials);
        guidelines = List.copyOf(guidelines);
    }

    /** "infant-prevention". */
    public String id() {
        return ageBand.word() + "-" + purpose.word();
    }

    /** "Infants — prevention". */
    public String label() {
        return ageBand.label() + " \u2014 " + purpose.word();
    }

    Lane asReaderLane() {
        return new Lane(ageBand, purpose, certainty, wording, nullDominated, favourableWeight, nullWeight, reasons,
                trials, guidelines, true);
    }
}
