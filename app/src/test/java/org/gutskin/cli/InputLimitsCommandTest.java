package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gutskin.testkit.Bombs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decompression bomb given on the command line is exit 3 with one line, quickly and without filling the heap. */
class InputLimitsCommandTest {

    @TempDir
    Path dir;

    @Test
    void aGzipOfOneFourGibLineIsExit3() throws Exception {
        Path bomb = Bombs.gzip(dir.resolve("line_profile.txt.gz"), new byte[0], (byte) '0', 4096);
        long t0 = System.nanoTime();
        CliRun r = CliRun.of("alpha", "--metrics", "observed", bomb.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("gutskin: " + bomb + ":1: a line of more than 16 MiB; no profile has"
                + " lines this long");
        assertThat(System.nanoTime() - t0).isLessThan(20_000_000_000L);
    }

    @Test
    void theDecodedLimitIsAnOption() throws Exception {
        Path bomb = Bombs.gzip(dir.resolve("newlines_profile.txt.gz"), ("#mpa_v30_CHOCOPhlAn_201901\n#clade_name\t"
                + "NCBI_tax_id\trelative_abundance\tadditional_species\nk__Bacteria\t2\t100.0\t\n").getBytes(), (byte) '\n', 80);
        CliRun r = CliRun.of("inspect", "--max-decoded-mb", "64", bomb.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("decompresses to more than 64 MiB").doesNotContain("Exception");
        assertThat(CliRun.of("inspect", bomb.toString()).exit()).isZero(); // 80 MiB is under the default 1 GiB
    }
}
