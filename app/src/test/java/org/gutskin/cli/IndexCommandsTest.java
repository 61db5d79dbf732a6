package org.gutskin.cli;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gutskin score} and {@code gutskin evaluate} end to end, against the authors' published outputs. */
@RequiresShared
class IndexCommandsTest {

    private static final Path DATA = Shared.root().resolve("data");


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static Map<String, String[]> rows(String tsv) {
        Map<String, String[]> m = new HashMap<>();
        for (String line : tsv.split("\n")) m.put(line.split("\t")[0], line.split("\t"));
        return m;
    }

    @Test
    void gmwi2ScoresSingleProfilesAsTheAuthorsTool() throws IOException {
        Path a = DATA.resolve("gmwi2/examples/SRR1761667_metaphlan.txt");
        Path b = DATA.resolve("gmwi2/examples/kefir/Subj001_time2_S2_metaphlan.txt");
        CliRun r = run("score", a.toString(), b.toString(), "--index", "gmwi2");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, String[]> m = rows(r.out());
        assertThat(m.get("sample_id")).containsExactly("sample_id", "gmwi2", "call", "model");
        double pa = Double.parseDouble(Files.readString(DATA.resolve("gmwi2/examples/SRR1761667_GMWI2.txt")).trim());
        double pb = Double.parseDouble(
                Files.readString(DATA.resolve("gmwi2/examples/kefir/Subj001_time2_S2_GMWI2.txt")).trim());
        assertThat(Double.parseDouble(m.get("SRR1761667")[1])).isCloseTo(pa, within(1e-9));
        assertThat(m.get("SRR1761667")[2]).isEqualTo("healthy"); // 1.40 ≥ 1
        assertThat(Double.parseDouble(m.get("Subj001_time2_S2")[1])).isCloseTo(pb, within(1e-9));
        assertThat(m.get("Subj001_time2_S2")[2]).isEqualTo("uncertain"); // 0.047, inside the reject band
        assertThat(m.get("SRR1761667")[3]).isEqualTo("gmwi2@1.6");
    }

    @Test
    void gmhiScoresTheAuthorsMergedExampleAsGmhiOutputCsv() throws IOException {
        CliRun r = run("score", DATA.resolve("gmhi/example_25/species_relative_abundances.csv").toString(), "--index", "gmhi");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, String[]> m = rows(r.out());
        assertThat(m.get("sample_id")).containsExactly("sample_id", "gmhi", "model");
        List<String> published = Files.readAllLines(DATA.resolve("gmhi/example_25/GMHI_output.csv"));
        for (String line : published.subList(1, published.size())) {
            String[] f = line.replace("\"", "").split(",");
            assertThat(Double.parseDouble(m.get(f[0])[1])).as(f[0]).isCloseTo(Double.parseDouble(f[1]), within(1e-9));
        }
        assertThat(m).hasSize(26);
    }

    @Test
    void metaphlan4IsRefusedWithOneLineAndNoOutput() {
        Path f = DATA.resolve("formats/metaphlan/ERR7569997.metaphlan4.txt");
        CliRun r = run("score", f.toString(), "--index", "gmwi2");
        assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n").contains("MetaPhlAn 4").doesNotContain("Exception");

        CliRun allowed = run("score", f.toString(), "--index", "gmwi2", "--allow-mismatch");
        assertThat(allowed.exit()).isZero();
        assertThat(allowed.err()).contains("warning").contains("MetaPhlAn 4");
    }

    @Test
    void reducedHmp2TableIsScoredWithWarnings() {
        CliRun r = run("score", DATA.resolve("formats/metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv").toString(),
                "--index", "gmwi2");
        assertThat(r.exit()).isZero();
        assertThat(r.out().split("\n")).hasSize(130);
        assertThat(r.err()).contains("no UNKNOWN row").contains("no rows at rank(s)");
    }

    @Test
    void unknownIndexIsBadInput() {
        CliRun r = run("score", DATA.resolve("gmwi2/examples/SRR1761667_metaphlan.txt").toString(), "--index", "gmhi2");
        assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("gmwi2");
    }

