package org.gutskin.evidence.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.RedFlagEntry;
import org.gutskin.profile.InputException;

/**
 * Red-flag triage over the contract's answer keys ({@code painful_or_scarring_acne},
 * {@code severe_or_rapidly_worsening_eczema}, {@code widespread_plaques_or_suspected_psoriasis},
 * {@code infection_signs}, {@code affects_sleep_daily_function_or_quality_of_life}). Any true answer routes to
 * {@code clinician-first}; missing keys mean "not asked"; an unknown key is an input error. Routing outranks every
 * other statement wherever results are shown.
 */
public final class Triage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Triage() {}

    /** Routes answers against the bundled knowledge base. */
    public static TriageResult route(Map<String, Boolean> answers) {
        return route(KnowledgeBase.get(), answers);
    }

    public static TriageResult route(KnowledgeBase kb, Map<String, Boolean> answers) {
        for (String key : answers.keySet())
            if (!KnowledgeBase.RED_FLAG_KEYS.contains(key))
                throw new InputException("unknown triage answer key '" + key + "' (expected some of: "
                        + String.join(", ", kb.redFlags().stream().map(RedFlagEntry::key).toList()) + ")");
        List<RedFlagEntry> raised = new ArrayList<>();
        for (RedFlagEntry r : kb.redFlags()) if (Boolean.TRUE.equals(answers.get(r.key()))) raised.add(r);
        return new TriageResult(raised.isEmpty() ? Route.STANDARD : Route.CLINICIAN_FIRST, raised);
    }

    /** No answers: the standard route. */
    public static TriageResult none() {
        return new TriageResult(Route.STANDARD, List.of());
    }

    /** Reads an answers file (a JSON object of booleans). */
    public static Map<String, Boolean> readAnswers(Path file) {
        try {
            return parseAnswers(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read answers: " + e.getMessage());
        }
    }

    /** Parses answers JSON; {@code source} names it in errors. Null values count as "not asked". */
    public static Map<String, Boolean> parseAnswers(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(source, line, "answers are not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject())
            throw new InputException(source, 0, "answers must be a JSON object of booleans", null);
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getValue().isNull()) continue;
            if (!e.getValue().isBoolean())
                throw new InputException(source, 0, "answer '" + e.getKey() + "' must be true or false, got "
                        + e.getValue(), null);
            out.put(e.getKey(), e.getValue().asBoolean());
        }
        for (String key : out.keySet())
            if (!KnowledgeBase.RED_FLAG_KEYS.contains(key))
                throw new InputException(source, 0, "unknown triage answer key '" + key + "'", null);
        return out;
    }
}
