package org.gutskin.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LineageParserTest {

    @Test
    void readsMetaphlanSpellingDownToSgb() {
        Lineage l = LineageParser.parse("k__Bacteria|p__Firmicutes|c__Clostridia|o__Eubacteriales|f__Lachnospiraceae"
                + "|g__Blautia|s__Blautia_wexlerae|t__SGB4837", Rank.SPECIES).orElseThrow();
        assertThat(l.rank()).isEqualTo(Rank.STRAIN);
        assertThat(l.name()).isEqualTo("SGB4837");
        assertThat(l.nameAt(Rank.GENUS)).isEqualTo("Blautia");
        assertThat(l.truncate(Rank.SPECIES).toMetaphlan()).endsWith("|g__Blautia|s__Blautia_wexlerae");
    }

    @Test
    void readsGtdbSpellingAndStopsAtEmptyLevels() {
        Lineage l = LineageParser.parse("d__Bacteria; p__Bacteroidota; c__Bacteroidia; o__Bacteroidales; "
                + "f__Bacteroidaceae; g__Bacteroides; s__", Rank.SPECIES).orElseThrow();
        assertThat(l.rank()).isEqualTo(Rank.GENUS);
        assertThat(l.nameAt(Rank.KINGDOM)).isEqualTo("Bacteria");
        assertThat(l.toMetaphlan()).isEqualTo("k__Bacteria|p__Bacteroidota|c__Bacteroidia|o__Bacteroidales"
                + "|f__Bacteroidaceae|g__Bacteroides");
    }

    @Test
    void unknownAndUnassignedAreUnclassified() {
        assertThat(LineageParser.parse("UNKNOWN", Rank.SPECIES)).contains(Lineage.UNCLASSIFIED);
        assertThat(LineageParser.parse("Unassigned", Rank.SPECIES)).contains(Lineage.UNCLASSIFIED);
        assertThat(LineageParser.parse("UNCLASSIFIED", Rank.SPECIES)).contains(Lineage.UNCLASSIFIED);
    }

    @Test
    void bareNameTakesTheDefaultRank() {
        Lineage l = LineageParser.parse("Bacteroides_vulgatus", Rank.SPECIES).orElseThrow();
        assertThat(l.rank()).isEqualTo(Rank.SPECIES);
        assertThat(l.nameAt(Rank.GENUS)).isNull();
        assertThat(l.toMetaphlan()).isEqualTo("s__Bacteroides_vulgatus");
    }

    @Test
    void levelsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> LineageParser.parse("g__Blautia|k__Bacteria", Rank.SPECIES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
    }
}
