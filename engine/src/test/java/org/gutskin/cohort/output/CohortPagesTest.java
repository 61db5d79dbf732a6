package org.gutskin.cohort.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.CohortOptions;
import org.gutskin.cohort.CohortRequest;
import org.gutskin.cohort.CohortRun;
import org.gutskin.cohort.model.AdjustedRequest;
import org.gutskin.cohort.model.Formula;
import org.gutskin.cohort.model.MissingValues;
import org.gutskin.io.Html;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ReadOptions;
import org.gutskin.provenance.SoftwareVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cohort pages ({@code summary.html}, {@code adjusted.html}) come out of the one page pipeline: the CSP meta in
 * the head, a hostile group label and a hostile input file name shown as text, and the provenance footer naming
 * every input with the SHA-256 this test computes itself from the file bytes; {@code provenance.json} parses and
 * holds the same record.
 */
class CohortPagesTest {

    static final String HOSTILE = "<script>alert(1)";

    @TempDir
    static Path dir;

    static Path profiles;
    static Path metadata;
    static Map<String, byte[]> files;

    @BeforeAll
    static void run() throws IOException {
        // eight samples, two groups of four; the second group's label and the profile file's name are markup
        profiles = dir.resolve(HOSTILE + "_profiles.tsv");
        StringBuilder p = new StringBuilder("clade_name");
        for (int s = 1; s <= 8; s++) p.append("\tS").append(s);
        p.append('\n');
        String[] species = {"Bacteroides_uniformis", "Faecalibacterium_prausnitzii", "Escherichia_coli", "Akkermansia_muciniphila", "Prevotella_copri"};
        for (int t = 0; t < species.length; t++) {
            p.append("k__Bacteria|p__P").append(t).append("|c__C").append(t).append("|o__O").append(t).append("|f__F").append(t)
                    .append("|g__").append(species[t], 0, species[t].indexOf('_')).append("|s__").append(species[t]);
            for (int s = 1; s <= 8; s++) p.append('\t').append(10 + (t * 7 + s * 3) % 17 + (s > 4 && t == 2 ? 30 : 0));
            p.append('\n');
        }
        Files.writeString(profiles, p.toString());
        metadata = dir.resolve("samples.tsv");
        StringBuilder m = new StringBuilder("sample_id\tgroup\n");
        for (int s = 1; s <= 8; s++) m.append('S').append(s).append('\t').append(s <= 4 ? "control" : HOSTILE).append('\n');
        Files.writeString(metadata, m.toString());
        CohortOptions o = new CohortOptions(Rank.SPECIES, List.of("observed", "shannon"), List.of("braycurtis"), 99, 42, 0.1, 2);
        AdjustedRequest adj = new AdjustedRequest(Formula.parse("group"), null, MissingValues.DROP,
                Map.of("group", "control"), true); // the hostile level is then the coefficient's name
        files = CohortRun.analyse(new CohortRequest(List.of(profiles), ReadOptions.DEFAULT, metadata, "group", o,
                dir.resolve("out"), adj), CohortRun.localBackend());
    }

    @Test
    void summaryHasTheCspEscapesAndShowsTheProvenanceFooter() throws Exception {
        page(new String(files.get("summary.html"), StandardCharsets.UTF_8));
    }

    @Test
    void adjustedPageHasTheCspEscapesAndShowsTheProvenanceFooter() throws Exception {
        String html = new String(files.get("adjusted.html"), StandardCharsets.UTF_8);
        page(html);
        // the coefficient of the hostile level against 'control' is named after it (R's treatment coding: column + level)
        assertThat(html).contains("group&lt;script&gt;alert(1)");
    }

    @Test
    void provenanceJsonListsTheInputsWithTheirSha256() throws Exception {
        JsonNode p = new ObjectMapper().readTree(files.get("provenance.json"));
        assertThat(p.get("softwareName").asText()).isEqualTo("gutskin");
        assertThat(p.get("software").asText()).isEqualTo(SoftwareVersion.get());
        assertThat(p.get("inputs")).hasSize(2);
        assertThat(p.at("/inputs/0/name").asText()).isEqualTo(HOSTILE + "_profiles.tsv");
        assertThat(p.at("/inputs/0/sha256").asText()).isEqualTo(sha256(profiles));
        assertThat(p.at("/inputs/1/name").asText()).isEqualTo("samples.tsv");
        assertThat(p.at("/inputs/1/sha256").asText()).isEqualTo(sha256(metadata));
        assertThat(p.get("inputSha256").asText()).isEqualTo(sha256(profiles));
        assertThat(p.get("engine").asText()).startsWith("local");
        assertThat(p.at("/options/group").asText()).isEqualTo("group");
        assertThat(p.at("/options/permutations").asText()).isEqualTo("99");
        assertThat(p.at("/options/formula").asText()).isEqualTo("group");
        assertThat(p.get("java").asText()).startsWith(System.getProperty("java.version"));
        assertThat(p.get("os").asText()).startsWith(System.getProperty("os.name"));
        assertThat(p.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(p.has("knowledgeBase")).as("a cohort uses no knowledge base").isFalse();
    }

    private static void page(String html) throws Exception {
        assertThat(html).contains(Html.CSP_META);
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)");
        String footer = html.substring(html.indexOf("<h2>Provenance</h2>"));
        assertThat(footer).contains("gutskin " + SoftwareVersion.get())
                .contains("&lt;script&gt;alert(1)_profiles.tsv").contains("SHA-256 " + sha256(profiles))
                .contains("samples.tsv").contains("SHA-256 " + sha256(metadata))
                .contains("provenance.json");
    }

    /** SHA-256 of the file's bytes, computed here and not by the code under test. */
    static String sha256(Path f) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
