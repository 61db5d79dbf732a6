package org.gutskin.evidence.triage;

import java.util.ArrayList;
import java.util.List;
import org.gutskin.evidence.kb.ChecklistItem;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.RedFlagEntry;

/**
 * The "clinic discussion checklist": questions to take to an appointment. Raised red flags come first (one "Tell
 * the doctor first …" item naming every question answered yes, most urgent first), then the condition's questions, then the general ones (bring the exact label …).
 */
public final class ClinicChecklist {

    private ClinicChecklist() {}

    /** For a condition (null: general items only) and a triage result (null: none). */
    public static List<ChecklistItem> forCondition(KnowledgeBase kb, String conditionId, TriageResult triage) {
        List<ChecklistItem> out = new ArrayList<>();
        if (triage != null && !triage.redFlags().isEmpty()) {
            // one item for all raised flags, most urgent first: the page stays one page and readable with many
            List<String> qs = triage.redFlags().stream().map(RedFlagEntry::question).toList();
            List<org.gutskin.evidence.kb.Citation> cites = triage.redFlags().stream() // each flag's lead source
                    .map(r -> r.citations().get(0)).distinct().toList();
            out.add(new ChecklistItem("Tell the doctor first that you answered yes to: " + String.join(" ", qs),
                    cites));
        }
        if (conditionId != null) out.addAll(kb.condition(conditionId).checklist());
        out.addAll(kb.generalChecklist());
        return out;
    }

    public static List<ChecklistItem> forCondition(String conditionId, TriageResult triage) {
        return forCondition(KnowledgeBase.get(), conditionId, triage);
    }
}
