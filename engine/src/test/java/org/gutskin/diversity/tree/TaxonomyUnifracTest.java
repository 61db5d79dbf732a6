package org.gutskin.diversity.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.alpha.FaithPd;
import org.gutskin.diversity.beta.UnweightedUnifrac;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.SparseVector;
import org.gutskin.profile.ValueKind;
import org.junit.jupiter.api.Test;

/**
 * On a taxonomy tree (every branch 1) unweighted UniFrac takes the bit-set path; it must equal the definition
 * |A xor B| / |A or B| over the branches above each sample's species, counted here by walking the lineages by hand
 * (no tree code), and Faith's PD must be |A|.
 */
class TaxonomyUnifracTest {

    @Test
    void bitSetPathEqualsTheBranchCountDefinition() {
        SplittableRandom r = new SplittableRandom(5);
        int species = 300, samples = 60;
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        String[][] lin = new String[species][];
        for (int s = 0; s < species; s++) {
            int g = s % 70, f = g % 25, o = f % 11, c = o % 6, p = c % 3;
            lin[s] = new String[] {"Bacteria", "P" + p, "C" + c, "O" + o, "F" + f, "G" + g, "G" + g + "_" + s};
            b.taxon(Lineage.of(lin[s]));
        }
        for (int i = 0; i < samples; i++) {
            b.sample("S" + i, null);
            for (int s = 0; s < species; s++) if (r.nextInt(4) == 0) b.add(s, 1 + r.nextInt(50));
        }
        AbundanceTable t = b.build();
        TipMapping m = TaxonomyTree.build(t);
        DistanceMatrix dm = new UnweightedUnifrac(m).compute(t, 2);
        FaithPd faith = new FaithPd(m);
        @SuppressWarnings("unchecked")
        Set<String>[] branches = (Set<String>[]) new Set<?>[samples];
        for (int i = 0; i < samples; i++) {
            branches[i] = new HashSet<>();
            SparseVector v = t.sample(i);
            for (int k = 0; k < v.size(); k++) {
                String[] l = lin[v.taxon(k)];
                for (int d = 1; d <= l.length; d++) branches[i].add(String.join("|", java.util.Arrays.copyOf(l, d)));
            }
            assertThat(faith.of(v)).isEqualTo(branches[i].size());
        }
        for (int i = 0; i < samples; i++)
            for (int j = i + 1; j < samples; j++) {
                Set<String> union = new HashSet<>(branches[i]);
                union.addAll(branches[j]);
                Set<String> both = new HashSet<>(branches[i]);
                both.retainAll(branches[j]);
                assertThat(dm.get(i, j)).isEqualTo((union.size() - both.size()) / (double) union.size());
            }
    }
}
