package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, finding 9, end to end: a sample id with a tab cannot forge an {@code alpha} row (exit 3), and ids that
 * a spreadsheet would run as formulas come out with a leading apostrophe in {@code alpha} and {@code beta}.
 */
class TsvForgeryTest {

    @TempDir
    Path dir;

    private Path biom(String id1, String id2) throws IOException {
        Path p = dir.resolve("t.biom");
        Files.writeString(p, "{\"id\":\"t\",\"format\":\"Biological Observation Matrix 1.0.0\",\"format_url\":"
                + "\"http://biom-format.org\",\"type\":\"OTU table\",\"generated_by\":\"x\",\"date\":"
                + "\"2020-01-01T00:00:00\",\"matrix_type\":\"sparse\",\"matrix_element_type\":\"int\",\"shape\":[2,2],"
                + "\"data\":[[0,0,5],[1,0,3],[0,1,2],[1,1,7]],\"rows\":[{\"id\":\"k__Bacteria|s__A\",\"metadata\":null},"
                + "{\"id\":\"k__Bacteria|s__B\",\"metadata\":null}],\"columns\":[{\"id\":\"" + id1
                + "\",\"metadata\":null},{\"id\":\"" + id2 + "\",\"metadata\":null}]}");
        return p;
    }

    @Test
    void aTabInASampleIdIsRefusedNotWrittenAsARow() throws IOException {
        CliRun r = CliRun.of("alpha", biom("S1\\tS9\\t99", "S2").toString(), "--metrics", "observed");
        assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out()).doesNotContain("S9");
        assertThat(r.err()).contains("U+0009");
    }

    @Test
    void formulaIdsAreWrittenAsText() throws IOException {
        Path t = biom("=HYPERLINK(1)", "-2");
        CliRun a = CliRun.of("alpha", t.toString(), "--metrics", "observed");
        assertThat(a.exit()).isZero();
        // observed = 2 taxa in each sample (hand count of the four non-zero cells)
        assertThat(a.out()).isEqualTo("sample_id\tobserved\n'=HYPERLINK(1)\t2\n'-2\t2\n");
        CliRun b = CliRun.of("beta", t.toString(), "--metric", "braycurtis");
        assertThat(b.exit()).isZero();
        assertThat(b.out().split("\n")[0]).isEqualTo("\t'=HYPERLINK(1)\t'-2");
        assertThat(b.out().split("\n")[1]).startsWith("'=HYPERLINK(1)\t0\t");
    }
}
