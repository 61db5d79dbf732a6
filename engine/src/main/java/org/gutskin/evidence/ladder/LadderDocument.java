package org.gutskin.evidence.ladder;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.gutskin.evidence.kb.AgeBand;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.triage.QuestionAnswer;
import org.gutskin.evidence.triage.TriageJson;
import org.gutskin.evidence.triage.TriageResult;

/**
 * The evidence document that {@code gutskin evidence [--json]} and {@code GET /api/evidence} answer, built in one
 * place so the two doors cannot drift: which ladders (the condition asked; else the one a question is about; else
 * the manifest's default conditions), the reader's lanes first when an age is given, and the JSON —
 * the routing of answers and question first ({@link TriageJson}), then the knowledge-base version, the ladders and
 * the definitions.
 *
 * @param ladders  the ladders shown, in order
 * @param answers  the routing of triage answers, or null when none were given
 * @param question the routing of a free-text question, or null when none was asked
 */
public record LadderDocument(KnowledgeBase kb, List<ConditionLadder> ladders, TriageResult answers,
        QuestionAnswer question) {

    public LadderDocument {
        ladders = List.copyOf(ladders);
    }

    /**
     * The document for a condition (null or blank: the question's condition, else the defaults; unknown: an input
     * error), answers and question (either may be null) and the reader's age band (null: every lane, none marked).
     */
    public static LadderDocument of(KnowledgeBase kb, String condition, TriageResult answers, QuestionAnswer question,
            AgeBand reader) {
        String only = condition != null && !condition.isBlank() ? condition
                : question == null ? null : question.next().conditionId();
        List<ConditionLadder> ladders = only == null ? EvidenceLadder.all(kb, reader)
                : List.of(EvidenceLadder.forCondition(kb, only, reader));
        return new LadderDocument(kb, ladders, answers, question);
    }

    /** The routing fields of {@link TriageJson#put} first, then {@code knowledgeBase}, {@code conditions}, {@code definitions}. */
    public ObjectNode json() {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        TriageJson.put(doc, answers, question);
        LadderJson.addEvidence(doc, ladders, kb.version(), kb.definitions());
        return doc;
    }
}
