package org.gutskin.evidence.label;

import java.util.List;

/**
 * The answer to "what does the evidence say about this label?": the parsed label, the verdict, whether the
 * strain-level evidence supports trying the product as an adjunct for that condition and population
 * ({@code supportive}), the cited reasons, and the disclaimer. Serialised with the contract's stable keys by
 * {@link LabelVerdictJson}.
 */
public record LabelVerdict(ParsedLabel label, String conditionId, Verdict verdict, boolean supportive,
        List<Reason> reasons, String disclaimer) {

    public LabelVerdict {
        reasons = List.copyOf(reasons);
    }
}
