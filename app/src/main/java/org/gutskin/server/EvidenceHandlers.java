package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.triage.Triage;

/** The label checker and the evidence ladder, answered by the evidence engine through {@link EvidenceService}. */
final class EvidenceHandlers {

    private final Services s;

    EvidenceHandlers(Services s) {
        this.s = s;
    }

    /**
     * POST /api/label {text, condition?, context?: [words], answers?: {key: bool}}: the verdict JSON of
     * {@code gutskin label --json}, with the safety block for that context.
     */
    void label(Context ctx) {
        AuthHandlers.principal(ctx);
        JsonNode body;
        try {
            body = s.json().readTree(ctx.body());
        } catch (IOException e) {
            throw new ApiError(400, "request body: expected a JSON object {\"text\": …}");
        }
        String text = body == null ? "" : body.path("text").asText("");
        if (text.isBlank()) throw new ApiError(400, "text: the label text is required");
        if (text.length() > 20_000) throw new ApiError(400, "text: at most 20000 characters");
        String condition = body.hasNonNull("condition") ? body.get("condition").asText() : null;
        List<String> context = new ArrayList<>();
        JsonNode c = body.path("context");
        if (c.isTextual()) context.add(c.asText());
        else if (c.isArray()) {
            for (JsonNode w : c) {
                if (!w.isTextual()) throw new ApiError(400, "context: expected a list of words");
                context.add(w.asText());
            }
        } else if (!c.isMissingNode() && !c.isNull()) throw new ApiError(400, "context: expected a list of words");
        JsonNode a = body.path("answers");
        if (!a.isMissingNode() && !a.isNull() && !a.isObject())
            throw new ApiError(400, "answers: expected a JSON object of booleans");
        Map<String, Boolean> answers = a.isObject() ? Triage.parseAnswers(a.toString(), "answers") : Map.of();
        ctx.json(s.evidence().checkLabel(text, condition, context, answers));
    }

    /**
     * GET /api/conditions: every condition of the knowledge base in manifest order ({@code id}, {@code name},
     * {@code aliases}, {@code certaintyTier}, {@code default}): the ids {@code ?condition=} accepts everywhere.
     */
    void conditions(Context ctx) {
        AuthHandlers.principal(ctx);
        ctx.json(s.evidence().conditions());
    }

    /**
     * GET /api/evidence?condition=&question=: the ladder JSON of {@code gutskin evidence --json}; with a question,
     * its routing (route, flags with reasons, next step) comes first, as {@code --question TEXT --json} prints it.
     */
    void ladder(Context ctx) {
        AuthHandlers.principal(ctx);
        String question = ctx.queryParam("question");
        TriageHandlers.checkQuestion(question);
        ctx.json(s.evidence().ladder(ctx.queryParam("condition"), question));
    }

    /**
     * GET /api/evidence/ladder.svg?condition=ID: the condition's evidence ladder drawn as the report draws it (the
     * web UI's evidence page shows it beside the rungs' statements). No condition is 400.
     */
    void ladderSvg(Context ctx) {
        AuthHandlers.principal(ctx);
        String condition = ctx.queryParam("condition");
        if (condition == null || condition.isBlank()) throw new ApiError(400, "condition: a condition id is required");
        String svg = s.evidence().ladderSvg(condition.strip());
        ctx.contentType("image/svg+xml; charset=utf-8").result(svg);
    }
}
