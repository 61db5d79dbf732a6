package org.gutskin.cohort;

import org.gutskin.testkit.Slow;
import org.gutskin.profile.SampleMetadata;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cohort above {@link CohortAnalysis#EXACT_PCOA_MAX} samples takes the row path: the tables are byte-identical
 * whether the local engine keeps the matrix in memory or recomputes its rows in every pass, and the PERMANOVA
 * statistic is the matrix formula's ({@link Permanova#pseudoF}, pinned to scikit-bio).
 */
@Slow
class LargeCohortEngineTest {

    static final List<String> TABLES = List.of("alpha.tsv", "tests.tsv", "differential_abundance.tsv", "ordination.tsv",
            "ordination_axes.tsv");

    static CohortRequest request(Path dir, int n) {
        SyntheticCohort.write(dir, n, 11);
        CohortOptions o = new CohortOptions(Rank.SPECIES, List.of("shannon", "observed"),
                List.of("braycurtis", "jaccard"), 99, 5, 0.1, 5);
        return new CohortRequest(List.of(dir.resolve("profiles.tsv")), ReadOptions.DEFAULT, dir.resolve("metadata.tsv"),
                "group", o, dir.resolve("out"));
    }

    @Test
    void storedAndRecomputedRowsGiveTheSameTables(@TempDir Path dir) {
        CohortRequest req = request(dir, 1_100);
        Map<String, byte[]> stored = CohortRun.analyse(req, CohortRun.localBackend(Long.MAX_VALUE));
        Map<String, byte[]> recomputed = CohortRun.analyse(req, CohortRun.localBackend(0));
        for (String t : TABLES)
            assertThat(new String(recomputed.get(t), StandardCharsets.UTF_8)).as(t)
                    .isEqualTo(new String(stored.get(t), StandardCharsets.UTF_8));
        String html = new String(recomputed.get("summary.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("recomputed by rows");

        // the statistic is the matrix formula's
        var table = CohortRun.atRank(req, CohortRun.readTable(req));
        var design = CohortDesign.of(table, SampleMetadata.read(req.metadata()), "group");
        var relative = design.table().normalized(1.0, design.table().kind());
        var dm = new org.gutskin.diversity.beta.BrayCurtis().compute(relative, 2);
        double f = Permanova.pseudoF(dm.condensed(), dm.size(), design.grouping().codes(), 2);
        String row = new String(stored.get("tests.tsv"), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("permanova\tbraycurtis")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(row.split("\t")[2])).isCloseTo(f, org.assertj.core.api.Assertions.within(1e-12 * f));
    }
}
