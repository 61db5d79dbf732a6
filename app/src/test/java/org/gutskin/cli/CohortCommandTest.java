package org.gutskin.cli;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
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
@RequiresShared
class CohortCommandTest {

    private static final Path DATA = Shared.root().resolve("data");
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

    /**
     * The Spark job parses no option: the command checks them and writes the request as JSON. Without any optional
     * option the request carries the contract's defaults (docs: species rank, Bray-Curtis, 999 permutations; seed 42,
     * prevalence 0.1 as --help states), written once, in CohortOptions.
     */
    @Test
    void sparkGetsTheCheckedRequestWithTheContractsDefaults() throws IOException {
        Path req = dir.resolve("request.json");
        CliRun r = run("cohort", HMP2.toString(), "--metadata", meta.toString(), "--group", "antibiotics", "--engine",
                "spark", "--save-request", req.toString(), "-o", dir.resolve("never").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(dir.resolve("never")).doesNotExist();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(req.toFile());
        var o = json.get("options");
        assertThat(o.get("rank").asText()).isEqualTo("SPECIES");
        assertThat(o.get("betaMetrics").toString()).isEqualTo("[\"braycurtis\"]");
        assertThat(o.get("permutations").asInt()).isEqualTo(999);
        assertThat(o.get("seed").asLong()).isEqualTo(42);
        assertThat(o.get("minPrevalence").asDouble()).isEqualTo(0.1);
        assertThat(json.get("groupColumn").asText()).isEqualTo("antibiotics");
        assertThat(json.get("files").get(0).asText()).isEqualTo(HMP2.toString());
        assertThat(json.get("adjusted").isNull()).isTrue();
        assertThat(org.gutskin.cohort.CohortRequestJson.read(req).options())
                .isEqualTo(org.gutskin.cohort.CohortOptions.defaults());

        CliRun neg = run("cohort", HMP2.toString(), "--metadata", meta.toString(), "--group", "antibiotics", "--engine",
                "spark", "--permutations", "-1", "--save-request", req.toString(), "-o", dir.resolve("n").toString());
        assertThat(neg.exit()).isEqualTo(Main.USAGE);
        assertThat(neg.err()).contains("--permutations must be >= 0");
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

    private static final Path PSORIASIS = DATA.resolve("skin-conditions/psoriasis_qqwxp1987");

    @Test
    void formulaWritesTheAdjustedModels() throws IOException {
        Path out = dir.resolve("adjusted");
        CliRun r = run("cohort", PSORIASIS.resolve("profiles_merged.tsv").toString(), "--metadata",
                PSORIASIS.resolve("samples.tsv").toString(), "--group", "Disease", "--formula", "Disease + Sex + BMI",
                "--strata", "Family", "--permutations", "99", "--alpha", "shannon", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> margin = Files.readAllLines(out.resolve("permanova_margin.tsv"));
        assertThat(margin.get(0)).startsWith("term\tdf\tsum_of_squares\tr2\tpseudo_f\tp_value");
        assertThat(margin).extracting(l -> l.split("\t")[0]).containsExactly("term", "Disease", "Sex", "BMI", "Residual", "Total");
        // vegan 2.6-4 adonis2(by = "margin") on the same 131 samples: F(Disease) = 1.0585 (MarginalPermanovaVeganTest pins all digits)
        assertThat(Double.parseDouble(margin.get(1).split("\t")[4])).isCloseTo(1.0585, within(5e-5));
        List<String> models = Files.readAllLines(out.resolve("models.tsv"));
        assertThat(models.get(0)).isEqualTo("taxon\tterm\tcolumn\testimate\tstd_error\tci_low\tci_high\tstatistic\tp_value\tq_value\tn\tprevalence\tmodel\tdf");
        // the paired models: Satterthwaite is not needed, df = n − p (68 samples in 34 families: 68 − 4 − 33 = 31)
        assertThat(models.subList(1, models.size())).allMatch(l -> l.endsWith("\tlm+strata\t31"));
        assertThat(Files.readString(out.resolve("adjusted.html"))).contains("Disease + Sex + BMI").contains("Not medical advice");
        assertThat(out.resolve("alpha_models.tsv")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("summary.html"))).contains("href=\"adjusted.html\"");
    }

    @Test
    void badFormulaOptionsAreUsageErrorsWithoutOutput() {
        Path out = dir.resolve("badformula");
        String p = PSORIASIS.resolve("profiles_merged.tsv").toString(), m = PSORIASIS.resolve("samples.tsv").toString();
        CliRun a = run("cohort", p, "--metadata", m, "--group", "Disease", "--formula", "Disease * Sex", "-o", out.toString());
        assertThat(a.exit()).isEqualTo(2);
        assertThat(a.err()).contains("--formula").contains("only additive").doesNotContain("Exception");
        CliRun b = run("cohort", p, "--metadata", m, "--group", "Disease", "--strata", "Family", "-o", out.toString());
        assertThat(b.exit()).isEqualTo(2);
        assertThat(b.err()).contains("need --formula");
        CliRun c = run("cohort", p, "--metadata", m, "--group", "Disease", "--formula", "Disease + Smoker", "--permutations", "9",
                "-o", out.toString());
        assertThat(c.exit()).isEqualTo(3);
        assertThat(c.err()).contains("no column 'Smoker'").doesNotContain("Exception");
        assertThat(c.err().lines()).hasSize(1);
        CliRun d = run("cohort", p, "--metadata", m, "--group", "Disease", "--random", "Family", "-o", out.toString());
        assertThat(d.exit()).isEqualTo(2);
        assertThat(d.err()).contains("need --formula");
        CliRun e = run("cohort", p, "--metadata", m, "--group", "Disease", "--formula", "Disease", "--random", "Famly",
                "--permutations", "9", "-o", out.toString());
        assertThat(e.exit()).isEqualTo(3);
        assertThat(e.err()).contains("no column 'Famly'").doesNotContain("Exception");
        CliRun f = run("cohort", p, "--metadata", m, "--group", "Disease", "--formula", "Disease", "--random", "Disease",
                "--permutations", "9", "-o", out.toString());
        assertThat(f.exit()).isEqualTo(3);
        assertThat(f.err()).contains("--random Disease").contains("also a fixed term").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void randomInterceptsWriteMixedModels() throws Exception {
        Path out = dir.resolve("mixed");
        CliRun r = run("cohort", PSORIASIS.resolve("profiles_merged.tsv").toString(), "--metadata",
                PSORIASIS.resolve("samples.tsv").toString(), "--group", "Disease", "--formula", "Disease + Sex + BMI",
                "--random", "Family", "--strata", "Family", "--permutations", "9", "--alpha", "shannon", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> models = Files.readAllLines(out.resolve("models.tsv"));
        // every row a mixed model on all 131 samples (no pairing), with Satterthwaite's (non-integer) df
        assertThat(models.subList(1, models.size())).isNotEmpty().allSatisfy(l -> {
            String[] f = l.split("\t");
            assertThat(f[12]).isEqualTo("lmm");
            assertThat(f[10]).isEqualTo("131");
            assertThat(Double.parseDouble(f[13])).isBetween(1.0, 130.0);
        });
        assertThat(Files.readAllLines(out.resolve("alpha_models.tsv")).get(1)).contains("\tlmm\t");
    }
}
