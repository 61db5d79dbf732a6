package org.gutskin.server;

import com.fasterxml.jackson.databind.ObjectMapper;
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

    /** The document with the lists of the bundled knowledge base and the registries on the class path. */
    public static byte[] current() {
        return build(Registries.lists(KnowledgeBase.get()));
    }

    /** The document with these lists (keys as {@link Registries#lists}); a marker naming no key is an error. */
    public static byte[] build(Map<String, List<String>> lists) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/openapi.json")) {
            ObjectMapper json = new ObjectMapper();
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(JsonLists.fill(json.readTree(in), lists));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
