package org.gutskin.evidence.label;

import java.util.List;

/**
 * The answer to "what does the evidence say about this label?": the parsed label, the verdict, whether the
 * strain-level evidence supports trying the product as an adjunct for that condition and population
 * ({@code supportive}), the cited reasons, the disclaimer, and the safety block (the person's context, the
 * product's traits, fired concerns and notes). Serialised with the contract's stable keys by {@link LabelVerdictJson}.
 */
public record LabelVerdict(ParsedLabel label, String conditionId, Verdict verdict, boolean supportive,
        List<Reason> reasons, String disclaimer, LabelSafety safety) {

    public LabelVerdict {
        reasons = List.copyOf(reasons);
    }
}
