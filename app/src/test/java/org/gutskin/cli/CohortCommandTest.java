package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gutskin cohort} end to end on the HMP2 table grouped by 'antibiotics', against the peers' numbers that
 * ../shared/checks/contract-check records (scikit-bio 0.5.8 permanova on Bray–Curtis of the species renormalised
 * to 1; scipy.stats.kruskal of Shannon in base e), and its error paths.
 */
class CohortCommandTest {

    private static final Path DATA = Path.of(System.getProperty("gutskin.shared", "../shared")).resolve("data");
    private static final Path HMP2 = DATA.resolve("formats/metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv");

    @TempDir
    static Path dir;
    static Path meta;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** The HMP2 metadata is stored one variable per line; the contract wants one sample per line. */
    @BeforeAll
    static void metadata() throws IOException {
        List<String[]> f = Files.readAllLines(DATA.resolve("formats/metaphlan/HMP2_subset_metadata.tsv")).stream()
                .map(l -> l.split("\t", -1)).toList();
        StringBuilder md = new StringBuilder("sample_id");
        for (int r = 1; r < f.size(); r++) md.append('\t').append(f.get(r)[0]);
        md.append('\n');
        for (int c = 1; c < f.get(0).length; c++) {
            md.append(f.get(0)[c]);
            for (int r = 1; r < f.size(); r++) md.append('\t').append(f.get(r)[c].strip());
            md.append('\n');
        }
        meta = dir.resolve("meta.tsv");
        Files.writeString(meta, md);
    }

    @Test
    void hmp2ByAntibioticsMatchesScikitBioAndScipy() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = run("cohort", HMP2.toString(), "--metadata", meta.toString(), "--group", "antibiotics",
                "--permutations", "99", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String[]> tests = Files.readAllLines(out.resolve("tests.tsv")).stream().map(l -> l.split("\t")).toList();
        assertThat(tests.get(0)).containsExactly("test", "metric", "statistic", "p_value", "permutations");
        String[] perm = tests.stream().filter(t -> t[0].equals("permanova") && t[1].equals("braycurtis")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(perm[2])).isCloseTo(0.4936802024260874, within(1e-9));
        assertThat(perm[4]).isEqualTo("99");
        String[] kw = tests.stream().filter(t -> t[0].equals("kruskal") && t[1].equals("shannon")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(kw[2])).isCloseTo(2.3464770523593756, within(1e-9));
        for (String f : List.of("summary.html", "alpha.tsv", "differential_abundance.tsv", "ordination.tsv", "pcoa.svg",
                "pcoa.png", "volcano.svg", "box_shannon.svg"))
            assertThat(out.resolve(f)).as(f).isNotEmptyFile();
        assertThat(Files.readAllLines(out.resolve("alpha.tsv"))).hasSize(130); // header + 129 samples
    }

    @Test
    void unknownGroupColumnIsBadInputWithoutOutput() {
        Path out = dir.resolve("bad");
        CliRun r = run("cohort", HMP2.toString(), "--metadata", meta.toString(), "--group", "disease", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("no column 'disease'").doesNotContain("Exception");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownMetricIsBadInput() {
        CliRun r = run("cohort", HMP2.toString(), "--metadata", meta.toString(), "--group", "antibiotics", "--metric", "euclid",
                "-o", dir.resolve("m").toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("unknown --metric 'euclid'");
    }

    @Test
    void sparkEngineWithoutItsJarSaysHowToBuildIt() {
        String old = System.setProperty("gutskin.spark.jar", dir.resolve("absent.jar").toString());
        try {
            CliRun r = run("cohort", HMP2.toString(), "--metadata", meta.toString(), "--group", "antibiotics", "--engine", "spark",
                    "-o", dir.resolve("s").toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("./mvnw -B -pl spark -am package");
        } finally {
            if (old == null) System.clearProperty("gutskin.spark.jar");
            else System.setProperty("gutskin.spark.jar", old);
        }
    }
}
