package org.gutskin.provenance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What produced an output, as one immutable record (the idea of Tribuo's {@code ModelProvenance}: the data
 * sources with their hashes, the configuration, the library version, the Java version, the OS and the time, all
 * captured when the output is made). Every command that writes results — {@code report}, {@code cohort},
 * {@code replicate}, {@code convert} — builds one with {@link #builder()}; the JSON report embeds it, directory
 * outputs carry it as {@code provenance.json} ({@link ProvenanceJson}), TSV headers as {@link #lines()} and HTML
 * pages as the shared footer template.
 *
 * <p>The JSON keys {@code software} (the version), {@code knowledgeBase}, {@code inputSha256} and {@code models}
 * are in the command-line contract for the report and keep their meaning; the others stand beside them.
 *
 * @param softwareName  the program, {@code gutskin}
 * @param software      its version ({@link SoftwareVersion})
 * @param knowledgeBase the knowledge base's version, null when the output does not use it
 * @param inputs        every input file, in the order given
 * @param models        the models the numbers come from, by id (a report's health indices)
 * @param engine        where the computation ran ({@code local}, {@code spark local[4]} …)
 * @param options       the effective options, in a stable order, as text
 * @param java          Java runtime version and vendor
 * @param os            operating system name, version and architecture
 * @param createdAt     when the output was made (ISO-8601, UTC, whole seconds)
 */
@JsonPropertyOrder({"software", "softwareName", "knowledgeBase", "inputSha256", "models", "inputs", "engine", "options",
        "java", "os", "createdAt"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String softwareName, String software, String knowledgeBase, List<Input> inputs,
        Map<String, Model> models, String engine, Map<String, String> options, String java, String os,
        String createdAt) {

    /**
     * One input: its name as the user gave it (the file name, without directories), its SHA-256 (lower-case hex;
     * null when the bytes are not at hand) and, where the input came from a repository, its accession.
     */
    @JsonPropertyOrder({"name", "sha256", "artifactId"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Input(String name, String sha256, String artifactId) {}

    /** A model as outputs name it: version, tag ({@code gmwi2@1.6}), full name, paper DOI, the profiler it expects, its source. */
    @JsonPropertyOrder({"version", "tag", "name", "doi", "profiler", "source"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Model(String version, String tag, String name, String doi, String profiler, String source) {}

    public Provenance {
        inputs = List.copyOf(inputs);
        models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** The first input's checksum: the report's one profile (a contract key); null without inputs. */
    @JsonProperty("inputSha256")
    public String inputSha256() {
        return inputs.isEmpty() ? null : inputs.get(0).sha256();
    }

    /**
     * The record as plain lines for a TSV's {@code #} header or a text log, one fact per line, without the
     * {@code #} and without tabs or line breaks.
     */
    @JsonIgnore
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(softwareName + " " + software);
        if (knowledgeBase != null) out.add("knowledge base " + knowledgeBase);
        for (Input i : inputs)
            out.add("input " + i.name() + " sha256 " + (i.sha256() == null ? "unknown" : i.sha256())
                    + (i.artifactId() == null ? "" : " (" + i.artifactId() + ")"));
        for (Map.Entry<String, Model> m : models.entrySet())
            out.add("model " + m.getKey() + " " + m.getValue().tag() + (m.getValue().doi() == null ? "" : " doi:" + m.getValue().doi()));
        out.add("engine " + engine);
        if (!options.isEmpty()) {
            StringBuilder b = new StringBuilder("options");
            options.forEach((k, v) -> b.append(b.length() == 7 ? " " : "; ").append(k).append('=').append(v));
            out.add(b.toString());
        }
        out.add("java " + java + "; os " + os);
        out.add("created " + createdAt);
        return out.stream().map(l -> l.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ')).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects a provenance while an output is made; the software version, Java version and OS are filled in
     * here, so no caller can forget them.
     */
    public static final class Builder {
        private String knowledgeBase;
        private final List<Input> inputs = new ArrayList<>();
        private final Map<String, Model> models = new LinkedHashMap<>();
        private String engine = "local";
        private final Map<String, String> options = new LinkedHashMap<>();
        private Instant createdAt;

        private Builder() {}

        public Builder knowledgeBase(String version) {
            this.knowledgeBase = version;
            return this;
        }

        public Builder input(String name, String sha256) {
            return input(new Input(name, sha256, null));
        }

        public Builder input(Input input) {
            inputs.add(input);
            return this;
        }

        public Builder inputs(List<Input> all) {
            inputs.addAll(all);
            return this;
        }

        public Builder model(String id, Model model) {
            models.put(id, model);
            return this;
        }

        public Builder engine(String engine) {
            this.engine = engine;
            return this;
        }

        /** An effective option; null values are left out (an option not given and without a default). */
        public Builder option(String name, Object value) {
            if (value != null) options.put(name, value instanceof List<?> l
                    ? String.join(",", l.stream().map(String::valueOf).toList()) : String.valueOf(value));
            return this;
        }

        /** When the output was made (default: when {@link #build()} is called). */
        public Builder createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public Provenance build() {
            Instant at = (createdAt == null ? Instant.now() : createdAt).truncatedTo(ChronoUnit.SECONDS);
            return new Provenance("gutskin", SoftwareVersion.get(), knowledgeBase, inputs, models, engine, options,
                    System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                    at.toString());
        }
    }
}
