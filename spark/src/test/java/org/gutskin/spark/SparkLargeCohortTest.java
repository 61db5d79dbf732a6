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
import java.util.SplittableRandom;
import org.gutskin.cohort.CohortOptions;
import org.gutskin.cohort.CohortRequest;
import org.gutskin.cohort.CohortRun;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Above 1,000 samples the Spark engine never assembles the distance matrix: every pass (PERMANOVA and PERMDISP
 * together, then each randomized-PCoA product) runs as tasks over row blocks computed from the table. Its tables
 * must be byte-identical to the local engine's, both when the local engine stores the matrix and when it
 * recomputes rows. The cohort: the 129 HMP2 profiles, each copied nine times, every non-zero abundance scaled by a seeded uniform factor in [0.3, 1) (totals stay
 * at most 100 %; 1,161 samples), grouped by the original sample's 'antibiotics'.
 */
@Slow
@RequiresShared
class SparkLargeCohortTest extends LocalSparkTest {

    static Path noisyHmp2(Path dir, int copies) throws Exception {
        Path shared = Shared.root();
        Path m = shared.resolve("data/formats/metaphlan");
        List<String> lines = Files.readAllLines(m.resolve("HMP2_subset_merged_metaphlan3_profiles.tsv"));
        String[] head = lines.get(0).split("\t", -1);
        SplittableRandom r = new SplittableRandom(3);
        StringBuilder out = new StringBuilder("clade_name");
        for (int c = 1; c < head.length; c++) for (int k = 0; k < copies; k++) out.append('\t').append(head[c]).append('~').append(k);
        out.append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            out.append(f[0]);
            for (int c = 1; c < f.length; c++) {
                double v = Double.parseDouble(f[c]);
                for (int k = 0; k < copies; k++) out.append('\t').append(v == 0 ? 0.0 : v * (0.3 + 0.7 * r.nextDouble()));
            }
            out.append('\n');
        }
        Files.writeString(dir.resolve("profiles.tsv"), out);
        // metadata: one variable per line in the source; 'antibiotics' per original sample, copied
        String[][] md = Files.readAllLines(m.resolve("HMP2_subset_metadata.tsv")).stream().map(l -> l.split("\t", -1))
                .toArray(String[][]::new);
        String[] abx = java.util.Arrays.stream(md).filter(row -> row[0].equals("antibiotics")).findFirst().orElseThrow();
        StringBuilder meta = new StringBuilder("sample_id\tantibiotics\n");
        for (int c = 1; c < md[0].length; c++)
            for (int k = 0; k < copies; k++) meta.append(md[0][c]).append('~').append(k).append('\t').append(abx[c]).append('\n');
        Files.writeString(dir.resolve("metadata.tsv"), meta);
        return dir;
    }

    @Test
    void sparkRowsEqualLocalStoredAndRecomputed(@TempDir Path dir) throws Exception {
        noisyHmp2(dir, 9);
        CohortOptions o = new CohortOptions(Rank.SPECIES, List.of("shannon", "observed"), List.of("braycurtis", "aitchison"),
                99, 5, 0.1, 5);
        CohortRequest req = new CohortRequest(List.of(dir.resolve("profiles.tsv")), ReadOptions.DEFAULT,
                dir.resolve("metadata.tsv"), "antibiotics", o, dir.resolve("out"));
        Map<String, byte[]> stored = CohortRun.analyse(req, CohortRun.localBackend(Long.MAX_VALUE));
        Map<String, byte[]> recomputed = CohortRun.analyse(req, CohortRun.localBackend(0));
        Map<String, byte[]> spark = CohortRun.analyse(req, new SparkCohortBackend(jsc, 0));
        for (String table : List.of("alpha.tsv", "tests.tsv", "differential_abundance.tsv", "ordination.tsv", "ordination_axes.tsv")) {
            String want = new String(stored.get(table), StandardCharsets.UTF_8);
            assertThat(new String(recomputed.get(table), StandardCharsets.UTF_8)).as("recomputed " + table).isEqualTo(want);
            assertThat(new String(spark.get(table), StandardCharsets.UTF_8)).as("spark " + table).isEqualTo(want);
        }
        assertThat(new String(spark.get("summary.html"), StandardCharsets.UTF_8)).contains("never gathered");
        assertThat(new String(stored.get("tests.tsv"), StandardCharsets.UTF_8).lines().count()).isGreaterThan(4);
    }
}
