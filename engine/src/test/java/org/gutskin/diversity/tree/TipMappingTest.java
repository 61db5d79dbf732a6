package org.gutskin.diversity.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.LineageParser;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;
import org.junit.jupiter.api.Test;

class TipMappingTest {

    private static AbundanceTable table(String... names) {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        for (String n : names) b.taxon(LineageParser.parse(n, Rank.SPECIES).orElseThrow());
        b.sample("s1", null);
        for (int t = 0; t < names.length; t++) b.add(t, t + 1);
        return b.build();
    }

    @Test
    void featuresMatchTipsWithUnderscoresAsBlanks() {
        PhyloTree t = NewickParser.parse("t", "('Bacteroides vulgatus':1,Prevotella_copri:2)r;");
        TipMapping m = TipMapping.byName(t, table("Bacteroides_vulgatus", "Prevotella copri"));
        assertThat(t.name(m.node(0))).isEqualTo("Bacteroides vulgatus");
        assertThat(t.name(m.node(1))).isEqualTo("Prevotella_copri");
    }

    @Test
    void aTreeMissingATipTheTableHasIsAnInputError() {
        PhyloTree t = NewickParser.parse("t.nwk", "(A:1,B:2);");
        assertThatThrownBy(() -> TipMapping.byName(t, table("A", "C")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no tip for 1 feature").hasMessageContaining("C");
    }

    @Test
    void aBranchWithoutLengthIsAnInputError() {
        PhyloTree t = NewickParser.parse("t.nwk", "(A:1,B);");
        assertThatThrownBy(() -> TipMapping.byName(t, table("A", "B"))).isInstanceOf(InputException.class)
                .hasMessageContaining("'B' has no length");
    }

    @Test
    void taxonomyTreeHasUnitBranchesAlongTheLineage() {
        AbundanceTable tab = table("k__Bacteria|p__Bacteroidetes|c__Bacteroidia|o__Bacteroidales|f__Bacteroidaceae|g__Bacteroides|s__Bacteroides_vulgatus",
                "k__Bacteria|p__Bacteroidetes|c__Bacteroidia|o__Bacteroidales|f__Bacteroidaceae|g__Bacteroides|s__Bacteroides_ovatus",
                "k__Bacteria|p__Firmicutes|c__Clostridia|o__Eubacteriales|f__Lachnospiraceae|g__Blautia|s__Blautia_obeum");
        TipMapping m = TaxonomyTree.build(tab);
        PhyloTree t = m.tree();
        // root + Bacteria + 2 phyla..genera (2×5) + 3 species
        assertThat(t.size()).isEqualTo(1 + 1 + 10 + 3);
        assertThat(t.rootDistances()[m.node(0)]).isEqualTo(7.0);
        assertThat(t.parent(m.node(0))).isEqualTo(t.parent(m.node(1)));
        assertThat(NewickParser.parse("again", TaxonomyTree.toNewick(t)).tipCount()).isEqualTo(3);
    }

    @Test
    void taxonomyTreeRefusesBareIds() {
        assertThatThrownBy(() -> TaxonomyTree.build(table("OTU1", "OTU2"))).isInstanceOf(InputException.class)
                .hasMessageContaining("needs lineages");
    }

    @Test
    void unusedAbsentFeatureMayBeMissing() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        b.taxon(Lineage.ofName(Rank.SPECIES, "A"));
        b.taxon(Lineage.ofName(Rank.SPECIES, "Z"));
        b.sample("s", null).add(0, 3);
        TipMapping m = TipMapping.byName(NewickParser.parse("t", "(A:1,B:1);"), b.build());
        assertThat(m.node(1)).isEqualTo(-1);
    }
}
