package org.gutskin.cli;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gutskin report}: the contract's options, exit 3 for unknown sample/condition/answers, the resumable batch. */
@RequiresShared
class ReportCommandTest {

    static Path shared(String rel) {
        return Shared.path(rel);
    }

    static final Path EXAMPLE = Shared.root().resolve("data/gmwi2/examples/SRR1761667_metaphlan.txt");

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        PrintStream o = System.out, e = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        System.setErr(new PrintStream(err, true));
        try {
            return new Run(Main.execute(args), out.toString(), err.toString());
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    @Test
    void jsonReportWithRedFlag(@TempDir Path dir) throws Exception {
        Path answers = dir.resolve("a.json");
        Files.writeString(answers, "{\"painful_or_scarring_acne\": true}");
        Path out = dir.resolve("r.json");
        Run r = run("report", EXAMPLE.toString(), "--sample", "SRR1761667", "--condition", "acne", "--answers",
                answers.toString(), "--format", "json", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertThat(doc.get("route").asText()).isEqualTo("clinician-first");
        assertThat(doc.get("triageStatus").get("answeredVia").asText()).isEqualTo("cli");
        assertThat(doc.get("triageStatus").get("asked").asInt()).isEqualTo(1);
        assertThat(doc.get("conditions")).hasSize(1);
        String[] f = Files.readString(shared("data/gmwi2/examples/SRR1761667_GMWI2.txt")).trim().split("\\s+");
        assertThat(doc.get("indices").get("gmwi2").asDouble()).isCloseTo(Double.parseDouble(f[f.length - 1]),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void badInputExitsThreeWithOneLineAndNoOutput(@TempDir Path dir) {
        Path out = dir.resolve("r.html");
        for (List<String> extra : List.of(List.of("--sample", "nope"),
                List.of("--sample", "SRR1761667", "--condition", "eczema"),
                List.of("--sample", "SRR1761667", "--answers", "{\"itchy\": true}"),
                List.of("--sample", "SRR1761667", "--answers", "{\"infection_signs\": \"yes\"}"),
                List.of("--sample", "SRR1761667", "--answers", "{\"infection_signs\": tru"),
                List.of("--sample", "SRR1761667", "--answers", dir.resolve("missing.json").toString()))) {
            List<String> args = new java.util.ArrayList<>(List.of("report", EXAMPLE.toString(), "--format", "html",
                    "-o", out.toString()));
            args.addAll(extra);
            Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(extra + ": " + r.err()).isEqualTo(3);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
        assertThat(run("report", EXAMPLE.toString(), "--format", "html", "-o", out.toString()).code()).isEqualTo(2);
        assertThat(run("report", EXAMPLE.toString(), "--sample", "SRR1761667", "--format", "docx", "-o",
                out.toString()).code()).isEqualTo(3);
    }

    @Test
    void batchIsResumableAndWritesOneFilePerSample(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("t.tsv");
        Files.writeString(table, "clade_name\ts1\ts/2\ts3\n"
                + "k__Bacteria|p__Firmicutes|c__Clostridia|o__Clostridiales|f__Ruminococcaceae|g__Faecalibacterium|s__Faecalibacterium_prausnitzii\t40\t10\t5\n"
                + "k__Bacteria|p__Bacteroidetes|c__Bacteroidia|o__Bacteroidales|f__Bacteroidaceae|g__Bacteroides|s__Bacteroides_vulgatus\t60\t90\t95\n");
        Path out = dir.resolve("reports");
        Run first = run("report", table.toString(), "--all", "--format", "json", "-o", out.toString(), "--threads", "2");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("3/3 reports");
        List<String> names;
        try (Stream<Path> s = Files.list(out)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).containsExactly("s1.json", "s3.json", "s_2.json");
        assertThat(new ObjectMapper().readTree(out.resolve("s_2.json").toFile()).get("sample").asText()).isEqualTo("s/2");
        // resume: a finished report is kept as it is, a missing one is written again
        FileTime kept = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(out.resolve("s1.json"), kept);
        Files.delete(out.resolve("s3.json"));
        Run second = run("report", table.toString(), "--all", "--format", "json", "-o", out.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).contains("1/1 reports").contains("2 already done");
        assertThat(Files.getLastModifiedTime(out.resolve("s1.json"))).isEqualTo(kept);
        assertThat(out.resolve("s3.json")).exists();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
        }
    }

    /** A batch with per-sample answers: each report has its own route, a sample without a row says not-assessed. */
    @Test
    void batchTakesPerSampleAnswersAsTsvOrJsonLines(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("t.tsv");
        Files.writeString(table, "clade_name\ts1\ts2\ts3\n"
                + "k__Bacteria|p__Firmicutes|c__Clostridia|o__Clostridiales|f__Ruminococcaceae|g__Faecalibacterium|s__Faecalibacterium_prausnitzii\t40\t10\t5\n"
                + "k__Bacteria|p__Bacteroidetes|c__Bacteroidia|o__Bacteroidales|f__Bacteroidaceae|g__Bacteroides|s__Bacteroides_vulgatus\t60\t90\t95\n");
        Path answers = dir.resolve("answers.tsv");
        Files.writeString(answers, "sample_id\tblood_in_stool_or_black_stool\tpregnant_or_breastfeeding\n"
                + "s1\tyes\tno\ns2\tfalse\tNA\n");
        Path out = dir.resolve("reports");
        Run r = run("report", table.toString(), "--all", "--answers-table", answers.toString(), "--format", "json",
                "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("1 sample(s) have no row");
        ObjectMapper m = new ObjectMapper();
        JsonNode s1 = m.readTree(out.resolve("s1.json").toFile()), s2 = m.readTree(out.resolve("s2.json").toFile()),
                s3 = m.readTree(out.resolve("s3.json").toFile());
        assertThat(s1.get("route").asText()).isEqualTo("urgent-care");
        assertThat(s1.get("triageStatus").get("answeredVia").asText()).isEqualTo("batch-file");
        assertThat(s2.get("route").asText()).isEqualTo("not-assessed");
        assertThat(s2.get("triageStatus").get("asked").asInt()).isEqualTo(1);
        assertThat(s3.get("route").asText()).isEqualTo("not-assessed");
        assertThat(s3.get("triageStatus").get("asked").asInt()).isZero();
        // JSON lines: same result
        Path jl = dir.resolve("answers.jsonl");
        Files.writeString(jl, "{\"sample_id\": \"s3\", \"preterm_or_newborn_infant\": true}\n");
        Path out2 = dir.resolve("reports2");
        assertThat(run("report", table.toString(), "--all", "--answers-table", jl.toString(), "--format", "json", "-o",
                out2.toString()).code()).isZero();
        assertThat(m.readTree(out2.resolve("s3.json").toFile()).get("route").asText()).isEqualTo("clinician-first");
        // bad tables: an unknown key, an unreadable cell, an unknown sample; each exit 3, one line, no report
        // the line each names: the unknown key's header (1), the unreadable cell's row (2), the unknown sample's row (2)
        Map<String, Integer> line = Map.of("sample_id\titchy\ns1\ttrue\n", 1,
                "sample_id\tinfection_signs\ns1\tmaybe\n", 2, "sample_id\tinfection_signs\nnope\ttrue\n", 2);
        for (String bad : line.keySet()) {
            Files.writeString(answers, bad);
            Path o = dir.resolve("bad" + bad.length());
            Run b = run("report", table.toString(), "--all", "--answers-table", answers.toString(), "--format",
                    "json", "-o", o.toString());
            assertThat(b.code()).as(bad + b.err()).isEqualTo(3);
            assertThat(b.err().strip().lines()).as(b.err()).hasSize(1);
            assertThat(b.err()).contains("answers.tsv:" + line.get(bad) + ":");
            assertThat(o).doesNotExist();
        }
    }
}
