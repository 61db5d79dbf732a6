package org.gutskin.cli;

import org.gutskin.testkit.RequiresShared;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for every command's {@code -o} (issue 18): missing directories are created, files are mode 0644, and a
 * target that cannot be written is bad input (exit 3) in one line naming the target, with no temporary file left.
 */
@RequiresShared
class OutputFilesTest {

    static final Path RICH = InspectConvertCommandTest.RICH;

    @TempDir
    Path dir;

    @Test
    void betaAndConvertCreateAMissingDirectory() throws IOException {
        Path beta = dir.resolve("missing/dir/x.tsv");
        CliRun b = CliRun.of("beta", RICH.toString(), "--metric", "braycurtis", "-o", beta.toString());
        assertThat(b.exit()).as(b.err()).isZero();
        // header + 4 rows: Sample4 and Sample5 have nothing at species rank and are left out with a note
        assertThat(Files.readAllLines(beta)).hasSize(5);
        assertThat(b.err()).contains("2 sample(s) left out: nothing classified (Sample4, Sample5)");
        Path biom = dir.resolve("other/dir/x.biom");
        CliRun c = CliRun.of("convert", RICH.toString(), "--to", "biom-json", "-o", biom.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(biom).isNotEmptyFile();
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void betaAndReportFilesAre0644() throws IOException {
        Path beta = dir.resolve("b.tsv"), report = dir.resolve("r.json");
        assertThat(CliRun.of("beta", RICH.toString(), "--metric", "braycurtis", "-o", beta.toString()).exit()).isZero();
        CliRun r = CliRun.of("report", ReportCommandTest.EXAMPLE.toString(), "--sample", "SRR1761667", "--format", "json",
                "-o", report.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        for (Path p : List.of(beta, report))
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo("rw-r--r--");
    }

    @Test
    void anUnwritableTargetIsExit3InOneLineNamingTheTarget() throws IOException {
        Files.writeString(dir.resolve("blocker"), "a file where a directory should be");
        for (String[] cmd : List.of(new String[] {"beta", RICH.toString(), "--metric", "braycurtis"},
                new String[] {"convert", RICH.toString(), "--to", "tsv"})) {
            Path target = dir.resolve("blocker/x.out");
            String[] args = Stream.concat(Stream.of(cmd), Stream.of("-o", target.toString())).toArray(String[]::new);
            CliRun r = CliRun.of(args);
            assertThat(r.exit()).as(r.err()).isEqualTo(Main.BAD_INPUT);
            // warnings and notes about the input may come first; the failure itself is one line
            List<String> lines = r.err().lines().filter(l -> !l.startsWith("gutskin: braycurtis")
                    && !l.startsWith("gutskin: warning: ") && !l.startsWith("gutskin: note: ")).toList();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).startsWith("gutskin: " + target + ": cannot write the output").doesNotContain(".part");
        }
        CliRun batch = CliRun.of("report", ReportCommandTest.EXAMPLE.toString(), "--all", "--format", "json", "-o",
                dir.resolve("blocker").toString());
        assertThat(batch.exit()).as(batch.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(batch.err()).contains(dir.resolve("blocker") + ": is a file, expected a directory");
        Path dirTarget = dir.resolve("adir");
        Files.createDirectories(dirTarget);
        CliRun r = CliRun.of("beta", RICH.toString(), "--metric", "braycurtis", "-o", dirTarget.toString());
        assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(dirTarget.toString()).doesNotContain(".part");
        assertThat(tempFiles()).isEmpty();
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
