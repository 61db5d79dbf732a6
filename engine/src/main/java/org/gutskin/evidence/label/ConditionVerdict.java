package org.gutskin.evidence.label;

import java.util.List;

/** The verdict for one condition a label names: its id, verdict, whether it is supportive, and the cited reasons. */
public record ConditionVerdict(String conditionId, Verdict verdict, boolean supportive, List<Reason> reasons) {

    public ConditionVerdict {
        reasons = List.copyOf(reasons);
    }
}
