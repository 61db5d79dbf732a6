package org.gutskin.index;

import org.gutskin.testkit.RequiresShared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.LineageParser;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;
import org.junit.jupiter.api.Test;

/** GMHI against hand calculation, the authors' example output and the recomputed validation cohort. */
@RequiresShared
class GmhiTest {

    private static final Gmhi GMHI = new Gmhi(GmhiModel.current());

    @Test
    void modelHoldsThePublishedSetsAndConstants() {
        GmhiModel m = GmhiModel.current();
        assertThat(m.healthPrevalent()).hasSize(7).contains("s__Bifidobacterium_adolescentis");
        assertThat(m.healthScarce()).hasSize(43).contains("s__Anaerotruncus_colihominis");
        assertThat(m.mhPrime()).isEqualTo(7);
        assertThat(m.mnPrime()).isEqualTo(31);
        assertThat(m.provenance().doi()).isEqualTo("10.1038/s41467-020-18476-8");
    }

    private static AbundanceTable table(boolean nested, Object... nameValue) {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.PERCENT, nested);
        int[] t = new int[nameValue.length / 2];
        for (int i = 0; i < t.length; i++)
            t[i] = b.taxon(LineageParser.parse((String) nameValue[2 * i], Rank.SPECIES).orElseThrow());
        b.sample("x", null);
        for (int i = 0; i < t.length; i++) b.add(t[i], ((Number) nameValue[2 * i + 1]).doubleValue());
        return b.build();
    }

    @Test
    void handComputedProfile() {
        // Kept species sum to 10 (the unclassified and virus rows are dropped before re-normalising):
        // MH: Alistipes_senegalensis p=.2, Bifidobacterium_adolescentis p=.3; MN: Anaerotruncus_colihominis p=.4,
        // Atopobium_parvulum p=1e-6 (< 1e-5: absent); other: p≈.1.
        AbundanceTable t = table(false,
                "s__Alistipes_senegalensis", 2.0, "s__Bifidobacterium_adolescentis", 3.0,
                "s__Anaerotruncus_colihominis", 4.0, "s__Atopobium_parvulum", 0.00001,
                "s__Escherichia_coli", 0.99999, "s__Escherichia_unclassified", 50.0,
                "s__Pepper_yellow_dwarf_Virus", 7.0);
        GmhiComponents c = GMHI.components(t)[0];
        double hMh = -(0.2 * Math.log(0.2) + 0.3 * Math.log(0.3)); // 0.683079…
        double hMn = -(0.4 * Math.log(0.4)); // 0.366516…
        double psiMh = 2.0 / 7 * hMh, psiMn = 1.0 / 31 * hMn;
        assertThat(c.rMh()).isEqualTo(2);
        assertThat(c.rMn()).isEqualTo(1);
        assertThat(c.hMh()).isCloseTo(hMh, within(1e-12));
        assertThat(c.hMn()).isCloseTo(hMn, within(1e-12));
        assertThat(c.gmhi()).isCloseTo(Math.log10((psiMh + 1e-5) / (psiMn + 1e-5)), within(1e-12));
        assertThat(c.gmhi()).isCloseTo(1.21733, within(1e-5)); // log10(0.1951755 / 0.0118331) = log10(16.4941)
        assertThat(GMHI.score(t, false).call(0)).isEqualTo(HealthCall.HEALTHY);
    }

    @Test
    void presenceCutoffIsOnTheRenormalisedFractionAndNotRenormalisedAgain() {
        // total 100: 0.0015 % → p = 1.5e-5 (present), 0.0005 % → 5e-6 (absent); the absent one still counts in
        // the total, so p(MN) = 0.0015/100 exactly as given.
        AbundanceTable t = table(false, "s__Alistipes_senegalensis", 99.998, "s__Anaerotruncus_colihominis", 0.0015,
                "s__Atopobium_parvulum", 0.0005);
        GmhiComponents c = GMHI.components(t)[0];
        assertThat(c.rMh()).isEqualTo(1);
        assertThat(c.rMn()).isEqualTo(1);
        double p = 0.0015 / 100.0;
        assertThat(c.hMn()).isCloseTo(-p * Math.log(p), within(1e-15));
    }

    @Test
    void noSetSpeciesGivesZeroAndNoCall() {
        AbundanceTable t = table(false, "s__Escherichia_coli", 60.0, "s__Bacteroides_vulgatus", 40.0);
        IndexScores s = GMHI.score(t, false);
        assertThat(s.value(0)).isEqualTo(0.0);
        assertThat(s.call(0)).isEqualTo(HealthCall.UNCERTAIN);
    }

    @Test
    void onlyUnclassifiedLeftIsUndefinedWithAWarning() {
        AbundanceTable t = table(false, "s__Escherichia_unclassified", 100.0);
        IndexScores s = GMHI.score(t, false);
        assertThat(s.value(0)).isNaN();
        assertThat(s.warnings()).anyMatch(w -> w.contains("undefined"));
    }

    @Test
    void nestedProfileUsesOnlyItsSpeciesRows() {
        // the genus row (100) must not enter the species total
        AbundanceTable t = table(true, "k__Bacteria|p__B|c__B|o__B|f__B|g__Alistipes", 100.0,
                "k__Bacteria|p__B|c__B|o__B|f__B|g__Alistipes|s__Alistipes_senegalensis", 50.0,
                "k__Bacteria|p__B|c__B|o__B|f__B|g__Alistipes|s__Alistipes_putredinis", 50.0);
        GmhiComponents c = GMHI.components(t)[0];
        assertThat(c.hMh()).isCloseTo(-0.5 * Math.log(0.5), within(1e-15));
        assertThat(c.psiMh()).isCloseTo(-0.5 * Math.log(0.5) / 7, within(1e-15));
    }

    @Test
    void authorsExample25MatchesGmhiOutputCsv() throws IOException {
        AbundanceTable t = TestTables.speciesCsv(TestTables.shared("data/gmhi/example_25/species_relative_abundances.csv"));
        IndexScores s = GMHI.score(t, false);
        Map<String, Double> published = new HashMap<>();
        for (String line : Files.readAllLines(TestTables.shared("data/gmhi/example_25/GMHI_output.csv")).subList(1, 26)) {
            String[] f = line.replace("\"", "").split(",");
            published.put(f[0], Double.parseDouble(f[1]));
        }
        assertThat(s.size()).isEqualTo(25);
        for (int i = 0; i < s.size(); i++)
            assertThat(s.value(i)).as(s.sampleIds().get(i)).isCloseTo(published.get(s.sampleIds().get(i)), within(1e-9));
    }

    @Test
    void validationCohortMatchesExpectedComponents() throws IOException {
        Path dir = TestTables.shared("data/gmhi/validation_782");
        AbundanceTable t = TestTables.speciesCsv(dir.resolve("validation_abundance_dev.csv"));
        GmhiComponents[] c = GMHI.components(t);
        List<String> lines = Files.readAllLines(dir.resolve("gmhi_expected_dev.csv"));
        assertThat(lines).hasSize(t.sampleCount() + 1);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            int s = t.indexOfSample(f[0]);
            assertThat(s).as(f[0]).isNotNegative();
            assertThat(c[s].gmhi()).as(f[0]).isCloseTo(Double.parseDouble(f[3]), within(1e-9));
            assertThat(c[s].rMh()).isEqualTo(Integer.parseInt(f[4]));
            assertThat(c[s].rMn()).isEqualTo(Integer.parseInt(f[5]));
            assertThat(c[s].hMh()).isCloseTo(Double.parseDouble(f[6]), within(1e-9));
            assertThat(c[s].hMn()).isCloseTo(Double.parseDouble(f[7]), within(1e-9));
            assertThat(c[s].psiMn()).isCloseTo(Double.parseDouble(f[9]), within(1e-9));
        }
    }

    @Test
    void strainColumnsOfAFeatureTableAreSummedToTheirSpecies() {
        AbundanceTable strains = table(false, "s__Alistipes_senegalensis|t__A", 30.0, "s__Alistipes_senegalensis|t__B", 20.0,
                "s__Anaerotruncus_colihominis|t__C", 50.0);
        AbundanceTable species = table(false, "s__Alistipes_senegalensis", 50.0, "s__Anaerotruncus_colihominis", 50.0);
        assertThat(GMHI.components(strains)[0]).isEqualTo(GMHI.components(species)[0]);
        assertThat(Lineage.ofName(Rank.SPECIES, "x").rank()).isEqualTo(Rank.SPECIES);
    }
}
