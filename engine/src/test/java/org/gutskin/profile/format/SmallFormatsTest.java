package org.gutskin.profile.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format details that the shared example files do not exercise, on small hand-written files (expected values by hand). */
class SmallFormatsTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static final String HEADER3 = "#mpa_v30_CHOCOPhlAn_201901\n#/usr/bin/metaphlan in.fq -o out.txt\n";

    @Test
    void metaphlanSampleIdRules() throws IOException {
        // default key and value: the file name without extension and _metaphlan
        assertThat(ids(file("S7_metaphlan.txt", HEADER3 + "#SampleID\tMetaphlan_Analysis\n#clade_name\tNCBI_tax_id\t"
                + "relative_abundance\tadditional_species\nk__Bacteria\t2\t100.0\t\n"))).isEqualTo("S7");
        // --sample_id sets the value
        assertThat(ids(file("x_profile.txt", HEADER3 + "#SampleID\tpatient_12\n#clade_name\tNCBI_tax_id\t"
                + "relative_abundance\nk__Bacteria\t2\t100.0\n"))).isEqualTo("patient_12");
        // MetaPhlAn 4 --sample_id_key: the key (as taxprofiler writes it)
        assertThat(ids(file("y.txt", "#mpa_vOct22\n#ERR42\tMetaphlan_Analysis\n#clade_name\tNCBI_tax_id\t"
                + "relative_abundance\nk__Bacteria\t2\t100.0\n"))).isEqualTo("ERR42");
        // no header at all: _profile stripped
        assertThat(ids(file("z_profile.tsv", "k__Bacteria\t2\t100.0\n"))).isEqualTo("z");
    }

    private static String ids(Path p) {
        Profile pr = ProfileFiles.read(p, (Format) null);
        assertThat(pr.format()).isEqualTo(Format.METAPHLAN);
        return String.join(",", pr.abundance().sampleIds());
    }

    @Test
    void metaphlanReadStatsGiveCounts() throws IOException {
        // MetaPhlAn 3 with -t rel_ab_w_read_stats
        Path p = file("rs_metaphlan.txt", HEADER3 + "#SampleID\tMetaphlan_Analysis\n"
                + "#estimated_reads_mapped_to_known_clades:1500\n"
                + "#clade_name\tclade_taxid\trelative_abundance\tcoverage\testimated_number_of_reads_from_the_clade\n"
                + "k__Bacteria\t2\t100.0\t2.5\t1500\n"
                + "k__Bacteria|p__Firmicutes\t2|1239\t60.0\t1.5\t900\n"
                + "k__Bacteria|p__Bacteroidetes\t2|976\t40.0\t1.0\t600\n");
        Profile pr = ProfileFiles.read(p, (Format) null);
        AbundanceTable c = pr.counts().orElseThrow();
        assertThat(c.kind()).isEqualTo(ValueKind.COUNTS);
        assertThat(c.isNested()).isTrue();
        assertThat(c.sample(0).sum()).isEqualTo(1500 + 900 + 600);
        // collapsing the nested counts to phylum keeps the phylum rows: 900 and 600
        AbundanceTable phyla = c.atRank(Rank.PHYLUM);
        assertThat(phyla.sample(0).sum()).isEqualTo(1500.0);
        assertThat(pr.abundance().get(0, 1)).isEqualTo(60.0);
        // the nested relative abundance of the counts divides by the kingdom row, not by every row
        assertThat(c.relative().get(0, 1)).isEqualTo(60.0);
    }

    @Test
    void metaphlan2TwoColumns() throws IOException {
        Path p = file("m2.txt", "#SampleID\tMetaphlan2_Analysis\nk__Bacteria\t100.0\nk__Bacteria|p__Firmicutes\t55.5\n"
                + "unclassified\t0\n");
        Profile pr = ProfileFiles.read(p, (Format) null);
        assertThat(pr.format()).isEqualTo(Format.METAPHLAN);
        assertThat(pr.abundance().taxonCount()).isEqualTo(3);
        assertThat(pr.abundance().get(0, 1)).isEqualTo(55.5);
        assertThat(pr.abundance().taxa().get(2)).isEqualTo(Lineage.UNCLASSIFIED);
    }

    @Test
    void qiimeFeatureTableWithTaxonomyFile() throws IOException {
        Path table = file("feature-table.tsv", "# Constructed from biom file\n#OTU ID\tS1\tS2\n"
                + "a1\t10.0\t0.0\na2\t5.0\t3.0\na3\t1.0\t1.0\n");
        Path tax = file("taxonomy.tsv", "Feature ID\tTaxon\tConfidence\n"
                + "a1\td__Bacteria; p__Firmicutes; c__Clostridia; o__Lachnospirales; f__Lachnospiraceae; g__Blautia\t0.99\n"
                + "a2\td__Bacteria; p__Firmicutes; c__Clostridia; o__Lachnospirales; f__Lachnospiraceae; g__Blautia; s__\t0.9\n"
                + "a3\tUnassigned\t0.5\n");
        Profile pr = ProfileFiles.read(table, new ReadOptions(null, false, tax));
        AbundanceTable t = pr.abundance();
        assertThat(pr.format()).isEqualTo(Format.QIIME2_TSV);
        assertThat(pr.hasCounts()).isTrue();
        assertThat(t.isNested()).isFalse();
        // two ASVs of Blautia sum at genus: S1 10 + 5, S2 0 + 3; the unassigned ASV reaches no genus
        AbundanceTable g = t.atRank(Rank.GENUS);
        assertThat(g.taxonCount()).isEqualTo(1);
        assertThat(g.taxa().get(0).name()).isEqualTo("Blautia");
        assertThat(g.get(0, 0)).isEqualTo(15.0);
        assertThat(g.get(1, 0)).isEqualTo(3.0);
        assertThat(t.taxa().get(2)).isEqualTo(Lineage.ofName(Rank.STRAIN, "a3"));
        // without the taxonomy file the features are bare names
        assertThat(ProfileFiles.read(table, (Format) null).abundance().taxa().get(0)).isEqualTo(Lineage.ofName(Rank.SPECIES, "a1"));
    }

    @Test
    void plainTablesCountsFractionsAndGtdbLineages() throws IOException {
        Path counts = file("c.tsv", "taxon\tA\tB\nd__Bacteria; p__Firmicutes; g__Blautia\t7\t0\n"
                + "d__Bacteria; p__Bacteroidota; g__Bacteroides\t3\t5\n");
        Profile pc = ProfileFiles.read(counts, (Format) null);
        assertThat(pc.format()).isEqualTo(Format.TABLE);
        assertThat(pc.hasCounts()).isTrue();
        assertThat(pc.abundance().taxa().get(0).nameAt(Rank.PHYLUM)).isEqualTo("Firmicutes");
        assertThat(pc.relative().get(0, 0)).isEqualTo(70.0);
        Path fractions = file("f.csv", "taxon,A,B\nBlautia_obeum,0.25,0.5\nBacteroides_vulgatus,0.75,0.5\n");
        Profile pf = ProfileFiles.read(fractions, (Format) null);
        assertThat(pf.hasCounts()).isFalse();
        assertThat(pf.abundance().get(0, 1)).isEqualTo(75.0);
        assertThat(pf.warnings()).anyMatch(w -> w.contains("fractions"));
    }

    @Test
    void gzipCompressedText() throws IOException {
        Path gz = dir.resolve("S9_metaphlan.txt.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write("#clade_name\tNCBI_tax_id\trelative_abundance\nUNKNOWN\t-1\t20\nk__Bacteria\t2\t80\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Profile p = ProfileFiles.read(gz, (Format) null);
        assertThat(p.abundance().sampleIds()).containsExactly("S9");
        assertThat(p.abundance().get(0, 0)).isEqualTo(20.0);
    }
}
