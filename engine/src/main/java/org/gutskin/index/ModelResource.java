package org.gutskin.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads a model's JSON resource ({@code org/gutskin/index/<id>-<version>.json}) into its typed record. Model
 * files ship inside the jar, so a missing or malformed one is a build error, not user input.
 */
final class ModelResource {

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private ModelResource() {}

    static <T> T load(String file, Class<T> type) {
        try (InputStream in = ModelResource.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("model resource " + file + " is missing from the build");
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("model resource " + file + " cannot be read", e);
        }
    }
}
