package org.gutskin.spark;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Slow;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.CohortOptions;
import org.gutskin.cohort.CohortRequest;
import org.gutskin.cohort.CohortRun;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine in local[2] gives byte-identical tables to the local engine on the HMP2 table (129 samples,
 * 'antibiotics'), with small blocks so the distance matrix really is assembled from many block tasks.
 */
@Slow
@RequiresShared
class SparkEqualsLocalTest extends LocalSparkTest {

    @Test
    void sparkEqualsLocalOnHmp2(@TempDir Path dir) throws Exception {
        Path shared = Shared.root();
        Path m = shared.resolve("data/formats/metaphlan");
        Path meta = Hmp2Metadata.write(dir);
        CohortOptions o = new CohortOptions(Rank.SPECIES, CohortOptions.DEFAULT_ALPHA, List.of("braycurtis", "jaccard"),
                99, 5, 0.1, 5);
        CohortRequest req = new CohortRequest(List.of(m.resolve("HMP2_subset_merged_metaphlan3_profiles.tsv")),
                ReadOptions.DEFAULT, meta, "antibiotics", o, dir.resolve("out"));
        Map<String, byte[]> local = CohortRun.analyse(req, CohortRun.localBackend());
        Map<String, byte[]> spark = CohortRun.analyse(req, new SparkCohortBackend(jsc, 40));
        for (String table : List.of("alpha.tsv", "tests.tsv", "differential_abundance.tsv", "ordination.tsv", "ordination_axes.tsv"))
            assertThat(new String(spark.get(table), StandardCharsets.UTF_8)).as(table)
                    .isEqualTo(new String(local.get(table), StandardCharsets.UTF_8));
        // and the pseudo-F is scikit-bio's (shared/checks/contract-check records it: 0.4936802024260874)
        String tests = new String(local.get("tests.tsv"), StandardCharsets.UTF_8);
        double f0 = tests.lines().filter(l -> l.startsWith("permanova\tbraycurtis")).mapToDouble(l -> Double.parseDouble(l.split("\t")[2]))
                .findFirst().orElseThrow();
        assertThat(f0).isCloseTo(0.4936802024260874, org.assertj.core.api.Assertions.within(1e-9));
    }
}
