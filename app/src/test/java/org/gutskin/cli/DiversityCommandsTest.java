package org.gutskin.cli;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gutskin alpha} and {@code gutskin beta} end to end on the scikit-bio reference vectors written as a dense
 * BIOM 1.0 JSON of bare OTU ids (as the contract check does), and their bad-input exits.
 */
@RequiresShared
class DiversityCommandsTest {

    @TempDir
    static Path dir;

    static JsonNode ref;
    static Path biom, tree;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void writeInputs() throws Exception {
        ObjectMapper om = new ObjectMapper();
        ref = om.readTree(Path.of(Shared.root().toString(), "data", "reference-vectors",
                "reference_vectors.json").toFile());
        List<JsonNode> samples = new ArrayList<>();
        for (JsonNode s : ref.get("samples")) {
            long sum = 0;
            for (JsonNode c : s.get("counts")) sum += c.asLong();
            if (sum > 0) samples.add(s);
        }
        ObjectNode doc = om.createObjectNode();
        doc.put("id", "t").put("format", "Biological Observation Matrix 1.0.0").put("type", "OTU table")
                .put("matrix_type", "dense").put("matrix_element_type", "int");
        ArrayNode rows = doc.putArray("rows");
        for (JsonNode t : ref.get("taxa")) rows.addObject().put("id", t.asText()).putNull("metadata");
        ArrayNode cols = doc.putArray("columns");
        for (JsonNode s : samples) cols.addObject().put("id", s.get("id").asText()).putNull("metadata");
        doc.putArray("shape").add(ref.get("taxa").size()).add(samples.size());
        ArrayNode data = doc.putArray("data");
        for (int t = 0; t < ref.get("taxa").size(); t++) {
            ArrayNode row = data.addArray();
            for (JsonNode s : samples) row.add(s.get("counts").get(t).asLong());
        }
        biom = dir.resolve("t.biom");
        om.writeValue(biom.toFile(), doc);
        tree = dir.resolve("t.nwk");
        Files.writeString(tree, ref.get("tree_newick").asText());
    }

    static Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    static boolean close(double got, JsonNode exp) {
        double x = exp.isTextual() ? Double.parseDouble(exp.asText()) : exp.asDouble();
        if (Double.isNaN(x)) return Double.isNaN(got);
        return Math.abs(got - x) <= Math.max(1e-12, 1e-9 * Math.abs(x));
    }

    @Test
    void alphaPrintsEveryAskedMetricInOrderAgreeingWithScikitBio() {
        Map<String, String> keys = Map.of("observed", "observed_otus", "shannon", "shannon_base2_skbio_default",
                "chao1", "chao1_bias_corrected_true_skbio_default", "faith_pd", "faith_pd", "pielou_e", "pielou_e");
        Run r = run("alpha", biom.toString(), "--metrics", "shannon,chao1,faith_pd,pielou_e,observed", "--tree",
                tree.toString(), "--base", "2");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("sample_id\tshannon\tchao1\tfaith_pd\tpielou_e\tobserved");
        assertThat(lines).hasSize(16); // 15 non-empty samples + header
        String[] head = lines[0].split("\t");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t");
            for (int c = 1; c < f.length; c++) {
                JsonNode exp = ref.get("alpha").get(f[0]).get(keys.get(head[c]));
                assertThat(close(Double.parseDouble(f[c]), exp)).as(f[0] + " " + head[c] + " " + f[c] + " vs " + exp).isTrue();
            }
        }
    }

    @Test
    void betaWritesTheSquareMatrixAtomicallyAndStatesTheAitchisonPseudocount() throws Exception {
        Path out = dir.resolve("a.tsv");
        Run r = run("beta", biom.toString(), "--metric", "aitchison", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("pseudocount 1");
        List<String> lines = Files.readAllLines(out);
        JsonNode e = ref.get("beta").get("aitchison_pseudocount_1");
        String[] ids = lines.get(0).split("\t", -1);
        assertThat(ids[0]).isEmpty();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            assertThat(f[0]).isEqualTo(e.get("ids").get(i - 1).asText());
            for (int j = 1; j < f.length; j++)
                assertThat(close(Double.parseDouble(f[j]), e.get("matrix").get(i - 1).get(j - 1))).isTrue();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
        }
    }

    /** 65,537 samples (one species each) is one more than a condensed matrix holds: a clear refusal, no output. */
    @Test
    void betaAboveOneArrayIsBadInputPointingToCohort() throws Exception {
        int n = 65_537;
        StringBuilder t = new StringBuilder("clade_name");
        for (int i = 0; i < n; i++) t.append("\tS").append(i);
        t.append("\nk__Bacteria|p__Firmicutes|c__C|o__O|f__F|g__G|s__G_one");
        for (int i = 0; i < n; i++) t.append("\t100");
        Path big = dir.resolve("big.tsv"), out = dir.resolve("big-out.tsv");
        Files.writeString(big, t.append('\n'));
        Run r = run("beta", big.toString(), "--metric", "braycurtis", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("65,537 samples").contains("65,536").contains("gutskin cohort").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownMetricIsAUsageErrorOnOneLine() {
        Run r = run("beta", biom.toString(), "--metric", "euclid");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").contains("unknown beta metric 'euclid'");
        assertThat(run("alpha", biom.toString(), "--metrics", "shannon,hill").code()).isEqualTo(Main.USAGE);
        assertThat(run("alpha", biom.toString(), "--base", "3").code()).isEqualTo(Main.USAGE);
        assertThat(run("beta", biom.toString(), "--metric", "weighted_unifrac").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void treeMissingTipsOrWithNegativeLengthsIsBadInputWithoutOutput() throws Exception {
        Path partial = dir.resolve("partial.nwk");
        Files.writeString(partial, "((OTU01:1,OTU02:1):1,OTU03:1);");
        Path out = dir.resolve("never.tsv");
        Run r = run("beta", biom.toString(), "--metric", "unweighted_unifrac", "--tree", partial.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("partial.nwk").contains("no tip for").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        Path negative = dir.resolve("neg.nwk");
        Files.writeString(negative, ref.get("tree_newick").asText().replaceFirst(":0\\.", ":-0."));
        Run n = run("alpha", biom.toString(), "--metrics", "faith_pd", "--tree", negative.toString());
        assertThat(n.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(n.err()).contains("neg.nwk:1").contains("negative");
        assertThat(n.out()).isEmpty();
    }

    @Test
    void aRankTheTableLacksIsBadInput() {
        Run r = run("alpha", biom.toString(), "--rank", "genus");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("no taxa at rank 'genus'");
        assertThat(run("alpha", biom.toString(), "--rank", "specie").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void chao1OnRelativeAbundanceIsBadInput() {
        Path hmp2 = Path.of(Shared.root().toString(), "data", "formats", "metaphlan",
                "HMP2_subset_merged_metaphlan3_profiles.tsv");
        Run r = run("alpha", hmp2.toString(), "--metrics", "chao1");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("needs read counts");
    }
}
