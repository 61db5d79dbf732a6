package org.gutskin.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.CohortOptions;
import org.gutskin.cohort.CohortRequest;
import org.gutskin.cohort.CohortRequestJson;
import org.gutskin.cohort.CohortRun;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ReadOptions;
import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import org.gutskin.testkit.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job runs the request the command line checked, read from JSON: on HMP2 grouped by 'antibiotics' it
 * writes what the local engine writes for the same request, and the PERMANOVA pseudo-F is scikit-bio's
 * (0.4936802024260874, recorded by ../shared/checks/contract-check). It has no cohort options of its own.
 */
class CohortJobRequestTest {

    @Test
    @Slow
    @RequiresShared
    void theJobRunsTheRequestItIsGiven(@TempDir Path dir) throws Exception {
        Path shared = Shared.root();
        Path m = shared.resolve("data/formats/metaphlan");
        Path meta = Hmp2Metadata.write(dir);
        CohortOptions o = new CohortOptions(Rank.SPECIES, List.of("shannon"), List.of("braycurtis"), 99, 5, 0.1, 5);
        CohortRequest req = new CohortRequest(List.of(m.resolve("HMP2_subset_merged_metaphlan3_profiles.tsv")),
                ReadOptions.DEFAULT, meta, "antibiotics", o, dir.resolve("out"));
        Path json = dir.resolve("request.json");
        CohortRequestJson.write(req, json);

        String old = System.setProperty("spark.driver.host", "127.0.0.1");
        try {
            assertThat(CohortJob.run(new String[] {"--request", json.toString(), "--master", "local[2]"})).isZero();
        } finally {
            if (old == null) System.clearProperty("spark.driver.host");
            else System.setProperty("spark.driver.host", old);
        }
        Map<String, byte[]> local = CohortRun.analyse(req, CohortRun.localBackend());
        for (String table : List.of("alpha.tsv", "tests.tsv", "differential_abundance.tsv"))
            assertThat(Files.readString(dir.resolve("out").resolve(table))).as(table)
                    .isEqualTo(new String(local.get(table), StandardCharsets.UTF_8));
        double pseudoF = Files.readAllLines(dir.resolve("out/tests.tsv")).stream()
                .filter(l -> l.startsWith("permanova\tbraycurtis")).mapToDouble(l -> Double.parseDouble(l.split("\t")[2]))
                .findFirst().orElseThrow();
        assertThat(pseudoF).isCloseTo(0.4936802024260874, within(1e-9));
    }

    @Test
    void itTakesNoCohortOptionOfItsOwn() {
        assertThatThrownBy(() -> CohortJob.parse(new String[] {"profiles.tsv", "--metadata", "m.tsv"}))
                .isInstanceOf(CohortJob.UsageError.class).hasMessageContaining("--save-request");
        assertThatThrownBy(() -> CohortJob.parse(new String[] {"--master", "local[2]"}))
                .isInstanceOf(CohortJob.UsageError.class).hasMessageContaining("--request FILE is required");
        CohortJob.Args a = CohortJob.parse(new String[] {"--request", "r.json", "--block-size", "40", "--debug"});
        assertThat(a).isEqualTo(new CohortJob.Args(Path.of("r.json"), "local[*]", 40, true));
    }
}
