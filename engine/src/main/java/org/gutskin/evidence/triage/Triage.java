package org.gutskin.evidence.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.AnswerConflict;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.RedFlagEntry;
import org.gutskin.io.InputException;

/**
 * Red-flag triage over the contract's answer keys (the list lives in the knowledge base, {@code red-flags.yaml}).
 * A missing key means "not asked", never "no". Any true answer routes to the most urgent of the raised flags'
 * urgencies; with none true, the route is {@code standard} only when every key was asked, else
 * {@code not-assessed}. An unknown key, a non-boolean value or malformed JSON is an input error naming the key.
 * Contradictory answers are kept as given and named ({@link AnswerConflict}). Routing outranks every other
 * statement wherever results are shown.
 */
public final class Triage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Triage() {}

    /** Routes answers against the bundled knowledge base. */
    public static TriageResult route(Map<String, Boolean> answers) {
        return route(KnowledgeBase.get(), answers);
    }

    public static TriageResult route(KnowledgeBase kb, Map<String, Boolean> answers) {
        checkKeys(kb, answers.keySet(), "answers");
        List<RedFlagEntry> raised = new ArrayList<>(), notAsked = new ArrayList<>();
        for (RedFlagEntry r : kb.redFlags()) {
            Boolean a = answers.get(r.key());
            if (a == null) notAsked.add(r);
            else if (a) raised.add(r);
        }
        raised.sort(Comparator.comparing(RedFlagEntry::urgency)); // stable: urgent first, then question order
        int total = kb.redFlags().size(), asked = total - notAsked.size();
        Route route = !raised.isEmpty() ? Route.of(raised.get(0).urgency())
                : notAsked.isEmpty() ? Route.STANDARD : Route.NOT_ASSESSED;
        List<AnswerConflict> conflicts = kb.answerConflicts().stream()
                .filter(c -> c.keys().stream().allMatch(k -> Boolean.TRUE.equals(answers.get(k)))).toList();
        return new TriageResult(route, raised, notAsked, asked, total, conflicts);
    }

    /** Nothing asked: {@code not-assessed}, every question listed as not asked. */
    public static TriageResult notAsked(KnowledgeBase kb) {
        return route(kb, Map.of());
    }

    public static TriageResult notAsked() {
        return notAsked(KnowledgeBase.get());
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
        return answersOf(root, source, 0);
    }

    /**
     * The answers of one JSON object; {@code line} (0: none) places errors in a file of many. Keys are checked
     * against the knowledge base; {@code skip} names keys that are not answers (a batch file's sample id).
     */
    static Map<String, Boolean> answersOf(JsonNode obj, String source, long line, String... skip) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            if (List.of(skip).contains(e.getKey()) || e.getValue().isNull()) continue;
            if (!e.getValue().isBoolean())
                throw new InputException(source, line, "answer '" + e.getKey() + "' must be true or false, got "
                        + e.getValue(), null);
            out.put(e.getKey(), e.getValue().asBoolean());
        }
        checkKeys(KnowledgeBase.get(), out.keySet(), source, line);
        return out;
    }

    static void checkKeys(KnowledgeBase kb, Iterable<String> keys, String source) {
        checkKeys(kb, keys, source, 0);
    }

    static void checkKeys(KnowledgeBase kb, Iterable<String> keys, String source, long line) {
        List<String> known = kb.redFlagKeys();
        for (String key : keys)
            if (!known.contains(key))
                throw new InputException(source, line, "unknown triage answer key '" + key + "' (expected some of: "
                        + String.join(", ", known) + ")", null);
    }
}
