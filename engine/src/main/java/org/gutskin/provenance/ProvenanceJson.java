package org.gutskin.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;

/** {@code provenance.json}: the record as indented JSON (UTF-8, ending in a line break), beside a directory's outputs. */
public final class ProvenanceJson {

    /** The name of the file every directory output carries. */
    public static final String FILE_NAME = "provenance.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProvenanceJson() {}

    public static byte[] bytes(Provenance p) {
        try {
            return (JSON.writeValueAsString(p) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("provenance is plain data and always serialises", e);
        }
    }
}
