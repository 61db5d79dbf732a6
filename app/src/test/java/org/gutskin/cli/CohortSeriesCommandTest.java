package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gutskin cohort --subject --time} through the command line: the per-subject tables on a small table whose
 * distances are worked out by hand, and the series' bad input — an unparseable date, two samples of a subject on one
 * date, a single-sample subject, mixed profilers without and with {@code --allow-mixed} — each exit 3 with one line
 * naming the file and row, and no output directory.
 */
class CohortSeriesCommandTest {

    @TempDir
    static Path dir;
    static Path profiles;

    /**
     * Two species, in percent: S1 (50, 50), S2 (20, 80), S3 (10, 90) of subject P on 1, 11 and 31 January 2020;
     * S4 (70, 30) of subject Q. Bray–Curtis (each sample sums to 100): d(S1,S2) = 60/200 = 0.3, d(S1,S3) = 80/200 =
     * 0.4, d(S2,S3) = 20/200 = 0.1.
     */
    @BeforeAll
    static void table() throws IOException {
        profiles = dir.resolve("profiles.tsv");
        Files.writeString(profiles, """
                clade_name\tS1\tS2\tS3\tS4
                k__Bacteria|p__Firmicutes|c__Clostridia|o__Eubacteriales|f__Oscillospiraceae|g__Faecalibacterium|s__Faecalibacterium_prausnitzii\t50\t20\t10\t70
                k__Bacteria|p__Bacteroidetes|c__Bacteroidia|o__Bacteroidales|f__Bacteroidaceae|g__Bacteroides|s__Bacteroides_vulgatus\t50\t80\t90\t30
                """);
    }

