package org.gutskin.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Fills the name lists of a JSON document (the OpenAPI document, the report schema) from the registries: every
 * object with {@code "x-gutskin-list": "KEY"} gets {@code "enum": [the names of KEY]} and loses the marker. The
 * shipped documents thereby say where a list goes without spelling it, so a registry entry cannot be missing.
 */
public final class JsonLists {

    /** The marker field. */
    public static final String MARKER = "x-gutskin-list";

    private JsonLists() {}

    /**
     * Fills {@code doc} in place and returns it.
     *
     * @throws IllegalStateException for a marker naming a key that {@code lists} lacks (a typo in the document)
     */
    public static JsonNode fill(JsonNode doc, Map<String, List<String>> lists) {
        if (doc instanceof ObjectNode o) {
            JsonNode key = o.remove(MARKER);
            if (key != null) {
                List<String> names = lists.get(key.asText());
                if (names == null)
                    throw new IllegalStateException(MARKER + " '" + key.asText() + "' names no registry; known: "
                            + lists.keySet());
                ArrayNode e = o.putArray("enum");
                names.forEach(e::add);
            }
        }
        for (JsonNode child : doc) fill(child, lists);
        return doc;
    }
}
