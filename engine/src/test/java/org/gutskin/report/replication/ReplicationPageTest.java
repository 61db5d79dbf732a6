package org.gutskin.report.replication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.io.Html;
import org.gutskin.profile.format.ReadOptions;
import org.gutskin.provenance.SoftwareVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replication.html} comes out of the one page pipeline: the CSP meta, hostile text from the inputs (the
 * profile's file name, the formula) shown as text, and the provenance footer naming the input with
 * the SHA-256 this test computes from the file bytes; {@code provenance.json} and the TSV's {@code #} lines hold the
 * same record.
 */
class ReplicationPageTest {

    static final String HOSTILE = "<script>alert(1)";

    @Test
    void pageTsvAndProvenanceJsonShowOneRecord(@TempDir Path dir) throws Exception {
        Path profiles = dir.resolve(HOSTILE + ".tsv");
        // Akkermansia muciniphila matches a psoriasis fact
        Files.writeString(profiles, "clade_name\tS1\tS2\n"
                + "k__Bacteria|p__Verrucomicrobia|c__Verrucomicrobiae|o__Verrucomicrobiales|f__Akkermansiaceae|g__Akkermansia|s__Akkermansia_muciniphila\t40\t60\n"
                + "k__Bacteria|p__Firmicutes|c__Clostridia|o__Eubacteriales|f__Oscillospiraceae|g__Faecalibacterium|s__Faecalibacterium_prausnitzii\t60\t40\n");
        Map<String, String> modelOptions = new LinkedHashMap<>();
        modelOptions.put("formula", HOSTILE);
        Map<String, byte[]> files = ReplicationRun.render(List.of(profiles), ReadOptions.DEFAULT, org.gutskin.profile.JoinMode.DEFAULT, null, "psoriasis", null,
                ReplicationOptions.defaults("DiseasePsoriasis"), modelOptions);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(profiles)));

        String html = new String(files.get("replication.html"), StandardCharsets.UTF_8);
        assertThat(html).contains(Html.CSP_META).doesNotContain("<script").contains("&lt;script&gt;alert(1)");
        String footer = html.substring(html.indexOf("<h2>Provenance</h2>"));
        assertThat(footer).contains("gutskin " + SoftwareVersion.get())
                .contains("knowledge base").contains(KnowledgeBase.get().version())
                .contains("&lt;script&gt;alert(1).tsv").contains("SHA-256 " + sha)
                .contains("formula = &lt;script&gt;alert(1)").contains("provenance.json");

        JsonNode p = new ObjectMapper().readTree(files.get("provenance.json"));
        assertThat(p.get("inputs")).hasSize(1);
        assertThat(p.at("/inputs/0/name").asText()).isEqualTo(HOSTILE + ".tsv");
        assertThat(p.at("/inputs/0/sha256").asText()).isEqualTo(sha);
        assertThat(p.get("knowledgeBase").asText()).isEqualTo(KnowledgeBase.get().version());
        assertThat(p.at("/options/condition").asText()).isEqualTo("psoriasis");
        assertThat(p.at("/options/column").asText()).isEqualTo("DiseasePsoriasis");

        String tsv = new String(files.get("replication.tsv"), StandardCharsets.UTF_8);
        assertThat(tsv).contains("# input " + HOSTILE + ".tsv sha256 " + sha + "\n")
                .contains("# knowledge base " + KnowledgeBase.get().version() + "\n");
    }
}
