package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The seam to the evidence engine (issue 5, package {@code org.gutskin.evidence}): the label checker and the
 * evidence ladder, each answering the same JSON the command line prints with {@code --json}. The service wires
 * {@link EngineEvidenceService}.
 */
public interface EvidenceService {

    /** The verdict on a product label ({@code gutskin label --json}); condition may be null. */
    default JsonNode checkLabel(String text, String condition) {
        return checkLabel(text, condition, List.of(), Map.of());
    }

    /**
     * The verdict for a person with this safety context ({@code gutskin label --context … --answers … --json}):
     * context words and triage answers (either may be empty); an unknown word or key is an input error (400).
     */
    JsonNode checkLabel(String text, String condition, List<String> context, Map<String, Boolean> answers);

    /** The evidence ladder and its citations ({@code gutskin evidence --json}); condition may be null. */
    default JsonNode ladder(String condition) {
        return ladder(condition, null);
    }

    /**
     * The evidence ladder with the routing of a free-text question first ({@code gutskin evidence --question TEXT
     * --json}); condition and question may be null.
     */
    JsonNode ladder(String condition, String question);

    /**
     * The evidence ladder of one condition as the report draws it (the report's one ladder renderer,
     * {@code org.gutskin.report.render.Charts#ladder}): an SVG document. An unknown condition is an input error.
     */
    String ladderSvg(String condition);

    /**
     * Every condition of the knowledge base in manifest order: {@code {knowledgeBase, conditions[{id, name, aliases,
     * certaintyTier, default}]}}; {@code default} marks those a report or ladder covers when none is asked.
     */
    JsonNode conditions();

    /**
     * The triage questions from the knowledge base, grouped as a form asks them, and a plain-language explanation
     * of each route: {@code {groups:[{id, title, questions:[{id, question, urgency, timeFrame}]}], routes:{id: text}}}.
     */
    JsonNode triageQuestions();

    /**
     * The routing of triage answers (null: none given) and a free-text question (null: none), in the one JSON shape
     * of {@code org.gutskin.evidence.triage.TriageJson}. With neither, the route is {@code not-assessed} and every
     * question is listed as not asked. Unknown keys are an {@code InputException} naming the key.
     */
    JsonNode triage(Map<String, Boolean> answers, String question);
}
