package org.gutskin.diversity;

import org.gutskin.testkit.RequiresShared;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gutskin.diversity.alpha.AlphaMetric;
import org.gutskin.diversity.alpha.BergerParkerD;
import org.gutskin.diversity.alpha.Chao1;
import org.gutskin.diversity.alpha.FaithPd;
import org.gutskin.diversity.alpha.InverseSimpson;
import org.gutskin.diversity.alpha.Observed;
import org.gutskin.diversity.alpha.PielouE;
import org.gutskin.diversity.alpha.Shannon;
import org.gutskin.diversity.alpha.Simpson;
import org.gutskin.diversity.tree.TipMapping;
import org.gutskin.profile.AbundanceTable;
import org.junit.jupiter.api.Test;

/** Every alpha metric on every reference profile (edge cases included) against scikit-bio 0.5.8, 1e-9 relative. */
@RequiresShared
class AlphaReferenceTest {

    @Test
    void everyMetricAndCaseAgreesWithScikitBio() throws Exception {
        ReferenceVectors ref = new ReferenceVectors();
        AbundanceTable table = ref.table(false);
        TipMapping tree = TipMapping.byName(ref.tree(), table);
        List<Object[]> cases = List.of(
                new Object[] {"observed_otus", new Observed()},
                new Object[] {"shannon_base_e", new Shannon(Math.E)},
                new Object[] {"shannon_base2_skbio_default", new Shannon(2)},
                new Object[] {"shannon_base10", new Shannon(10)},
                new Object[] {"simpson_1_minus_sum_p2", new Simpson()},
                new Object[] {"inverse_simpson_enspie", new InverseSimpson()},
                new Object[] {"pielou_e", new PielouE()},
                new Object[] {"chao1_bias_corrected_true_skbio_default", new Chao1(true)},
                new Object[] {"chao1_bias_corrected_false", new Chao1(false)},
                new Object[] {"berger_parker_d", new BergerParkerD()},
                new Object[] {"faith_pd", new FaithPd(tree)});
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (int s = 0; s < table.sampleCount(); s++) {
            String id = table.sampleIds().get(s);
            JsonNode expected = ref.root.get("alpha").get(id);
            for (Object[] c : cases) {
                Double exp = ReferenceVectors.number(expected.get((String) c[0]));
                assertThat(exp).as(id + " " + c[0]).isNotNull();
                double got = ((AlphaMetric) c[1]).of(table.sample(s));
                compared++;
                if (!ReferenceVectors.close(got, exp)) wrong.add(id + " " + c[0] + ": " + got + " vs scikit-bio " + exp);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(compared).isEqualTo(16 * cases.size());
    }

    @Test
    void edgeCasesByHand() throws Exception {
        ReferenceVectors ref = new ReferenceVectors();
        AbundanceTable t = ref.table(false);
        Function<String, Integer> at = t::indexOfSample;
        // single taxon: no uncertainty, full dominance
        assertThat(new Shannon(Math.E).of(t.sample(at.apply("single_taxon")))).isEqualTo(0.0);
        assertThat(new BergerParkerD().of(t.sample(at.apply("single_taxon")))).isEqualTo(1.0);
        // all singletons (S = 10, F1 = 10, F2 = 0): chao1 = 10 + 10·9 / 2 = 55
        assertThat(new Chao1(true).of(t.sample(at.apply("all_singletons")))).isEqualTo(55.0);
        // all zero: nothing observed
        assertThat(new Observed().of(t.sample(at.apply("all_zero")))).isEqualTo(0.0);
        assertThat(new Shannon(Math.E).of(t.sample(at.apply("all_zero")))).isNaN();
    }
}
