package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gutskin replicate} on the real MetaPhlAn 3 psoriasis table: files written, bad input refused in one line. */
class ReplicateCommandTest {

    private static final Path DATA = Path.of(System.getProperty("gutskin.shared", "../shared")).resolve("data");
    private static final Path YUNUSBB = DATA.resolve("skin-conditions/psoriasis_yunusbb/profiles_merged.tsv");

    @TempDir
    Path dir;

    @Test
    void writesTheMatchingReportAndSaysModelsAreNotConnected() throws IOException {
        CliRun r = CliRun.of("replicate", YUNUSBB.toString(), "--condition", "psoriasis", "--metadata",
                DATA.resolve("skin-conditions/psoriasis_yunusbb/samples.tsv").toString(), "--formula", "Diagnosis",
                "--column", "Diagnosispsoriasis", "-o", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("not connected");
        String tsv = Files.readString(dir.resolve("replication.tsv"));
        // 7 verified gut taxon facts for psoriasis; all 7 names occur in this table (grep: s__Akkermansia_muciniphila,
        // s__Faecalibacterium_prausnitzii, s__Escherichia_coli, p__Actinobacteria, g__Blautia, p__Bacteroidetes, p__Firmicutes)
        assertThat(tsv).contains("# In this cohort's table, 7 of 7 literature associations for psoriasis (plaque) matched a taxon");
        assertThat(tsv).contains("# model: Diagnosis, column Diagnosispsoriasis");
        assertThat(Files.readString(dir.resolve("replication.html"))).contains("Unverified, not evidence");
    }

    @Test
    void unknownConditionIsOneLineBadInput() {
        CliRun r = CliRun.of("replicate", YUNUSBB.toString(), "--condition", "eczema", "-o", dir.toString());
        assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("unknown condition 'eczema'");
    }
}