    private static Path metadata(String name, String rows) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "sample_id\tgroup\tsubject\tdate\n" + rows);
        return p;
    }

    private static CliRun cohort(Path meta, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("cohort", profiles.toString(), "--metadata", meta.toString(),
                "--group", "group", "--subject", "subject", "--time", "date", "--permutations", "9", "-o", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String[]> rows(Path f) throws IOException {
        return Files.readAllLines(f).stream().map(l -> l.split("\t", -1)).toList();
    }

    private static void refused(CliRun r, Path out, String fileAndLine, String... says) {
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains(fileAndLine).contains(says).doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void perSubjectSummariesOnDates() throws IOException {
        Path meta = metadata("ok.tsv", "S1\tA\tP\t2020-01-01\nS3\tA\tP\t2020-01-31\nS2\tA\tP\t2020-01-11\nS4\tB\tQ\t2020-01-05\n");
        Path out = dir.resolve("ok");
        CliRun r = cohort(meta, out, "--alpha", "observed");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String[]> subjects = rows(out.resolve("longitudinal.tsv"));
        assertThat(subjects.get(0)).containsExactly("subject", "group", "samples", "first_sample", "last_sample", "span",
                "time_unit", "braycurtis_first_to_last", "braycurtis_mean_consecutive", "observed_slope", "label");
        String[] p = subjects.get(1);
        assertThat(p).startsWith("P", "A", "3", "S1", "S3", "30", "days");
        assertThat(Double.parseDouble(p[7])).isCloseTo(0.4, within(1e-12)); // d(S1,S3)
        assertThat(Double.parseDouble(p[8])).isCloseTo((0.3 + 0.1) / 2, within(1e-12));
        assertThat(Double.parseDouble(p[9])).isZero(); // two species throughout
        // the single-sample subject is allowed and says so: one sample, no change
        assertThat(subjects.get(2)).containsExactly("Q", "B", "1", "S4", "S4", "0", "days", "NaN", "NaN", "NaN", "");
        List<String[]> d = rows(out.resolve("longitudinal_distances.tsv"));
        assertThat(d.get(1)).startsWith("P", "S1", "2020-01-01", "0", "NaN", "NaN");
        assertThat(d.get(2)).startsWith("P", "S2", "2020-01-11", "10");
        assertThat(Double.parseDouble(d.get(2)[4])).isCloseTo(0.3, within(1e-12));
        assertThat(Double.parseDouble(d.get(3)[5])).isCloseTo(0.1, within(1e-12));
        assertThat(rows(out.resolve("longitudinal_tests.tsv")).get(0))
                .containsExactly("test", "measure", "statistic", "p_value", "subjects");
        assertThat(Files.readString(out.resolve("summary.html"))).contains("1 subject(s) with a single sample",
                "<h2>Change over time</h2>", "(per day)", "longitudinal_tests.tsv");
    }

    @Test
    void anUnparseableDateNamesFileAndRow() throws IOException {
        Path meta = metadata("baddate.tsv", "S1\tA\tP\t2020-01-01\nS2\tA\tP\t2020-02-30\nS3\tA\tP\t2020-03-01\nS4\tB\tQ\t2020-01-05\n");
        Path out = dir.resolve("baddate");
        refused(cohort(meta, out), out, meta + ":3:", "'2020-02-30'", "not a date");
    }

    @Test
    void twoSamplesOfASubjectOnOneDateAreRefusedUntilOneIsExcluded() throws IOException {
        Path meta = metadata("sameday.tsv", "S1\tA\tP\t2020-01-01\nS2\tA\tP\t2020-01-01\nS3\tA\tP\t2020-03-01\nS4\tB\tQ\t2020-01-05\n");
        Path out = dir.resolve("sameday");
        refused(cohort(meta, out), out, meta + ":3:", "'S1' and 'S2'", "same time", "--series-exclude S2");
        Path list = dir.resolve("repeats.txt"); // picocli's @file: the ids on one line, comma-separated
        Files.writeString(list, "S2\n");
        CliRun r = cohort(meta, out, "--series-exclude", "@" + list);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("longitudinal.tsv"))).contains("P\tA\t2\tS1\tS3\t");
        // the group comparison keeps the excluded sample
        assertThat(Files.readAllLines(out.resolve("alpha.tsv"))).hasSize(5);
        Path nowhere = dir.resolve("nowhere");
        refused(cohort(meta, nowhere, "--series-exclude", "S9"), nowhere, meta.toString(), "'S9'");
    }

    @Test
    void subjectAndTimeGoTogether() throws IOException {
        Path meta = metadata("usage.tsv", "S1\tA\tP\t2020-01-01\n");
        CliRun r = CliRun.of("cohort", profiles.toString(), "--metadata", meta.toString(), "--group", "group",
                "--subject", "subject", "-o", dir.resolve("usage").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--subject and --time go together");
        CliRun mixed = CliRun.of("cohort", profiles.toString(), "--metadata", meta.toString(), "--group", "group",
                "--allow-mixed", "-o", dir.resolve("usage").toString());
        assertThat(mixed.exit()).isEqualTo(2);
    }

    /** A MetaPhlAn 4 profile and a Kraken 2 report of one subject: refused, then compared with a label. */
    @Test
    @RequiresShared
    void mixedProfilersAreRefusedUnlessAllowedAndThenLabelled() throws IOException {
        Path mpa = Shared.data("formats/metaphlan/ERR7569997.metaphlan4.txt");
        Path kraken = Shared.data("formats/kraken2_bracken/sample_test.report");
        Path other = Shared.data("gmwi2/examples/SRR1761667_metaphlan.txt");
        Path meta = dir.resolve("mixed.tsv");
        Files.writeString(meta, "sample_id\tgroup\tsubject\tdate\nERR7569997\tA\tP\t2021-05-01\n"
                + "sample_test\tA\tP\t2021-06-01\nSRR1761667\tB\tQ\t2021-05-01\n");
        Path out = dir.resolve("mixed");
        String[] args = {"cohort", mpa.toString(), kraken.toString(), other.toString(), "--metadata", meta.toString(),
                "--group", "group", "--subject", "subject", "--time", "date", "--rank", "genus", "--permutations", "9",
                "-o", out.toString()};
        refused(CliRun.of(args), out, meta + ":3:", "profilers differ (metaphlan vs kraken2)", "allow");
        List<String> allowed = new java.util.ArrayList<>(List.of(args));
        allowed.add("--allow-mixed");
        CliRun r = CliRun.of(allowed.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        String[] p = rows(out.resolve("longitudinal.tsv")).get(1);
        assertThat(p[0]).isEqualTo("P");
        assertThat(p[p.length - 1]).isEqualTo("profilers differ (kraken2 vs metaphlan)");
        List<String[]> d = rows(out.resolve("longitudinal_distances.tsv"));
        assertThat(d.get(2)[1]).isEqualTo("sample_test");
        assertThat(d.get(2)).endsWith("profilers differ (kraken2 vs metaphlan)", "profilers differ (kraken2 vs metaphlan)");
        assertThat(d.get(1)).endsWith("", ""); // the first sample has no comparison
        assertThat(Files.readString(out.resolve("summary.html"))).contains("mix profilers or body sites (allowed)");
    }
}
