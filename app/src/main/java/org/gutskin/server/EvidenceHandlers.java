package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;

/** The label checker and the evidence ladder, answered by the evidence engine through {@link EvidenceService}. */
final class EvidenceHandlers {

    private final Services s;

    EvidenceHandlers(Services s) {
        this.s = s;
    }

    /** POST /api/label {text, condition?}: the verdict JSON of {@code gutskin label --json}. */
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
        ctx.json(s.evidence().checkLabel(text, condition));
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
}
