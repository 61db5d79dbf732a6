package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.gutskin.evidence.triage.Triage;

/**
 * The triage questions and their routing (issue 13, "every door asks"): the questions as the knowledge base holds
 * them, a stateless routing of answers and a free-text question, and answers stored for a sample before its report
 * is shown. Every answer is the one JSON shape of {@code TriageJson} (route, redFlags, flags, notAsked, conflicts,
 * nextStep, thenStep).
 */
final class TriageHandlers {

    /** A free-text question longer than this is refused (400). */
    static final int MAX_QUESTION = 2000;

    private final Services s;

    TriageHandlers(Services s) {
        this.s = s;
    }

    /** GET /api/triage/questions: the questions grouped as a form asks them, and what each route means. */
    void questions(Context ctx) {
        AuthHandlers.principal(ctx);
        ctx.json(s.evidence().triageQuestions());
    }

    /**
     * POST /api/triage {answers?: {key: bool}, question?: text}: the route of the answers and the question, stored
     * nowhere. With neither, {@code not-assessed}.
     */
    void route(Context ctx) {
        AuthHandlers.principal(ctx);
        JsonNode body = body(ctx, Set.of("answers", "question"));
        JsonNode q = body.path("question");
        if (!q.isMissingNode() && !q.isNull() && !q.isTextual()) throw new ApiError(400, "question: expected text");
        String question = q.isTextual() ? q.asText() : null;
        checkQuestion(question);
        ctx.json(s.evidence().triage(answers(body), question));
    }

    /**
     * POST /api/samples/{id}/triage {answers: {key: bool}} or {skipped: true}: stores the answers for the sample
     * (who, when, and {@code web-form} through a browser session or {@code api} through a token) and answers 201
     * with {@code triageId} and the routing. The report is then asked for with {@code ?triage=ID}. Skipping must be
     * explicit: an empty or missing {@code answers} without {@code skipped: true} is refused.
     */
    void storeForSample(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        long sampleId = SampleHandlers.pathId(ctx, "id");
        s.samples().get(p.tenantId(), sampleId).orElseThrow(() -> ApiError.notFound("sample " + sampleId));
        JsonNode body = body(ctx, Set.of("answers", "skipped"));
        JsonNode sk = body.path("skipped");
        if (!sk.isMissingNode() && !sk.isNull() && !sk.isBoolean())
            throw new ApiError(400, "skipped: expected true or false");
        boolean skipped = sk.asBoolean(false);
        Map<String, Boolean> answers = answers(body);
        if (skipped && answers != null && !answers.isEmpty())
            throw new ApiError(400, "skipped: true with answers; send either the answers or {\"skipped\": true}");
        if (!skipped && (answers == null || answers.isEmpty()))
            throw new ApiError(400, "answers: none given; answer at least one question, or skip the questions"
                    + " explicitly with {\"skipped\": true} (the report is then not-assessed)");
        JsonNode routed = s.evidence().triage(skipped ? Map.of() : answers, null);
        String answersJson;
        try {
            answersJson = s.json().writeValueAsString(skipped ? Map.of() : answers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long id = s.triage().insert(p.tenantId(), sampleId, answersJson, routed.path("route").asText(), skipped,
                p.userId(), Accounts.now(), via(p));
        s.audit().record(p, skipped ? "triage.skipped" : "triage.answered", "sample/" + sampleId + "/triage/" + id);
        ObjectNode out = s.json().createObjectNode();
        out.put("triageId", id);
        out.put("sampleId", sampleId);
        out.put("skipped", skipped);
        out.setAll((ObjectNode) routed);
        ctx.status(201).json(out);
    }

    /** The door a principal came through, as the report records it. */
    static String via(Principal p) {
        return p.viaSession() ? "web-form" : "api";
    }

    static void checkQuestion(String question) {
        if (question != null && question.length() > MAX_QUESTION)
            throw new ApiError(400, "question: at most " + MAX_QUESTION + " characters");
    }

    /** The body as a JSON object with only the named fields; an empty body is an empty object. */
    private JsonNode body(Context ctx, Set<String> fields) {
        JsonNode body;
        try {
            String b = ctx.body();
            body = b.isBlank() ? s.json().createObjectNode() : s.json().readTree(b);
        } catch (IOException e) {
            throw new ApiError(400, "request body: malformed JSON; expected a JSON object such as"
                    + " {\"answers\": {\"fever_or_feeling_unwell_with_rash\": false}}");
        }
        if (body == null || !body.isObject()) throw new ApiError(400, "request body: expected a JSON object");
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f))
                throw new ApiError(400, "unknown field '" + f + "' (expected " + String.join(", ",
                        fields.stream().sorted().toList()) + ")");
        }
        return body;
    }

    /** The {@code answers} object, checked against the knowledge base (400 naming the key); null when absent. */
    private static Map<String, Boolean> answers(JsonNode body) {
        JsonNode a = body.path("answers");
        if (a.isMissingNode() || a.isNull()) return null;
        if (!a.isObject()) throw new ApiError(400, "answers: expected a JSON object of booleans");
        return Triage.parseAnswers(a.toString(), "answers");
    }
}
