package org.gutskin.evidence.ladder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gutskin.evidence.kb.AgeBand;
import org.gutskin.evidence.kb.CertaintyTier;
import org.gutskin.evidence.kb.Citation;

/**
 * The evidence ladder of one condition: its certainty tier with the reason, and the rungs strongest first
 * (guideline, trial, association, mechanism). Rungs without verified statements are left out. The trial evidence is
 * also given per population × purpose lane ({@link CertaintyRule}); with a reader's age band the reader's lanes come
 * first. A trial's phrase on the flat trial rung is its weakest over its lanes.
 */
public record ConditionLadder(String conditionId, String name, CertaintyTier certaintyTier, String certaintyNote,
        List<Citation> certaintyCitations, List<LadderRung> rungs, List<Lane> lanes, AgeBand readerAge) {

    public ConditionLadder {
        certaintyCitations = List.copyOf(certaintyCitations);
        rungs = List.copyOf(rungs);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
    }

    /** The lane for an age band and purpose, or null. */
    public Lane lane(AgeBand band, org.gutskin.evidence.kb.Purpose purpose) {
        return lanes.stream().filter(l -> l.ageBand() == band && l.purpose() == purpose).findFirst().orElse(null);
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
