package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.io.JsonLists;
import org.gutskin.report.Registries;

/**
 * The OpenAPI document served at {@code /openapi.json}: the shipped {@code openapi.json} with every
 * {@code x-gutskin-list} marker replaced by its registry's names ({@link Registries}, {@link JsonLists}). The
 * shipped file marks where a list goes and never spells one, so a new format, condition or verdict is documented
 * the moment its registry has it.
 */
public final class OpenApiDocument {

    private OpenApiDocument() {}

    /** The key of the user roles' list ({@link Role}). */
    public static final String ROLES = "roles";

    /** The operation field naming the least role an operation needs, taken from the router. */
    public static final String ROLE_FIELD = "x-gutskin-role";

    /** The document with the lists of the bundled knowledge base and the registries on the class path. */
    public static byte[] current() {
        return build(Registries.lists(KnowledgeBase.get()), Map.of());
    }

    /**
     * The document with these lists (keys as {@link Registries#lists}, plus {@link #ROLES}); a marker naming no
     * key is an error. Each operation whose method and path are in {@code roles} ("GET /api/samples") gets
     * {@link #ROLE_FIELD}: the role its route declares where it is registered, so the document cannot disagree.
     */
    public static byte[] build(Map<String, List<String>> lists, Map<String, Role> roles) {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(lists);
        all.put(ROLES, java.util.Arrays.stream(Role.values()).filter(r -> r != Role.PUBLIC).map(Role::label).toList());
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/openapi.json")) {
            ObjectMapper json = new ObjectMapper();
            JsonNode doc = JsonLists.fill(json.readTree(in), all);
            doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
                Role r = roles.get(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                if (r != null && op.getValue() instanceof ObjectNode o) {
                    o.put(ROLE_FIELD, r == Role.PUBLIC ? "public" : r.label());
                }
            }));
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
