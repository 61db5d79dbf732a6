package org.gutskin.report;

import org.gutskin.testkit.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.profile.Format;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.report.reference.ReferenceDistribution;

/** Shared inputs of the report tests: real profiles from ../shared/data and small written ones. */
final class ReportFixtures {

    static final String GMWI2_SAMPLE = "SRR1761667";

    private ReportFixtures() {}

    static Path shared(String rel) {
        return Shared.path(rel);
    }

    /** The GMWI2 authors' example profile (MetaPhlAn 3, one sample) and their published score. */
    static Path gmwi2Example() {
        return shared("data/gmwi2/examples/SRR1761667_metaphlan.txt");
    }

    static double gmwi2Published() throws IOException {
        String[] f = Files.readString(shared("data/gmwi2/examples/SRR1761667_GMWI2.txt")).trim().split("\\s+");
        return Double.parseDouble(f[f.length - 1]);
    }

    static Path hmp2() {
        return shared("data/formats/metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv");
    }

    static Profile read(Path p) {
        return ProfileFiles.read(p, (Format) null);
    }

    /** A service with a fixed clock so two builds of the same input are equal. */
    static ReportService service() {
        return new ReportService(KnowledgeBase.get(), ReferenceDistribution.bundled(),
                Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));
    }

    /** A small MetaPhlAn merged table written to {@code dir}: two samples, the second named {@code id2}. */
    static Path merged(Path dir, String id2) throws IOException {
        String t = "clade_name\tplain\t" + id2 + "\n"
                + "k__Bacteria|p__Firmicutes|c__Clostridia|o__Clostridiales|f__Ruminococcaceae|g__Faecalibacterium|s__Faecalibacterium_prausnitzii\t40\t10\n"
                + "k__Bacteria|p__Bacteroidetes|c__Bacteroidia|o__Bacteroidales|f__Bacteroidaceae|g__Bacteroides|s__Bacteroides_vulgatus\t35\t60\n"
                + "k__Bacteria|p__Proteobacteria|c__Gammaproteobacteria|o__Enterobacterales|f__Enterobacteriaceae|g__Escherichia|s__Escherichia_coli\t25\t30\n";
        Path p = dir.resolve("tiny_merged.tsv");
        Files.writeString(p, t);
        return p;
    }

    /** A skin-swab profile (MetaPhlAn style, one sample) with the species the skin literature discusses. */
    static Path skin(Path dir) throws IOException {
        String t = "#mpa_vJan21\n#clade_name\tNCBI_tax_id\trelative_abundance\tadditional_species\n"
                + "k__Bacteria\t2\t100.0\t\n"
                + "k__Bacteria|p__Actinobacteria|c__Actinobacteria|o__Propionibacteriales|f__Propionibacteriaceae|g__Cutibacterium|s__Cutibacterium_acnes\t2|1|1|1|1|1|1747\t55.0\t\n"
                + "k__Bacteria|p__Firmicutes|c__Bacilli|o__Bacillales|f__Staphylococcaceae|g__Staphylococcus|s__Staphylococcus_epidermidis\t2|1|1|1|1|1|1282\t30.0\t\n"
                + "k__Bacteria|p__Firmicutes|c__Bacilli|o__Bacillales|f__Staphylococcaceae|g__Staphylococcus|s__Staphylococcus_aureus\t2|1|1|1|1|1|1280\t15.0\t\n";
        Path p = dir.resolve("cheek_swab_profile.txt");
        Files.writeString(p, t);
        return p;
    }
}
