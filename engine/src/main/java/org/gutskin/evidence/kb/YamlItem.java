package org.gutskin.evidence.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * One mapping of a knowledge-base file, read field by field so that every problem is reported with the file, the
 * item and the field: the schema check. Unknown fields are rejected (a misspelt field would otherwise vanish).
 */
final class YamlItem {

    private final String file;
    private final String item;
    private final JsonNode node;

    YamlItem(String file, String item, JsonNode node) {
        this.file = file;
        this.item = item;
        this.node = node;
        if (node == null || !node.isObject()) throw fail("expected a mapping of fields");
    }

    /** The item's id field if present, else {@code fallback} (e.g. "trials[3]"). */
    static String label(JsonNode node, String fallback) {
        JsonNode id = node == null ? null : node.get("id");
        if (id == null) id = node == null ? null : node.get("key");
        return id != null && id.isTextual() ? id.asText() : fallback;
    }

    KnowledgeBaseException fail(String reason) {
        return new KnowledgeBaseException(file, item, reason);
    }

    String file() {
        return file;
    }

    String item() {
        return item;
    }

    void allowOnly(Set<String> fields) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) throw fail("unknown field '" + f + "' (allowed: " + String.join(", ", fields) + ")");
        }
    }

    boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    String text(String field) {
        String s = optText(field);
        if (s == null || s.isBlank()) throw fail("missing required field '" + field + "'");
        return s;
    }

    String optText(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isValueNode()) throw fail("field '" + field + "' must be text");
        return v.asText().trim();
    }

    boolean bool(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isBoolean()) throw fail("field '" + field + "' must be true or false");
        return v.asBoolean();
    }

    Integer optInt(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.canConvertToInt() || !v.isIntegralNumber()) throw fail("field '" + field + "' must be a whole number");
        return v.asInt();
    }

    Double optNumber(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber() || Double.isInfinite(v.asDouble()) || Double.isNaN(v.asDouble()))
            throw fail("field '" + field + "' must be a number, got '" + v.asText() + "'");
        return v.asDouble();
    }

    /** The item's raw YAML node. */
    JsonNode node() {
        return node;
    }

    Double optPositive(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber() || !(v.asDouble() > 0) || Double.isInfinite(v.asDouble()))
            throw fail("field '" + field + "' must be a positive number, got '" + v.asText() + "'");
        return v.asDouble();
    }

    <E extends Enum<E> & Vocabulary> E word(String field, Class<E> type) {
        E e = optWord(field, type);
        if (e == null) throw fail("missing required field '" + field + "' (one of: " + Vocabulary.accepted(type) + ")");
        return e;
    }

    <E extends Enum<E> & Vocabulary> E optWord(String field, Class<E> type) {
        String s = optText(field);
        if (s == null) return null;
        return Vocabulary.parse(type, s).orElseThrow(() -> fail(
                "unknown " + field + " '" + s + "' (expected one of: " + Vocabulary.accepted(type) + ")"));
    }

    List<String> texts(String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) throw fail("missing required field '" + field + "'");
            return List.of();
        }
        if (!v.isArray()) throw fail("field '" + field + "' must be a list");
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (e.isBoolean()) // YAML 1.1 reads a bare no, yes, on or off as a boolean
                throw fail("field '" + field + "' lists " + e.asText() + ", a boolean: quote words such as \"no\"");
            if (!e.isValueNode() || e.asText().isBlank()) throw fail("field '" + field + "' must list non-empty texts");
            out.add(e.asText().trim());
        }
        return out;
    }

    List<JsonNode> nodes(String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) throw fail("missing required field '" + field + "'");
            return List.of();
        }
        if (!v.isArray()) throw fail("field '" + field + "' must be a list");
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    JsonNode node(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) throw fail("missing required field '" + field + "'");
        return v;
    }
}
