package org.gutskin.diversity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;
import org.junit.jupiter.api.Test;

class RarefactionTest {

    private static AbundanceTable counts() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        for (int t = 0; t < 4; t++) b.taxon(Lineage.ofName(Rank.SPECIES, "T" + t));
        b.sample("deep", null).add(0, 500).add(1, 300).add(2, 150).add(3, 50);
        b.sample("shallow", null).add(0, 20);
        return b.build();
    }

    @Test
    void subsamplesToTheDepthWithoutReplacementAndDropsShallowSamples() {
        Rarefaction.Result r = Rarefaction.rarefy(counts(), 100, 7);
        assertThat(r.dropped()).containsExactly("shallow");
        var v = r.table().sample(0);
        assertThat(v.sum()).isEqualTo(100.0);
        // without replacement: no taxon can exceed its original count
        double[] orig = {500, 300, 150, 50};
        for (int k = 0; k < v.size(); k++) assertThat(v.value(k)).isLessThanOrEqualTo(orig[v.taxon(k)]);
    }

    @Test
    void sameSeedSameResultAndFullDepthIsTheIdentity() {
        AbundanceTable a = Rarefaction.rarefy(counts(), 100, 7).table();
        AbundanceTable b = Rarefaction.rarefy(counts(), 100, 7).table();
        for (int t = 0; t < 4; t++) assertThat(a.get(0, t)).isEqualTo(b.get(0, t));
        AbundanceTable all = Rarefaction.rarefy(counts(), 1000, 3).table();
        assertThat(all.get(0, 0)).isEqualTo(500.0);
        assertThat(all.get(0, 3)).isEqualTo(50.0);
    }

    @Test
    void meanOfManyDrawsIsTheHypergeometricExpectation() {
        // E[kept of taxon] = depth · count / total = 100 · 300 / 1000 = 30
        double sum = 0;
        int runs = 2000;
        for (int seed = 0; seed < runs; seed++) sum += Rarefaction.rarefy(counts(), 100, seed).table().get(0, 1);
        assertThat(sum / runs).isBetween(29.5, 30.5);
    }

    @Test
    void relativeAbundanceCannotBeRarefied() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.PERCENT, false);
        b.taxon(Lineage.ofName(Rank.SPECIES, "A"));
        b.sample("s", null).add(0, 100);
        assertThatThrownBy(() -> Rarefaction.rarefy(b.build(), 10, 1)).isInstanceOf(InputException.class);
    }
}
