package org.gutskin.spark;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Slow;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.CohortOptions;
import org.gutskin.cohort.CohortRequest;
import org.gutskin.cohort.CohortRun;
import org.gutskin.cohort.model.AdjustedRequest;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adjusted models ({@code --formula "Disease + Sex + BMI"}, with {@code --strata Family} or {@code --random
 * Family}) on the real psoriasis cohort give
 * byte-identical tables in the Spark engine (local[2]: taxa fitted as tasks, the marginal PERMANOVA null as
 * permutation ranges) and in the local engine. The numbers themselves are pinned against statsmodels and vegan in
 * the engine's tests.
 */
@Slow
@RequiresShared
class SparkAdjustedModelsTest extends LocalSparkTest {

    @Test
    void adjustedModelsEqualLocal(@TempDir Path dir) {
        Path d = Shared.root().resolve("data/skin-conditions/psoriasis_qqwxp1987");
        CohortOptions o = new CohortOptions(Rank.SPECIES, List.of("shannon", "observed"), List.of("braycurtis"), 99, 7, 0.1, 5);
        // fixed effects; the paired design; and random intercepts per family (the mixed model's fits as tasks)
        for (String strata : new String[] {null, "Family", "random"}) {
            AdjustedRequest adj = strata != null && strata.equals("random")
                    ? AdjustedRequest.of("Disease + Sex + BMI", null, "drop", List.of(), true, List.of("Family"))
                    : AdjustedRequest.of("Disease + Sex + BMI", strata, "drop", List.of(), true);
            CohortRequest req = new CohortRequest(List.of(d.resolve("profiles_merged.tsv")), ReadOptions.DEFAULT,
                    d.resolve("samples.tsv"), "Disease", o, dir.resolve("out"), adj);
            Map<String, byte[]> local = CohortRun.analyse(req, CohortRun.localBackend());
            Map<String, byte[]> spark = CohortRun.analyse(req, new SparkCohortBackend(jsc, 40));
            for (String table : List.of("models.tsv", "alpha_models.tsv", "permanova_margin.tsv"))
                assertThat(new String(spark.get(table), StandardCharsets.UTF_8)).as(strata + " " + table)
                        .isEqualTo(new String(local.get(table), StandardCharsets.UTF_8));
            assertThat(new String(local.get("models.tsv"), StandardCharsets.UTF_8).lines().count()).isGreaterThan(1000);
        }
    }
}
