package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.Format;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.ValueKind;
import org.gutskin.report.ReportOptions;
import org.gutskin.report.ReportService;
import org.gutskin.report.model.Report;
import org.gutskin.report.model.TaxonShare;
import org.junit.jupiter.api.Test;

/**
 * The sample list ({@link SampleSummary}, stored at upload) and the report's composition bar show the same "top
 * species" percentages for one sample. A hand-made count table, one sample, 50 reads: Bacteroides uniformis 25,
 * Faecalibacterium prausnitzii 15, and 10 reads the profiler placed in the genus Prevotella only. By hand, in percent
 * of the sample: 25/50 = 50 %, 15/50 = 30 %, and 20 % not assigned to a species. (Renormalising over the species
 * alone, as the list once did, would have shown 62.5 % and 37.5 %.)
 */
class TopSpeciesAgreementTest {

    private static Profile handMade() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        int bu = b.taxon(Lineage.of("Bacteria", "Bacteroidetes", "Bacteroidia", "Bacteroidales", "Bacteroidaceae",
                "Bacteroides", "Bacteroides_uniformis"));
        int fp = b.taxon(Lineage.of("Bacteria", "Firmicutes", "Clostridia", "Clostridiales", "Ruminococcaceae",
                "Faecalibacterium", "Faecalibacterium_prausnitzii"));
        int pr = b.taxon(Lineage.of("Bacteria", "Bacteroidetes", "Bacteroidia", "Bacteroidales", "Prevotellaceae",
                "Prevotella"));
        b.sample("S1", null).add(bu, 25).add(fp, 15).add(pr, 10);
        AbundanceTable t = b.build();
        return new Profile(Path.of("hand.biom"), Format.BIOM_JSON, t, Optional.of(t), List.of());
    }

    @Test
    void theListAndTheReportShowTheSamePercentages() {
        Profile p = handMade();
        SampleSummary summary = SampleSummary.of(p).get(0);
        assertThat(summary.topSpecies()).extracting(SampleSummary.Share::name)
                .containsExactly("Bacteroides uniformis", "Faecalibacterium prausnitzii");
        assertThat(summary.topSpecies().get(0).percent()).isCloseTo(50.0, within(1e-9));
        assertThat(summary.topSpecies().get(1).percent()).isCloseTo(30.0, within(1e-9));
        assertThat(summary.species()).isEqualTo(2);

        Report report = new ReportService().build(p, "S1", ReportOptions.defaults());
        List<TaxonShare> bar = report.composition();
        assertThat(bar.get(0).taxon()).isEqualTo("Bacteroides uniformis");
        assertThat(bar.get(0).percent()).isCloseTo(50.0, within(1e-9));
        assertThat(bar.get(1).taxon()).isEqualTo("Faecalibacterium prausnitzii");
        assertThat(bar.get(1).percent()).isCloseTo(30.0, within(1e-9));
        assertThat(bar.get(2).taxon()).isEqualTo(ReportService.UNCLASSIFIED);
        assertThat(bar.get(2).percent()).isCloseTo(20.0, within(1e-9));
        assertThat(bar).hasSize(3);
    }
}
