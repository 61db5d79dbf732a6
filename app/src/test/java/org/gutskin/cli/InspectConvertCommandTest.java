package org.gutskin.cli;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gutskin inspect} and {@code gutskin convert} against the contract in ../shared/contract/cli.md. */
@RequiresShared
class InspectConvertCommandTest {

    static final Path SHARED = Shared.root();
    static final Path HMP2 = SHARED.resolve("data/formats/metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv");
    static final Path RICH = SHARED.resolve("data/formats/biom/rich_sparse_otu_table.biom");

    @TempDir
    Path dir;

    @Test
    void inspectJsonFollowsTheContract() throws IOException {
        CliRun r = CliRun.of("inspect", "--json", HMP2.toString(), RICH.toString());
        assertThat(r.exit()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode f = doc.get("files").get(0);
        List<String> keys = new ArrayList<>();
        f.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsSubsequence("path", "format", "samples", "taxa", "taxaPerRank", "hasCounts");
        assertThat(f.get("format").asText()).isEqualTo("metaphlan-merged");
        assertThat(f.get("samples")).hasSize(129);
        assertThat(f.get("samples").get(0).asText()).isEqualTo("CSM5FZ3N_P");
        // 187 rows: 16 genus and 171 species rows, counted from the file
        assertThat(f.get("taxa").asInt()).isEqualTo(187);
        assertThat(f.get("taxaPerRank").get("genus").asInt()).isEqualTo(16);
        assertThat(f.get("taxaPerRank").get("species").asInt()).isEqualTo(171);
        assertThat(f.get("hasCounts").asBoolean()).isFalse();
        JsonNode b = doc.get("files").get(1);
        assertThat(b.get("format").asText()).isEqualTo("biom-json");
        assertThat(b.get("hasCounts").asBoolean()).isTrue();
        assertThat(b.get("samples")).hasSize(6);
    }

    @Test
    void inspectHumanSummary() {
        CliRun r = CliRun.of("inspect", RICH.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("biom-json", "samples:  6", "counts:   yes", "genus 4");
    }

    @Test
    void badInputIsOneLineAndExitThree() throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "clade_name\ts1\nk__Bacteria\t-5\n");
        CliRun r = CliRun.of("inspect", bad.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err().strip()).startsWith("gutskin: " + bad + ":2:").doesNotContain("\n").doesNotContain("Exception");
        CliRun debug = CliRun.of("inspect", "--debug", bad.toString());
        assertThat(debug.exit()).isEqualTo(3);
        assertThat(debug.err()).contains("InputException");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("inspect").exit()).isEqualTo(2);
        assertThat(CliRun.of("inspect", "--no-such-option", RICH.toString()).exit()).isEqualTo(2);
        CliRun f = CliRun.of("inspect", "--input-format", "excel", RICH.toString());
        assertThat(f.exit()).isEqualTo(2);
        assertThat(f.err()).contains("excel", "biom-json");
        assertThat(CliRun.of("convert", RICH.toString(), "--to", "xml", "-o", dir.resolve("x").toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("inspect", "--help").exit()).isZero();
        assertThat(CliRun.of("convert", "--help").exit()).isZero();
    }

    @Test
    void inputFormatOverridesDetection() {
        CliRun r = CliRun.of("inspect", "--json", "--input-format", "table", HMP2.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"format\" : \"table\"");
    }

    @Test
    void samplesAsRows() throws IOException {
        Path t = dir.resolve("rows.csv");
        Files.writeString(t, "sample,k__B|p__F|g__Blautia,k__B|p__F|g__Roseburia\nA,10,0\nB,3,4\nC,0,0\n");
        CliRun r = CliRun.of("inspect", "--json", "--samples-as-rows", t.toString());
        assertThat(r.exit()).isZero();
        JsonNode f = new ObjectMapper().readTree(r.out()).get("files").get(0);
        assertThat(f.get("samples").toString()).isEqualTo("[\"A\",\"B\",\"C\"]");
        assertThat(f.get("taxa").asInt()).isEqualTo(2);
        assertThat(f.get("hasCounts").asBoolean()).isTrue();
    }

