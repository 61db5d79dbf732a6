package org.gutskin.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.profile.format.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one applicability rule: an index speaks only for the profiler family it was trained on, and only when at least
 * 2 % of its taxa are detected in the sample. Profiles: the GMWI2 authors' MetaPhlAn 3 example (applies, and the
 * value is the authors' published one), a MetaPhlAn 4 profile, Kraken 2 and Bracken reports (do not apply).
 */
class IndexApplicabilityTest {

    static final Path DATA = Path.of("..", "..", "shared", "data");
    static final HealthIndex GMHI = HealthIndex.named("gmhi"), GMWI2 = HealthIndex.named("gmwi2");

    static Profile read(String rel) {
        return ProfileFiles.read(DATA.resolve(rel), ReadOptions.DEFAULT);
    }

    @Test
    void metaphlan3AppliesAndKeepsTheAuthorsValue() throws IOException {
        Profile p = read("gmwi2/examples/SRR1761667_metaphlan.txt");
        assertThat(IndexApplicability.notApplicable(GMWI2, p)).isNull();
        IndexScores s = IndexApplicability.score(GMWI2, p, IndexApplicability.Mode.MARK);
        String[] published = Files.readString(DATA.resolve("gmwi2/examples/SRR1761667_GMWI2.txt")).trim().split("\\s+");
        assertThat(s.value(0)).isEqualTo(Double.parseDouble(published[published.length - 1]), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.call(0).decisive()).isTrue();
    }

    @Test
    void metaphlan4KrakenAndBrackenDoNotApply() {
        for (String rel : new String[] {"formats/metaphlan/ERR7569997.metaphlan4.txt",
                "formats/kraken2_bracken/sample_test.report", "formats/kraken2_bracken/sample_output_species_abundance.txt"}) {
            Profile p = read(rel);
            for (HealthIndex ix : new HealthIndex[] {GMHI, GMWI2}) {
                String why = IndexApplicability.notApplicable(ix, p);
                assertThat(why).as(rel).startsWith("not applicable to this profile").contains(ix.model().tag());
                IndexScores s = IndexApplicability.score(ix, p, IndexApplicability.Mode.MARK);
                assertThat(s.calls()).as(rel).containsOnly(HealthCall.NOT_APPLICABLE);
                assertThat(s.values()).as(rel).containsOnly(Double.NaN);
                assertThatThrownBy(() -> IndexApplicability.score(ix, p, IndexApplicability.Mode.REFUSE))
                        .isInstanceOf(InputException.class).hasMessageContaining("--allow-mismatch");
                // forced (research): computed, with the reason as the first warning
                IndexScores forced = IndexApplicability.score(ix, p, IndexApplicability.Mode.FORCE);
                assertThat(forced.warnings().get(0)).contains("scored anyway");
            }
        }
        assertThat(IndexApplicability.notApplicable(GMHI, read("formats/metaphlan/ERR7569997.metaphlan4.txt")))
                .contains("MetaPhlAn 4 (SGB)");
        assertThat(IndexApplicability.notApplicable(GMHI, read("formats/kraken2_bracken/sample_test.report")))
                .contains("kraken2-report");
    }

    /**
     * A MetaPhlAn 3 sample holding only species outside GMHI's 50 (by hand: the two names below are in neither
     * MH_species.txt nor MN_species.txt) gets no GMHI call; 2 % of 50 is one species, so one detected would suffice.
     */
    @Test
    void tooFewIndexTaxaGiveNoCall(@TempDir Path dir) throws IOException {
        assertThat(IndexApplicability.minimumTaxa(GMHI)).isEqualTo(1);       // ceil(0.02 × 50) = 1
        assertThat(IndexApplicability.minimumTaxa(GMWI2)).isEqualTo(2);      // ceil(0.02 × 95) = 2
        assertThat(GMHI.modelTaxa()).isEqualTo(50);
        assertThat(GMWI2.modelTaxa()).isEqualTo(95);
        String mh = Files.readAllLines(DATA.resolve("gmhi/MH_species.txt")).stream().filter(l -> !l.isBlank())
                .findFirst().orElseThrow().trim();
        Path t = dir.resolve("t.tsv");
        Files.writeString(t, "clade_name\tnone\tone\n"
                + "k__Bacteria|p__Firmicutes|c__Bacilli|o__Lactobacillales|f__Lactobacillaceae|g__Lactobacillus|s__Lactobacillus_nonexistentii\t60\t30\n"
                + "k__Bacteria|p__Firmicutes|c__Bacilli|o__Lactobacillales|f__Lactobacillaceae|g__Lactobacillus|s__Lactobacillus_imaginarius\t40\t30\n"
                + "k__Bacteria|p__Bacteroidetes|c__Bacteroidia|o__Bacteroidales|f__Bacteroidaceae|g__Bacteroides|" + mh + "\t0\t40\n");
        Profile p = ProfileFiles.read(t, ReadOptions.DEFAULT);
        IndexScores s = IndexApplicability.score(GMHI, p, IndexApplicability.Mode.MARK);
        assertThat(s.call(0)).isEqualTo(HealthCall.NO_CALL);
        assertThat(s.value(0)).isNaN();
        assertThat(s.call(1)).isNotEqualTo(HealthCall.NO_CALL);
        assertThat(IndexApplicability.noCallWarning(GMHI, p.abundance())).contains("no call for 1 sample(s) (none)");
        // gutskin score keeps the authors' value (0 when no GMHI species is found) and only warns
        IndexScores reference = IndexApplicability.score(GMHI, p, IndexApplicability.Mode.REFUSE);
        assertThat(reference.value(0)).isZero();
    }
}
