package org.gutskin.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CLR with multiplicative replacement against scikit-bio 0.5.8, and the per-taxon test against scipy. */
class DifferentialAbundanceTest {

    @Test
    void clrEqualsScikitBio() {
        // clr(multiplicative_replacement(R))[:, 2] and [:, 1]
        double[] col2 = {0.4574802548019743, -1.2104089896958468, 0.45723185389957965, -0.2027325540540823,
                1.2287129726671475, 1.148629720743166, 1.0058288783413323, 0.7190677411664839, -2.220446049250313e-16,
                0.6168836623520819};
        double[] col1 = {-1.2230535793158568, -0.5744202229758502, -1.3199288159073226, -0.2027325540540823,
                1.346496008323531, 0.89731529246226, 1.139360270965855, 1.2298933649324746, -2.220446049250313e-16,
                0.21141855424391753};
        ClrTable clr = new ClrTable(PeerFixture.table());
        assertThat(clr.column(2)).containsExactly(col2, within(1e-12));
        assertThat(clr.column(1)).containsExactly(col1, within(1e-12));
        assertThat(clr.delta()).isEqualTo(1.0 / 36);
    }

    @Test
    void perTaxonTestAndEffectSize() {
        List<TaxonAssociation> rows = DifferentialAbundance.run(PeerFixture.table(), PeerFixture.twoGroups(), 0.1);
        assertThat(rows).hasSize(6);
        TaxonAssociation t1 = rows.get(1);
        assertThat(t1.taxon()).isEqualTo("taxon1");
        // stats.mannwhitneyu(C[:5,1], C[5:,1]) -> 5.0, 0.15079365079365079 (exact)
        assertThat(t1.statistic()).isEqualTo(5.0);
        assertThat(t1.pValue()).isCloseTo(0.15079365079365079, within(1e-12));
        // mean CLR of taxon1, B minus A, from the scikit-bio column above
        double a = (-1.2230535793158568 - 0.5744202229758502 - 1.3199288159073226 - 0.2027325540540823 + 1.346496008323531) / 5;
        double b = (0.89731529246226 + 1.139360270965855 + 1.2298933649324746 - 2.220446049250313e-16 + 0.21141855424391753) / 5;
        assertThat(t1.effectSize()).isCloseTo(b - a, within(1e-12));
        assertThat(t1.prevalence()).isCloseTo(0.8, within(1e-15));
        assertThat(rows).allSatisfy(r -> assertThat(r.qValue()).isBetween(r.pValue(), 1.0));
    }

    @Test
    void prevalenceFilterDropsRareTaxa() {
        // taxon1 is absent from samples 0 and 2 (prevalence 0.8), taxon0 from 4 and 7 (0.8), taxon4 from 0,2 (0.8)
        List<TaxonAssociation> rows = DifferentialAbundance.run(PeerFixture.table(), PeerFixture.twoGroups(), 0.85);
        assertThat(rows).extracting(TaxonAssociation::taxon).doesNotContain("taxon0", "taxon1", "taxon4");
    }
}
