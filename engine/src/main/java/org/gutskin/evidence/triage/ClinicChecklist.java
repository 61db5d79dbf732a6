package org.gutskin.evidence.triage;

import java.util.ArrayList;
import java.util.List;
import org.gutskin.evidence.kb.ChecklistItem;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.RedFlagEntry;

/**
 * The "clinic discussion checklist": questions to take to an appointment. Raised red flags come first (as "Tell
 * the doctor …" items), then the condition's questions, then the general ones (bring the exact label …).
 */
public final class ClinicChecklist {

    private ClinicChecklist() {}

    /** For a condition (null: general items only) and a triage result (null: none). */
    public static List<ChecklistItem> forCondition(KnowledgeBase kb, String conditionId, TriageResult triage) {
        List<ChecklistItem> out = new ArrayList<>();
        if (triage != null)
            for (RedFlagEntry r : triage.redFlags())
                out.add(new ChecklistItem("Tell the doctor first: " + r.question() + " (you answered yes)", r.citations()));
        if (conditionId != null) out.addAll(kb.condition(conditionId).checklist());
        out.addAll(kb.generalChecklist());
        return out;
    }

    public static List<ChecklistItem> forCondition(String conditionId, TriageResult triage) {
        return forCondition(KnowledgeBase.get(), conditionId, triage);
    }
}
