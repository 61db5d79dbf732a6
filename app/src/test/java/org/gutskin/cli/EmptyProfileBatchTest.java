package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unclassified-only profile in a batch is left out with a note; only an all-empty batch is an error (issue 16,
 * item 3). The empty profile is derived from the real MetaPhlAn 3 mock profile (taxpasta test data): its header
 * lines kept, its body replaced by the single {@code UNKNOWN -1 100.0} row that nf-core/taxprofiler's mock
 * profiles hold (no such file was found in the indexed repositories, so it is written at test time).
 */
@RequiresShared
class EmptyProfileBatchTest {

    @TempDir
    static Path dir;

    static Path mock, unknown1, unknown2;

    @BeforeAll
    static void derive() throws Exception {
        mock = Shared.data("formats/metaphlan/MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt");
        List<String> header = Files.readAllLines(mock, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("#")).toList();
        String body = String.join("\n", header) + "\nUNKNOWN\t-1\t100.0\t\n";
        unknown1 = Files.writeString(dir.resolve("empty_a.metaphlan3_profile.txt"), body);
        unknown2 = Files.writeString(dir.resolve("empty_b.metaphlan3_profile.txt"), body);
    }

    @Test
    void alphaAndBetaLeaveTheEmptyProfileOutWithANote() {
        CliRun alone = CliRun.of("alpha", "--metrics", "observed,shannon", mock.toString());
        CliRun batch = CliRun.of("alpha", "--metrics", "observed,shannon", mock.toString(), unknown1.toString());
        assertThat(batch.exit()).as(batch.err()).isZero();
        assertThat(batch.out()).isEqualTo(alone.out());
        assertThat(batch.err()).contains("left out").contains(unknown1.toString());
        CliRun beta2 = CliRun.of("beta", "--metric", "braycurtis", unknown1.toString(), mock.toString());
        assertThat(beta2.exit()).as(beta2.err()).isZero();
        assertThat(beta2.err()).contains("left out");
        assertThat(beta2.out().lines().count()).isEqualTo(2); // header + the one sample left
    }

    @Test
    void anAllEmptyBatchIsAnInputError() {
        CliRun r = CliRun.of("alpha", "--metrics", "observed", unknown1.toString(), unknown2.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("empty or holds only unclassified").doesNotContain("Exception");
        CliRun one = CliRun.of("alpha", "--metrics", "observed", unknown1.toString());
        assertThat(one.exit()).isEqualTo(3);
    }

    /** {@code report --all}: the empty sample gets no report and a note; the other sample's report is written. */
    @Test
    void reportAllLeavesTheEmptySampleOut() throws Exception {
        Path table = Files.writeString(dir.resolve("two.tsv"), "clade_name\tFull\tEmpty\n"
                + "k__Bacteria|p__Firmicutes|c__Clostridia|o__Clostridiales|f__Ruminococcaceae|g__Faecalibacterium"
                + "|s__Faecalibacterium_prausnitzii\t60\t0\n"
                + "k__Bacteria|p__Bacteroidetes|c__Bacteroidia|o__Bacteroidales|f__Bacteroidaceae|g__Bacteroides"
                + "|s__Bacteroides_vulgatus\t40\t0\n");
        Path out = dir.resolve("reports");
        CliRun r = CliRun.of("report", table.toString(), "--all", "--format", "json", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("1 sample(s) left out: nothing classified (Empty)");
        assertThat(out.resolve("Full.json")).isNotEmptyFile();
        assertThat(out.resolve("Empty.json")).doesNotExist();
    }
}
