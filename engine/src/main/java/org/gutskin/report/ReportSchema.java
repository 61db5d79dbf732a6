package org.gutskin.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.io.JsonLists;

/**
 * The JSON Schema of the report ({@code report.schema.json}, draft 2020-12) with its name lists filled from the
 * registries ({@link Registries}, {@link JsonLists}): the alpha metric keys of {@code diversity}. Condition ids stay
 * a pattern on purpose: a report written with another knowledge-base version (more conditions) is still valid.
 */
public final class ReportSchema {

    /** Where the schema ships, in the engine jar. */
    public static final String RESOURCE = "/org/gutskin/report/report.schema.json";

    private ReportSchema() {}

    /** A fresh copy of the filled schema. */
    public static JsonNode json() {
        try (InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE)) {
            return JsonLists.fill(new ObjectMapper().readTree(in), Registries.lists(KnowledgeBase.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
