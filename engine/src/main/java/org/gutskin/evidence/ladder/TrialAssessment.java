package org.gutskin.evidence.ladder;

import java.util.List;
import org.gutskin.evidence.kb.Trial;
import org.gutskin.evidence.kb.Wording;

/**
 * One trial's certainty within a lane ({@link CertaintyRule#assess}): the design's starting level, each downgrade
 * in words, the resulting level, the weight it carries when null and favourable results are weighed, and the
 * phrase its statement is led by in this lane (never stronger than the lane's).
 */
public record TrialAssessment(Trial trial, Certainty start, List<String> downgrades, Certainty certainty, double weight,
        Wording wording) {

    public TrialAssessment {
        downgrades = List.copyOf(downgrades);
    }
}
