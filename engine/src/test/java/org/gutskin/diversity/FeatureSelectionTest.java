package org.gutskin.diversity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.io.InputException;
import org.gutskin.profile.LineageParser;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;
import org.junit.jupiter.api.Test;

class FeatureSelectionTest {

    private static AbundanceTable table(boolean nested, String... names) {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.PERCENT, nested);
        for (String n : names) b.taxon(LineageParser.parse(n, Rank.SPECIES).orElseThrow());
        b.sample("s1", null);
        for (int t = 0; t < names.length; t++) b.add(t, 10);
        return b.build();
    }

    @Test
    void bareIdsAreTakenAsGiven() {
        AbundanceTable t = table(false, "OTU1", "OTU2");
        var sel = FeatureSelection.select(t, Optional.empty(), "f");
        assertThat(sel.table()).isSameAs(t);
        assertThat(sel.description()).contains("as given");
    }

    @Test
    void lineagesDefaultToSpecies() {
        AbundanceTable t = table(true, "k__Bacteria", "k__Bacteria|p__Firmicutes", "k__Bacteria|p__Firmicutes|c__C|o__O|f__F|g__G|s__G_a",
                "k__Bacteria|p__Firmicutes|c__C|o__O|f__F|g__G|s__G_b");
        var sel = FeatureSelection.select(t, Optional.empty(), "f");
        assertThat(sel.description()).isEqualTo("species");
        assertThat(sel.table().taxonCount()).isEqualTo(2);
        assertThat(FeatureSelection.select(t, Optional.of(Rank.PHYLUM), "f").table().taxonCount()).isEqualTo(1);
    }

    @Test
    void aRankTheTableLacksIsAnInputErrorNamingTheRanksItHas() {
        AbundanceTable t = table(true, "k__Bacteria", "k__Bacteria|p__Firmicutes");
        assertThatThrownBy(() -> FeatureSelection.select(t, Optional.of(Rank.GENUS), "prof.tsv"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no taxa at rank 'genus'").hasMessageContaining("kingdom, phylum");
    }
}
