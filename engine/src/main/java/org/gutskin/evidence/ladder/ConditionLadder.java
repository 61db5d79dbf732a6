package org.gutskin.evidence.ladder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gutskin.evidence.kb.CertaintyTier;
import org.gutskin.evidence.kb.Citation;

/**
 * The evidence ladder of one condition: its certainty tier with the reason, and the rungs strongest first
 * (guideline, trial, association, mechanism). Rungs without verified statements are left out.
 */
public record ConditionLadder(String conditionId, String name, CertaintyTier certaintyTier, String certaintyNote,
        List<Citation> certaintyCitations, List<LadderRung> rungs) {

    public ConditionLadder {
        certaintyCitations = List.copyOf(certaintyCitations);
        rungs = List.copyOf(rungs);
    }

    /** Every statement, strongest rung first. */
    public List<LadderStatement> statements() {
        return rungs.stream().flatMap(r -> r.statements().stream()).toList();
    }

    /** The distinct citations of the ladder, in order of first use. */
    public Set<Citation> citations() {
        Set<Citation> all = new LinkedHashSet<>(certaintyCitations);
        statements().forEach(s -> all.addAll(s.citations()));
        return all;
    }
}