    @Test
    void convertRoundTripsThroughBothWriters() throws IOException {
        Path json = dir.resolve("out.biom"), tsv = dir.resolve("out.tsv");
        assertThat(CliRun.of("convert", HMP2.toString(), "--to", "biom-json", "-o", json.toString()).exit()).isZero();
        assertThat(CliRun.of("convert", json.toString(), "--to", "tsv", "-o", tsv.toString()).exit()).isZero();
        // the TSV holds exactly the original cells, row for row (under its provenance comments)
        List<String> orig = Files.readAllLines(HMP2);
        List<String> back = Files.readAllLines(tsv).stream().filter(l -> !l.startsWith("#gutskin-provenance")).toList();
        assertThat(back.get(0)).startsWith("#gutskin-table");
        assertThat(back.get(1).split("\t")).containsExactly(("clade_name" + orig.get(0).substring("Sample".length())).split("\t"));
        for (int i = 1; i < orig.size(); i++) {
            String[] a = orig.get(i).split("\t"), b = back.get(i + 1).split("\t");
            assertThat(b[0]).isEqualTo(a[0]);
            for (int k = 1; k < a.length; k++) assertThat(Double.parseDouble(b[k])).isEqualTo(Double.parseDouble(a[k]));
        }
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
    }

    /**
     * A converted TSV names its input and that input's SHA-256 (computed here from the file bytes) in
     * {@code #gutskin-provenance} lines, and reads back as the same table although those lines name a
     * "metaphlan" file (a word the format detector notices in comments).
     */
    @Test
    void convertedTsvCarriesProvenanceAndReadsBack() throws Exception {
        Path tsv = dir.resolve("once.tsv"), again = dir.resolve("twice.tsv");
        assertThat(CliRun.of("convert", HMP2.toString(), "--to", "tsv", "-o", tsv.toString()).exit()).isZero();
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(HMP2)));
        List<String> lines = Files.readAllLines(tsv);
        assertThat(lines.get(0)).startsWith("#gutskin-table");
        assertThat(lines).contains("#gutskin-provenance input " + HMP2.getFileName() + " sha256 " + sha)
                .anyMatch(l -> l.startsWith("#gutskin-provenance options to=tsv; values=auto"));
        assertThat(CliRun.of("convert", tsv.toString(), "--to", "tsv", "-o", again.toString()).exit()).isZero();
        List<String> first = lines.stream().filter(l -> !l.startsWith("#gutskin-provenance")).toList();
        List<String> second = Files.readAllLines(again).stream().filter(l -> !l.startsWith("#gutskin-provenance")).toList();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void convertWritesNothingOnBadInput() throws IOException {
        Path bad = dir.resolve("bad.biom");
        Files.writeString(bad, "{\"rows\":[{\"id\":\"a\"}],\"columns\":[{\"id\":\"s\"}],\"shape\":[2,1],\"matrix_type\":\"sparse\",\"data\":[]}");
        Path out = dir.resolve("out.tsv");
        CliRun r = CliRun.of("convert", bad.toString(), "--to", "tsv", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("shape");
        assertThat(out).doesNotExist();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("bad.biom");
    }

    @Test
    void aTableLargerThanMemoryIsBadInputNotACrash() throws Exception {
        // 400 samples x 3000 taxa, every cell non-zero: far more than a 24 MB heap holds
        Path big = dir.resolve("big.tsv");
        StringBuilder sb = new StringBuilder("clade_name");
        for (int s = 0; s < 400; s++) sb.append("\tS").append(s);
        sb.append('\n');
        try (var w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.append(sb);
            for (int t = 0; t < 3000; t++) {
                sb.setLength(0);
                sb.append("k__B|p__P|c__C|o__O|f__F|g__G|s__sp").append(t);
                for (int s = 0; s < 400; s++) sb.append("\t0.0").append(1 + (s + t) % 9);
                sb.append('\n');
                w.append(sb);
            }
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
                "-cp", System.getProperty("java.class.path"), "org.gutskin.cli.Main", "inspect", big.toString())
                .redirectErrorStream(false).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(3);
        assertThat(err).contains("memory").contains(big.toString()).doesNotContain("Exception");
    }
}
