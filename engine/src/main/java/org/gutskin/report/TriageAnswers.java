package org.gutskin.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.profile.InputException;

/**
 * The {@code --answers} JSON of the contract: an object of booleans keyed by the triage questions; a missing key
 * means "not asked". An unknown key, a non-boolean value or malformed JSON is an input error naming the key.
 */
public final class TriageAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TriageAnswers() {}

    /** Reads {@code --answers}: inline JSON when it starts with '{', otherwise a file path. */
    public static Map<String, Boolean> parseArgument(String arg) {
        String t = arg.strip();
        if (t.startsWith("{")) return parse("--answers", t);
        Path p = Path.of(arg);
        try {
            return parse(p.toString(), Files.readString(p));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(p, 0, "no such file");
        } catch (IOException e) {
            throw new InputException(p, 0, "cannot read the file: " + e.getMessage());
        }
    }

    /** Parses the JSON text; {@code source} names it in errors. */
    public static Map<String, Boolean> parse(String source, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(source, 0, "not valid JSON: " + e.getOriginalMessage(), null);
        }
        if (root == null || !root.isObject())
            throw new InputException(source, 0, "expected a JSON object of booleans keyed by triage question", null);
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            validate(source, e.getKey());
            if (!e.getValue().isBoolean())
                throw new InputException(source, 0, "answer '" + e.getKey() + "' must be true or false", null);
            out.put(e.getKey(), e.getValue().asBoolean());
        }
        return out;
    }

    /** Checks the keys of an answers map built elsewhere (e.g. a service request). */
    public static Map<String, Boolean> validated(String source, Map<String, Boolean> answers) {
        if (answers == null) return Map.of();
        for (String k : answers.keySet()) validate(source, k);
        return answers;
    }

    private static void validate(String source, String key) {
        if (!KnowledgeBase.RED_FLAG_KEYS.contains(key)) {
            Set<String> known = new TreeSet<>(KnowledgeBase.RED_FLAG_KEYS);
            throw new InputException(source, 0, "unknown answers key '" + key + "' (expected one of: "
                    + String.join(", ", known) + ")", null);
        }
    }
}
