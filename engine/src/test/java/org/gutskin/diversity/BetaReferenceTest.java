package org.gutskin.diversity;

import org.gutskin.testkit.RequiresShared;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.gutskin.diversity.beta.Aitchison;
import org.gutskin.diversity.beta.BetaMetric;
import org.gutskin.diversity.beta.BrayCurtis;
import org.gutskin.diversity.beta.Jaccard;
import org.gutskin.diversity.beta.UnweightedUnifrac;
import org.gutskin.diversity.beta.WeightedUnifrac;
import org.gutskin.diversity.tree.TipMapping;
import org.gutskin.profile.AbundanceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every beta metric against the scikit-bio/SciPy matrices of the reference vectors, every cell, 1e-9 relative. */
@RequiresShared
class BetaReferenceTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void everyMetricAgreesWithScikitBio(int threads) throws Exception {
        ReferenceVectors ref = new ReferenceVectors();
        AbundanceTable table = ref.table(true);
        TipMapping tree = TipMapping.byName(ref.tree(), table);
        check(ref, "braycurtis_counts", new BrayCurtis(), table, threads);
        check(ref, "braycurtis_relative_abundance", new BrayCurtis(), table.relative(), threads);
        check(ref, "jaccard_presence_absence", new Jaccard(), table, threads);
        check(ref, "unweighted_unifrac", new UnweightedUnifrac(tree), table, threads);
        check(ref, "weighted_unifrac_normalized", new WeightedUnifrac(tree), table, threads);
        check(ref, "aitchison_pseudocount_1", new Aitchison(1.0), table, threads);
        check(ref, "aitchison_pseudocount_0.5", new Aitchison(0.5), table, threads);
    }

    @Test
    void identicalProportionsAreExactlyZero() throws Exception {
        ReferenceVectors ref = new ReferenceVectors();
        AbundanceTable table = ref.table(true);
        TipMapping tree = TipMapping.byName(ref.tree(), table);
        int a = table.indexOfSample("all_equal"), b = table.indexOfSample("all_singletons");
        // same features, proportional counts: every proportion-based distance is 0, by hand
        assertThat(new WeightedUnifrac(tree).compute(table, 2).get(a, b)).isEqualTo(0.0);
        assertThat(new UnweightedUnifrac(tree).compute(table, 2).get(a, b)).isEqualTo(0.0);
        assertThat(new Jaccard().compute(table, 2).get(a, b)).isEqualTo(0.0);
        assertThat(new BrayCurtis().compute(table.relative(), 2).get(a, b)).isEqualTo(0.0);
    }

    private static void check(ReferenceVectors ref, String key, BetaMetric metric, AbundanceTable table, int threads) {
        JsonNode e = ref.root.get("beta").get(key);
        List<String> ids = new ArrayList<>();
        e.get("ids").forEach(n -> ids.add(n.asText()));
        assertThat(table.sampleIds()).as(key).isEqualTo(ids);
        DistanceMatrix dm = metric.compute(table, threads);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++)
            for (int j = 0; j < ids.size(); j++) {
                double exp = ReferenceVectors.number(e.get("matrix").get(i).get(j));
                if (!ReferenceVectors.close(dm.get(i, j), exp))
                    wrong.add(ids.get(i) + "/" + ids.get(j) + ": " + dm.get(i, j) + " vs " + exp);
            }
        assertThat(wrong).as(key).isEmpty();
    }
}
