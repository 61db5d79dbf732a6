package org.gutskin.cli;

import org.gutskin.testkit.RequiresShared;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gutskin.cli.ReportCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gutskin report --age}: the reader's trial lanes first and marked (years: under 1 infant, 1-17 child, 18 and
 * over adult, or the words), every lane labelled without it, and a bad value is a usage error (exit 2) with one line
 * and no output file — as for {@code gutskin evidence --age}.
 */
@RequiresShared
class ReportAgeTest {

    static JsonNode report(Path dir, String... age) throws Exception {
        Path out = dir.resolve("r" + String.join("", age).replace('.', '_') + ".json");
        List<String> args = new java.util.ArrayList<>(List.of("report", ReportCommandTest.EXAMPLE.toString(),
                "--sample", "SRR1761667", "--condition", "atopic-dermatitis", "--format", "json", "-o", out.toString()));
        if (age.length > 0) args.addAll(List.of("--age", age[0]));
        Run r = ReportCommandTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(out.toFile()).get("conditions").get(0);
    }

    @Test
    void theReadersLanesComeFirst(@TempDir Path dir) throws Exception {
        for (String[] c : List.of(new String[] {"0.5", "infant"}, new String[] {"infant", "infant"},
                new String[] {"1", "child"}, new String[] {"7", "child"}, new String[] {"40", "adult"},
                new String[] {"adult", "adult"})) {
            JsonNode ad = report(dir, c[0]);
            assertThat(ad.get("readerAge").asText()).as(c[0]).isEqualTo(c[1]);
            JsonNode first = ad.get("lanes").get(0);
            assertThat(first.get("ageBand").asText()).as(c[0]).isEqualTo(c[1]);
            assertThat(first.get("readerLane").asBoolean()).as(c[0]).isTrue();
        }
    }

    @Test
    void withoutAgeEveryLaneIsLabelledAndNoneIsMarked(@TempDir Path dir) throws Exception {
        JsonNode ad = report(dir);
        assertThat(ad.has("readerAge")).isFalse();
        assertThat(ad.get("lanes").size()).isGreaterThan(1);
        for (JsonNode l : ad.get("lanes")) {
            assertThat(l.get("readerLane").asBoolean()).isFalse();
            assertThat(l.get("label").asText()).contains(" \u2014 ");
        }
        assertThat(ad.get("lanes").get(0).get("ageBand").asText()).isEqualTo("infant");
    }

    @Test
    void htmlMarksTheReadersRow(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.html");
        Run r = ReportCommandTest.run("report", ReportCommandTest.EXAMPLE.toString(), "--sample", "SRR1761667",
                "--condition", "atopic-dermatitis", "--age", "40", "--format", "html", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("Trial evidence by age group and purpose")
                .contains("<tr class=\"reader\"><td>Adults");
    }

    @Test
    void aBadAgeIsAUsageErrorLikeEvidence(@TempDir Path dir) {
        Path out = dir.resolve("r.json");
        for (String bad : List.of("old", "-1", "abc", "999")) {
            Run r = ReportCommandTest.run("report", ReportCommandTest.EXAMPLE.toString(), "--sample", "SRR1761667",
                    "--age", bad, "--format", "json", "-o", out.toString());
            assertThat(r.code()).as(bad + ": " + r.err()).isEqualTo(Main.USAGE);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).startsWith("gutskin: age").doesNotContain("Exception");
            assertThat(out).doesNotExist();
            Run e = ReportCommandTest.run("evidence", "--age", bad);
            assertThat(e.code()).as("evidence " + bad).isEqualTo(r.code());
        }
    }
}
