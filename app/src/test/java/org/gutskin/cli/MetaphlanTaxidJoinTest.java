package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import org.junit.jupiter.api.Test;

/**
 * MetaPhlAn 3/4 profiles join by the NCBI taxids of their second column ({@code clade_taxid}, issue 16). Two real
 * profiles: a MetaPhlAn 3 kefir profile (mpa_v30) and a MetaPhlAn 4 profile (mpa_vOct22). Between the two
 * databases NCBI renamed the order of taxid 186802 ({@code grep 186802}: {@code o__Clostridiales} in the first,
 * {@code 2|1239|186801|186802} for {@code o__Eubacteriales} in the second); no synonym in the knowledge base joins
 * the two names. By taxid they are one order, so the order table has one feature fewer than joined by name.
 */
@RequiresShared
class MetaphlanTaxidJoinTest {

    static final Path MPA3 = Shared.data("gmwi2/examples/kefir/Subj007_time1_S5_metaphlan.txt");
    static final Path MPA4 = Shared.data("formats/metaphlan/ERR7569997.metaphlan4.txt");

    private static int features(CliRun r) {
        assertThat(r.exit()).as(r.err()).isZero();
        String line = r.err().lines().filter(l -> l.contains("braycurtis over order")).findFirst().orElseThrow();
        return Integer.parseInt(line.replaceAll(".*, (\\d+) features.*", "$1"));
    }

    @Test
    void theRenamedOrderIsOneTaxonByTaxid() {
        CliRun byTaxid = CliRun.of("beta", "--metric", "braycurtis", "--rank", "order", MPA3.toString(), MPA4.toString());
        CliRun byName = CliRun.of("beta", "--metric", "braycurtis", "--rank", "order", "--join", "name",
                MPA3.toString(), MPA4.toString());
        assertThat(features(byTaxid)).isEqualTo(features(byName) - 1);
        assertThat(byTaxid.err()).contains("o__Eubacteriales as k__Bacteria|p__Firmicutes|c__Clostridia|o__Clostridiales,"
                + " taxid 186802");
        assertThat(byName.err()).doesNotContain("taxid 186802");
    }
}
