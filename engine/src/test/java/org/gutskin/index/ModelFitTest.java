package org.gutskin.index;

import org.gutskin.testkit.RequiresShared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.io.InputException;
import org.gutskin.profile.LineageParser;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;
import org.junit.jupiter.api.Test;

/** Input that does not fit a model is refused with a reason, or scored with a warning naming the mismatch. */
@RequiresShared
class ModelFitTest {

    private static final HealthIndex GMHI = HealthIndex.named("gmhi");
    private static final HealthIndex GMWI2 = HealthIndex.named("gmwi2");

    private static AbundanceTable metaphlan4() throws IOException {
        return TestTables.metaphlan(TestTables.shared("data/formats/metaphlan/ERR7569997.metaphlan4.txt"), "ERR7569997");
    }

    @Test
    void metaphlan4ProfileIsRefusedByTheMetaphlan3Model() throws IOException {
        AbundanceTable t = metaphlan4();
        assertThatThrownBy(() -> GMWI2.score(t, false)).isInstanceOf(InputException.class)
                .hasMessageContaining("MetaPhlAn 4").hasMessageContaining("SGB").hasMessageContaining("--allow-mismatch");
        assertThatThrownBy(() -> GMHI.score(t, false)).isInstanceOf(InputException.class)
                .hasMessageContaining("MetaPhlAn 4");
    }

    @Test
    void metaphlan4ProfileIsScoredWithAWarningWhenAllowed() throws IOException {
        IndexScores s = GMWI2.score(metaphlan4(), true);
        assertThat(s.warnings()).anyMatch(w -> w.contains("MetaPhlAn 4") && w.contains("not comparable"));
    }

    private static AbundanceTable genus16s() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        int a = b.taxon(LineageParser.parse("d__Bacteria; p__Firmicutes; c__Clostridia; o__Lachnospirales;"
                + " f__Lachnospiraceae; g__Blautia", Rank.GENUS).orElseThrow());
        int c = b.taxon(LineageParser.parse("d__Bacteria; p__Bacteroidota; c__Bacteroidia; o__Bacteroidales;"
                + " f__Bacteroidaceae; g__Bacteroides", Rank.GENUS).orElseThrow());
        b.sample("s1", null).add(a, 120).add(c, 880);
        return b.build();
    }

    @Test
    void genusLevel16sTableIsRefusedByBothIndices() {
        AbundanceTable t = genus16s();
        for (HealthIndex ix : new HealthIndex[] {GMHI, GMWI2})
            assertThatThrownBy(() -> ix.score(t, true)).isInstanceOf(InputException.class)
                    .hasMessageContaining("no species rank").hasMessageContaining("genus");
    }

    @Test
    void reducedMergedTableWithoutUnknownAndHigherRanksIsWarned() throws IOException {
        AbundanceTable t = TestTables.merged(
                TestTables.shared("data/formats/metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv"));
        IndexScores s = GMWI2.score(t, false);
        assertThat(s.size()).isEqualTo(129);
        assertThat(s.warnings()).anyMatch(w -> w.contains("no UNKNOWN row"));
        assertThat(s.warnings()).anyMatch(w -> w.contains("no rows at rank(s)") && w.contains("family"));
    }

    @Test
    void strainRowsOfAMetaphlan2ProfileAreWarnedForGmwi2() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.PERCENT, true);
        String s = "k__Bacteria|p__Actinobacteria|c__Actinobacteria|o__Bifidobacteriales|f__Bifidobacteriaceae"
                + "|g__Bifidobacterium|s__Bifidobacterium_adolescentis";
        int sp = b.taxon(LineageParser.parse(s, Rank.SPECIES).orElseThrow());
        int st = b.taxon(LineageParser.parse(s + "|t__GCF_000010425", Rank.SPECIES).orElseThrow());
        b.sample("m2", null).add(sp, 100).add(st, 100);
        IndexScores r = GMWI2.score(b.build(), false);
        assertThat(r.warnings()).anyMatch(w -> w.contains("MetaPhlAn 2"));
        assertThat(r.value(0)).isEqualTo(0.184438966271142); // B. adolescentis alone: its coefficient (model.tsv)
    }

    @Test
    void countsTableIsScoredWithAWarning() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        int a = b.taxon(LineageParser.parse("s__Alistipes_senegalensis", Rank.SPECIES).orElseThrow());
        int c = b.taxon(LineageParser.parse("s__Anaerotruncus_colihominis", Rank.SPECIES).orElseThrow());
        b.sample("s1", null).add(a, 30).add(c, 70);
        IndexScores s = GMHI.score(b.build(), false);
        assertThat(s.warnings()).anyMatch(w -> w.contains("read counts"));
        assertThat(s.value(0)).isFinite();
    }

    @Test
    void unknownIndexNameIsAnInputError() {
        assertThatThrownBy(() -> HealthIndex.named("gmhi3")).isInstanceOf(InputException.class)
                .hasMessageContaining("gmwi2");
    }
}
