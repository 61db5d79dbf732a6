package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.RedFlagEntry;
import org.gutskin.evidence.kb.RedFlagGroup;
import org.gutskin.evidence.ladder.LadderDocument;
import org.gutskin.evidence.label.LabelChecker;
import org.gutskin.evidence.label.LabelVerdictJson;
import org.gutskin.evidence.label.SafetyContext;
import org.gutskin.evidence.triage.QuestionAnswer;
import org.gutskin.evidence.triage.QuestionRouter;
import org.gutskin.evidence.triage.Route;
import org.gutskin.evidence.triage.Triage;
import org.gutskin.evidence.triage.TriageJson;
import org.gutskin.evidence.triage.TriageResult;

/**
 * The label checker and evidence ladder through the evidence engine, answering the same JSON as
 * {@code gutskin label --json} and {@code gutskin evidence --json} (without triage answers or a question: route
 * {@code not-assessed}, no red flags).
 */
public final class EngineEvidenceService implements EvidenceService {

    private final KnowledgeBase kb = KnowledgeBase.get();
    private final LabelChecker checker = new LabelChecker(kb);

    @Override
    public JsonNode conditions() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("knowledgeBase", kb.version());
        ArrayNode list = out.putArray("conditions");
        for (var c : kb.conditions()) {
            ObjectNode n = list.addObject();
            n.put("id", c.id());
            n.put("name", c.name());
            ArrayNode a = n.putArray("aliases");
            c.aliases().forEach(a::add);
            n.put("certaintyTier", c.certaintyTier().word());
            n.put("default", kb.defaultConditionIds().contains(c.id()));
        }
        return out;
    }

    @Override
    public JsonNode checkLabel(String text, String condition, List<String> context, Map<String, Boolean> answers) {
        SafetyContext person = SafetyContext.of(kb, context, answers);
        return LabelVerdictJson.toNode(checker.evaluate(text, condition, person), kb.version());
    }

    @Override
    public JsonNode ladder(String condition, String question) {
        QuestionAnswer asked = question == null || question.isBlank() ? null : QuestionRouter.route(kb, question);
        return LadderDocument.of(kb, condition, null, asked, null).json();
    }

    @Override
    public String ladderSvg(String condition) {
        return org.gutskin.report.render.Charts.ladder(
                org.gutskin.report.ReportService.ladder(org.gutskin.evidence.ladder.EvidenceLadder.forCondition(kb, condition)));
    }

    @Override
    public JsonNode triageQuestions() {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("knowledgeBase", kb.version());
        ArrayNode groups = doc.putArray("groups");
        Map<RedFlagGroup, ArrayNode> byGroup = new EnumMap<>(RedFlagGroup.class);
        for (RedFlagEntry r : kb.redFlags()) {
            ArrayNode qs = byGroup.computeIfAbsent(r.group(), g -> {
                ObjectNode o = groups.addObject();
                o.put("id", g.word());
                o.put("title", g.title());
                return o.putArray("questions");
            });
            var q = qs.addObject().put("id", r.key()).put("question", r.question()).put("urgency", r.urgency().word())
                    .put("timeFrame", r.timeFrame());
            r.contexts().forEach(q.putArray("contexts")::add); // the label checker's context words (safety context)
        }
        ObjectNode routes = doc.putObject("routes");
        kb.routeHelp().forEach(routes::put);
        return doc;
    }

    @Override
    public JsonNode triage(Map<String, Boolean> answers, String question) {
        QuestionAnswer asked = question == null || question.isBlank() ? null : QuestionRouter.route(kb, question);
        TriageResult result = answers != null ? Triage.route(kb, answers) : asked == null ? Triage.notAsked(kb) : null;
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        TriageJson.put(doc, result, asked);
        return doc;
    }
}
