package org.gutskin.cohort;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gutskin.io.AtomicFiles;
import org.gutskin.io.InputException;
import org.gutskin.profile.TaxonNames;

/**
 * A checked {@link CohortRequest} as JSON: how {@code gutskin cohort --engine spark} hands its request to the Spark
 * job ({@code org.gutskin.spark.CohortJob --request FILE}), so the options are parsed once, by the command line,
 * and every default lives in {@link CohortOptions} and the command's options — never a second time in the job.
 * The join's synonyms ({@link TaxonNames}) travel as their mappings. Paths are written as given (relative paths stay relative: the job runs in the same directory, and outputs that
 * name an input name it alike); reading checks the request again through the records' constructors.
 */
public final class CohortRequestJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule("paths-as-given")
                    .addSerializer(Path.class, new StdSerializer<>(Path.class) {
                        @Override
                        public void serialize(Path p, JsonGenerator g, SerializerProvider sp) throws IOException {
                            g.writeString(p.toString());
                        }
                    })
                    .addDeserializer(Path.class, new StdDeserializer<>(Path.class) {
                        @Override
                        public Path deserialize(JsonParser p, DeserializationContext c) throws IOException {
                            return Path.of(p.getValueAsString());
                        }
                    })
                    // the join's synonyms travel as their mappings: the job never reads the knowledge base
                    .addSerializer(TaxonNames.class, new StdSerializer<>(TaxonNames.class) {
                        @Override
                        public void serialize(TaxonNames n, JsonGenerator g, SerializerProvider sp) throws IOException {
                            g.writeObject(new java.util.TreeMap<>(n.mappings()));
                        }
                    })
                    .addDeserializer(TaxonNames.class, new StdDeserializer<>(TaxonNames.class) {
                        @Override
                        public TaxonNames deserialize(JsonParser p, DeserializationContext c) throws IOException {
                            return TaxonNames.ofMappings(p.readValueAs(new com.fasterxml.jackson.core.type.TypeReference<
                                    java.util.Map<String, String>>() {}));
                        }
                    }));

    private CohortRequestJson() {}

    public static String write(CohortRequest request) {
        try {
            return JSON.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a cohort request is always writable", e);
        }
    }

    /** Writes the request to {@code file} atomically. */
    public static void write(CohortRequest request, Path file) {
        AtomicFiles.write(file, write(request).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The request in {@code file}; an unreadable or invalid file is an input error naming it. */
    public static CohortRequest read(Path file) {
        try {
            return read(Files.readString(file));
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the cohort request: " + e.getMessage());
        } catch (InputException e) {
            throw new InputException(file, e.line(), e.getMessage());
        }
    }

    static CohortRequest read(String json) {
        try {
            return JSON.readValue(json, CohortRequest.class);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            // a value the records refuse (e.g. permutations < 0) says so in the records' own words
            String why = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : e.getOriginalMessage();
            throw new InputException(null, line, "not a cohort request: " + why, e);
        }
    }
}