    @Test
    void evaluateGmhiOnItsValidationCohort(@TempDir Path dir) throws IOException {
        Path v = DATA.resolve("gmhi/validation_782");
        CliRun r = run("evaluate", v.resolve("validation_abundance_dev.csv").toString(), "--labels",
                v.resolve("validation_metadata_dev.csv").toString(), "--label-column", "Phenotype",
                "--exclude", "excluded_bodyweight_OB_OW_UW=True", "--index", "gmhi", "--bootstrap", "200",
                "-o", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String[] head = r.out().split("\n")[0].split("\t");
        String[] all = r.out().split("\n")[1].split("\t");
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < head.length; i++) row.put(head[i], all[i]);
        // the data README (development subset of the 679-sample analysis): 55/74 healthy, 304/416 non-healthy, BA 73.70 %
        assertThat(row).containsEntry("subset", "all").containsEntry("n", "490").containsEntry("healthy_correct", "55")
                .containsEntry("nonhealthy_correct", "304");
        // balanced accuracy by hand: (55/74 + 304/416) / 2 = 0.73700623…, written at full precision (io.TsvNumbers)
        assertThat(Double.parseDouble(row.get("balanced_accuracy"))).isCloseTo((55.0 / 74 + 304.0 / 416) / 2, within(1e-12));
        assertThat(row.get("coverage")).isEqualTo("1"); // every sample labelled: a whole number, as every other TSV
        assertThat(Files.readString(dir.resolve("evaluation.tsv"))).isEqualTo(r.out());
        assertThat(Files.readString(dir.resolve("roc.svg"))).startsWith("<?xml").contains("<svg").contains("AUC 0.8");
        BufferedImage png = ImageIO.read(dir.resolve("roc.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1280);
        assertThat(Files.readAllLines(dir.resolve("scores.tsv"))).hasSize(491);
    }

    @Test
    void evaluateGmwi2ReportsTheRejectBandSubsets() {
        Path d = DATA.resolve("formats/metaphlan");
        CliRun r = run("evaluate", d.resolve("HMP2_subset_merged_metaphlan3_profiles.tsv").toString(), "--labels",
                d.resolve("HMP2_subset_metadata.tsv").toString(), "--labels-transposed", "--label-column", "diagnosis",
                "--healthy", "nonIBD", "--index", "gmwi2", "--bootstrap", "100");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[2]).contains("outside_reject_band");
        assertThat(lines[3]).contains("inside_reject_band");
        String[] all = lines[1].split("\t");
        assertThat(all[3]).isEqualTo("129");
        assertThat(all[5]).isEqualTo("28"); // nonIBD samples in the metadata
    }

    @Test
    void evaluateWithAnExplicitRejectBandForGmhi() {
        Path v = DATA.resolve("gmhi/validation_782");
        CliRun r = run("evaluate", v.resolve("validation_abundance_dev.csv").toString(), "--labels",
                v.resolve("validation_metadata_dev.csv").toString(), "--label-column", "Phenotype", "--index", "gmhi",
                "--reject-band", "0.5", "--bootstrap", "50");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(4);
        int outside = Integer.parseInt(lines[2].split("\t")[3]), inside = Integer.parseInt(lines[3].split("\t")[3]);
        assertThat(outside + inside).isEqualTo(Integer.parseInt(lines[1].split("\t")[3]));
    }

    @Test
    void evaluateWithAMissingLabelColumnIsBadInput(@TempDir Path dir) {
        Path v = DATA.resolve("gmhi/validation_782");
        CliRun r = run("evaluate", v.resolve("validation_abundance_dev.csv").toString(), "--labels",
                v.resolve("validation_metadata_dev.csv").toString(), "--label-column", "status", "--index", "gmhi",
                "-o", dir.toString());
        assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("status");
        assertThat(dir.toFile().list()).isEmpty();
    }

    /**
     * An empty sample in a batch is left out with a note (the batch rule every command follows: its GMHI would be
     * 0/0); only an all-empty input is an error. By hand: sample Other holds one species of neither GMHI set, so
     * R_MH = R_MN = 0, ψ_MH = ψ_MN = 0 and GMHI = log10(1e-5 / 1e-5) = 0, printed as a whole number
     * ({@code io.TsvNumbers}).
     */
    @Test
    void scoreLeavesAnEmptySampleOutAndAllEmptyIsBadInput(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("two.csv");
        Files.writeString(f, "Species,Empty,Other\ns__Foo_bar,0,100\ns__Foo_baz,0,0\n");
        CliRun r = run("score", f.toString(), "--index", "gmhi");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, String[]> m = rows(r.out());
        assertThat(m).doesNotContainKey("Empty");
        assertThat(r.err()).contains("gutskin: note: 1 sample(s) left out: nothing classified (Empty)");
        assertThat(m.get("Other")[1]).isEqualTo("0");
        Path none = dir.resolve("none.csv");
        Files.writeString(none, "Species,A,B\ns__Foo_bar,0,0\n");
        CliRun bad = run("score", none.toString(), "--index", "gmhi");
        assertThat(bad.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(bad.err().lines().filter(l -> !l.contains("warning")).toList()).hasSize(1)
                .first().asString().contains("no sample holds classified abundance");
    }
}
