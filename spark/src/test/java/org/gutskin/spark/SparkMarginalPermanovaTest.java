package org.gutskin.spark;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Slow;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.gutskin.cohort.CohortRun;
import org.gutskin.cohort.Permutations;
import org.gutskin.cohort.model.DesignTerm;
import org.gutskin.cohort.model.MarginalPermanova;
import org.gutskin.cohort.model.MarginalPermanovaTable;
import org.gutskin.cohort.model.ModelDesign;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.beta.Aitchison;
import org.gutskin.diversity.beta.BetaMetrics;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ProfileFiles;
import org.junit.jupiter.api.Test;

/**
 * The Spark engine in local[2] gives the marginal PERMANOVA table of the local engine, field for field
 * (statistics and p-values), on the real psoriasis cohort ({@code Disease + Sex + BMI}, Bray–Curtis on species
 * relative abundances, samples without Sex or BMI dropped): all 131 samples with free permutations, and the 51
 * Train samples with permutations within Family blocks. The pseudo-F values are also vegan 2.6-4's, recorded from
 * the run of engine's {@code MarginalPermanovaVeganTest} ({@code adonis2(d ~ Disease + Sex + BMI, by = "margin")}).
 */
@Slow
@RequiresShared
class SparkMarginalPermanovaTest extends LocalSparkTest {

    static final Path DIR = Shared.root()
            .resolve("data/skin-conditions/psoriasis_qqwxp1987");

    /** The design (Disease, Sex as factors against their first level, BMI numeric) and distances; test-only. */
    static Object[] cohort(boolean trainWithBlocks) throws Exception {
        List<String> lines = Files.readAllLines(DIR.resolve("samples.tsv"));
        List<String> head = Arrays.asList(lines.get(0).split("\t", -1));
        int id = head.indexOf("sample_id"), dis = head.indexOf("Disease"), sex = head.indexOf("Sex"), bmi = head.indexOf("BMI"),
                fam = head.indexOf("Family"), set = head.indexOf("Dataset");
        List<String[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split("\t", -1);
            if (f[sex].equals("NA") || f[bmi].equals("NA") || f[dis].equals("NA")) continue;
            if (trainWithBlocks && !f[set].equals("Train")) continue;
            rows.add(f);
        }
        int n = rows.size();
        double[] psoriasis = new double[n], male = new double[n], b = new double[n];
        for (int i = 0; i < n; i++) {
            psoriasis[i] = rows.get(i)[dis].equals("Psoriasis") ? 1 : 0;
            male[i] = rows.get(i)[sex].equals("Male") ? 1 : 0;
            b[i] = Double.parseDouble(rows.get(i)[bmi]);
        }
        List<DesignTerm> terms = List.of(new DesignTerm("Disease", true, List.of("DiseasePsoriasis"), new double[][] {psoriasis}),
                new DesignTerm("Sex", true, List.of("SexMale"), new double[][] {male}),
                new DesignTerm("BMI", false, List.of("BMI"), new double[][] {b}));
        int[] strata = null;
        if (trainWithBlocks) {
            List<String> families = new ArrayList<>(new TreeSet<>(rows.stream().map(r -> r[fam]).toList()));
            strata = rows.stream().mapToInt(r -> families.indexOf(r[fam])).toArray();
        }
        List<String> ids = rows.stream().map(r -> r[id]).toList();
        AbundanceTable species = ProfileFiles.read(DIR.resolve("profiles_merged.tsv"), (Format) null).abundance().atRank(Rank.SPECIES);
        AbundanceTable relative = species.select(ids.stream().mapToInt(species::indexOfSample).toArray()).normalized(1.0, species.kind());
        DistanceMatrix dm = BetaMetrics.create("braycurtis", null, Aitchison.DEFAULT_PSEUDOCOUNT).compute(relative, 1);
        return new Object[] {dm, new ModelDesign(ids, terms, strata, List.of())};
    }

    void sparkEqualsLocal(boolean blocks, double[] veganF) throws Exception {
        Object[] c = cohort(blocks);
        DistanceMatrix dm = (DistanceMatrix) c[0];
        ModelDesign design = (ModelDesign) c[1];
        MarginalPermanovaTable local = MarginalPermanova.test(dm, design, 999, Permutations.DEFAULT_SEED, CohortRun.localBackend());
        MarginalPermanovaTable spark = MarginalPermanova.test(dm, design, 999, Permutations.DEFAULT_SEED, new SparkCohortBackend(jsc, 0));
        assertThat(spark).isEqualTo(local);
        for (int t = 0; t < 3; t++) {
            assertThat(spark.terms().get(t).pseudoF()).isCloseTo(veganF[t], within(1e-9 * veganF[t]));
            assertThat(spark.terms().get(t).pValue()).isBetween(0.001, 1.0);
            assertThat(spark.terms().get(t).permutations()).isEqualTo(999);
        }
    }

    @Test
    void wholeCohortFreePermutations() throws Exception {
        sparkEqualsLocal(false, new double[] {1.0584594168918098, 1.0311651148073697, 1.2704179856014302});
    }

    @Test
    void trainPairsWithinFamilyBlocks() throws Exception {
        sparkEqualsLocal(true, new double[] {0.81478315404327373, 1.0736766821185413, 1.457335679373188});
    }
}
