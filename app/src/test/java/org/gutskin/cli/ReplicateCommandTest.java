package org.gutskin.cli;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gutskin replicate} on the real MetaPhlAn 3 psoriasis table: files written, bad input refused in one line. */
@RequiresShared
class ReplicateCommandTest {

    private static final Path DATA = Shared.root().resolve("data");
    private static final Path YUNUSBB = DATA.resolve("skin-conditions/psoriasis_yunusbb/profiles_merged.tsv");

    @TempDir
    Path dir;

    @Test
    void writesTheReportWithTheAdjustedEstimates() throws IOException {
        CliRun r = CliRun.of("replicate", YUNUSBB.toString(), "--condition", "psoriasis", "--metadata",
                DATA.resolve("skin-conditions/psoriasis_yunusbb/samples.tsv").toString(), "--formula", "Diagnosis",
                "--column", "Diagnosispsoriasis", "-o", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String tsv = Files.readString(dir.resolve("replication.tsv"));
        // every verified fact matched here has an estimate from the 100 samples' model (engine tests pin the numbers)
        java.util.List<String[]> rows = tsv.lines().filter(l -> l.startsWith("ps-tax-")).map(l -> l.split("\t", -1)).toList();
        assertThat(rows).isNotEmpty().allSatisfy(f -> {
            assertThat(Double.parseDouble(f[10])).as(f[2] + " estimate").isFinite();
            assertThat(f[15]).as(f[2] + " n").isEqualTo("100");
        });
        // 6 verified gut taxon facts for psoriasis (ps-tax-05, Blautia, is unverified: its direction against controls
        // could not be checked); all 6 names occur in this table (grep: s__Akkermansia_muciniphila,
        // s__Faecalibacterium_prausnitzii, s__Escherichia_coli, p__Actinobacteria, p__Bacteroidetes, p__Firmicutes)
        assertThat(tsv).contains(" of 6 literature associations for psoriasis (plaque) replicated");
        // the provenance lines name the model's options, and provenance.json lists the inputs
        assertThat(tsv.lines().filter(l -> l.startsWith("# options ")).findFirst().orElseThrow())
                .contains("formula=Diagnosis;").contains("column=Diagnosispsoriasis;");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("provenance.json").toFile())
                .at("/inputs/0/name").asText()).isEqualTo(YUNUSBB.getFileName().toString());
        assertThat(Files.readString(dir.resolve("replication.html"))).contains("Unverified, not evidence");
    }

    @Test
    void withoutFormulaOnlyTheMatchingIsWrittenAndSaidSo() {
        CliRun r = CliRun.of("replicate", YUNUSBB.toString(), "--condition", "psoriasis", "-o", dir.resolve("m").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("no --formula given");
        assertThat(dir.resolve("m/replication.tsv")).isNotEmptyFile();
    }

    @Test
    void unknownConditionIsOneLineBadInput() {
        CliRun r = CliRun.of("replicate", YUNUSBB.toString(), "--condition", "eczema", "-o", dir.toString());
        assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("unknown condition 'eczema'");
    }
}
