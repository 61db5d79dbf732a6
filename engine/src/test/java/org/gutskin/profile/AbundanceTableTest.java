package org.gutskin.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AbundanceTableTest {

    private static Lineage lin(String s) {
        return LineageParser.parse(s, Rank.SPECIES).orElseThrow();
    }

    @Test
    void disjointFeaturesSumIntoTheirGenus() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        int a = b.taxon(lin("k__B|p__F|c__C|o__O|f__L|g__Blautia|s__Blautia_a"));
        int c = b.taxon(lin("k__B|p__F|c__C|o__O|f__L|g__Blautia|s__Blautia_b"));
        int d = b.taxon(lin("k__B|p__F|c__C|o__O|f__L"));
        b.sample("s1", Map.of()).add(c, 3).add(a, 2).add(d, 7);
        b.sample("s2", Map.of("group", "x")).add(d, 1);
        AbundanceTable t = b.build();
        AbundanceTable g = t.atRank(Rank.GENUS);
        // hand count: Blautia in s1 = 2 + 3; the family-only feature does not reach genus
        assertThat(g.taxonCount()).isEqualTo(1);
        assertThat(g.get(0, 0)).isEqualTo(5.0);
        assertThat(g.sample(1).size()).isZero();
        assertThat(g.metadata("s2")).containsEntry("group", "x");
        assertThat(t.taxaPerRank()).containsEntry(Rank.SPECIES, 2).containsEntry(Rank.GENUS, 1)
                .containsEntry(Rank.FAMILY, 1);
    }

    @Test
    void nestedTablesKeepTheRowsAtTheRank() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.PERCENT, true);
        int u = b.taxon(Lineage.UNCLASSIFIED);
        int k = b.taxon(lin("k__B"));
        int g = b.taxon(lin("k__B|p__F|c__C|o__O|f__L|g__Blautia"));
        int s = b.taxon(lin("k__B|p__F|c__C|o__O|f__L|g__Blautia|s__Blautia_a"));
        b.sample("s1", Map.of()).add(u, 40).add(k, 60).add(g, 60).add(s, 60);
        AbundanceTable t = b.build();
        assertThat(t.atRank(Rank.GENUS).get(0, 0)).isEqualTo(60.0);
        assertThat(t.atRank(Rank.KINGDOM).taxonCount()).isEqualTo(1);
        // relative() of a percent table is itself; of counts it sums to 100
        assertThat(t.relative()).isSameAs(t);
    }

    @Test
    void relativeOfCountsSumsToHundred() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        int a = b.taxon(lin("s__a")), c = b.taxon(lin("s__b"));
        b.sample("s1", Map.of()).add(a, 1).add(c, 3);
        AbundanceTable r = b.build().relative();
        assertThat(r.get(0, 0)).isEqualTo(25.0);
        assertThat(r.get(0, 1)).isEqualTo(75.0);
    }

    @Test
    void refusesDuplicatesAndBadValues() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        int a = b.taxon(lin("s__a"));
        b.sample("s1", Map.of());
        assertThatThrownBy(() -> b.add(a, -1)).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> b.add(a, Double.NaN)).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> b.sample("s1", Map.of())).hasMessageContaining("duplicate sample");
        AbundanceTableBuilder b2 = AbundanceTable.builder(ValueKind.COUNTS, false);
        int x = b2.taxon(lin("s__a")), y = b2.taxon(lin("s__b"));
        b2.sample("s1", Map.of()).add(y, 1).add(x, 1).add(y, 2);
        assertThatThrownBy(b2::build).hasMessageContaining("given twice");
    }
}
