package org.gutskin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gutskin.report.model.Report;
import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import org.junit.jupiter.api.Test;

/**
 * The report says how much of a sample the species rank describes (issue 16: a rank that drops more than 10 % is
 * said in the JSON and the report, with the rank that keeps it).
 */
@RequiresShared
class RankCoverageReportTest {

    /**
     * Bracken's real Kraken 2 report, by hand from the file's own columns: the classified reads are the clade counts
     * of the domain rows ({@code D}: Bacteria 25,808,376 + Archaea 433,015 = 26,241,391; the root's 26,241,409 also
     * counts 18 reads Kraken left at "cellular organisms", above any domain, which no rank can keep) and the species
     * rows ({@code S}) hold 22,758,172 of them, so 13.27 % has no species name.
     */
    @Test
    void aKrakenReportSaysItsSpeciesShareAndSuggestsGenus() throws Exception {
        Path f = Shared.data("formats/kraken2_bracken/sample_test.report");
        long domains = 0, species = 0;
        for (String line : Files.readAllLines(f)) {
            String[] c = line.split("\t");
            if (c[3].trim().equals("D")) domains += Long.parseLong(c[1]);
            if (c[3].trim().equals("S")) species += Long.parseLong(c[1]);
        }
        assertThat(domains).isEqualTo(26241391L);
        assertThat(species).isEqualTo(22758172L);
        double expected = 100.0 * (1 - (double) species / domains);

        Report r = ReportFixtures.service().build(ReportFixtures.read(f), "sample_test", ReportOptions.defaults());
        assertThat(r.qc().speciesDropped()).isCloseTo(expected, within(1e-9));
        assertThat(r.qc().rankNote()).contains("13.3 %").contains("genus-level analysis would keep at least 90 %");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.gutskin.report.render.ReportRenderer.render(r, org.gutskin.report.render.ReportFormat.HTML, out);
        String html = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("has no species name");
    }

    /** A MetaPhlAn profile names (nearly) all of its classified abundance to species: no note. */
    @Test
    void aMetaphlanProfileNeedsNoNote() {
        Report r = ReportFixtures.service().build(ReportFixtures.read(ReportFixtures.gmwi2Example()),
                ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults());
        assertThat(r.qc().rankNote()).isNull();
        assertThat(r.qc().speciesDropped()).isLessThan(10);
    }
}
