package org.gutskin.evidence.label;

import java.util.List;

/**
 * The answer to "what does the evidence say about this label?": the parsed label, the verdict, whether the
 * strain-level evidence supports trying the product as an adjunct for that condition and population
 * ({@code supportive}), the cited reasons, the disclaimer, the safety block (the person's context, the product's
 * traits, fired concerns and notes), and one {@link ConditionVerdict} per condition the label names. The top-level
 * condition, verdict and reasons summarise the most cautious of those (the first named, on a tie); {@code evidence}
 * holds, per organism, the trials of its strain for that condition (the checker's table of strains). Serialised with
 * the contract's stable keys by {@link LabelVerdictJson}.
 */
public record LabelVerdict(ParsedLabel label, String conditionId, Verdict verdict, boolean supportive,
        List<Reason> reasons, String disclaimer, LabelSafety safety, List<ConditionVerdict> conditions,
        List<OrganismEvidence> evidence) {

    public LabelVerdict {
        reasons = List.copyOf(reasons);
        conditions = List.copyOf(conditions);
        evidence = List.copyOf(evidence);
    }
}
