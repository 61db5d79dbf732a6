package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.ladder.ConditionLadder;
import org.gutskin.evidence.ladder.EvidenceLadder;
import org.gutskin.evidence.ladder.LadderJson;
import org.gutskin.evidence.label.LabelChecker;
import org.gutskin.evidence.label.LabelVerdictJson;
import org.gutskin.evidence.triage.Triage;

/**
 * The label checker and evidence ladder through the evidence engine, answering the same JSON as
 * {@code gutskin label --json} and {@code gutskin evidence --json} (without triage answers or a question: route
 * {@code standard}, no red flags).
 */
public final class EngineEvidenceService implements EvidenceService {

    private final KnowledgeBase kb = KnowledgeBase.get();
    private final LabelChecker checker = new LabelChecker(kb);

    @Override
    public JsonNode checkLabel(String text, String condition) {
        return LabelVerdictJson.toNode(checker.evaluate(text, condition), kb.version());
    }

    @Override
    public JsonNode ladder(String condition) {
        List<ConditionLadder> ladders = condition == null || condition.isBlank() ? EvidenceLadder.all(kb)
                : List.of(EvidenceLadder.forCondition(kb, condition));
        ObjectNode doc = LadderJson.document(List.of(), kb.version()).objectNode();
        doc.put("route", Triage.none().route().id());
        doc.putArray("redFlags");
        LadderJson.addEvidence(doc, ladders, kb.version(), kb.definitions());
        return doc;
    }
}
