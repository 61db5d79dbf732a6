package org.gutskin.profile.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.gutskin.io.ByteSource;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formats of issue 16 on real files ({@code src/test/resources/…/format/real/README.md} names each source and
 * commit). Expected numbers come from the files' own lines read here by hand (Kraken report columns, QIIME 1
 * fractions), or from biom-format 2.1 (Debian python3-biom-format) where a table is binary; the values are
 * written into the tests with the computation that gave them.
 */
class RealFormatsTest {

    @TempDir
    Path dir;

    private static Path real(String name) {
        return Path.of("src/test/resources/org/gutskin/profile/format/real").resolve(name);
    }

    private static double value(AbundanceTable t, String sample, Lineage l) {
        int s = t.indexOfSample(sample), x = t.taxa().indexOf(l);
        assertThat(s).as("sample " + sample).isGreaterThanOrEqualTo(0);
        assertThat(x).as("taxon " + l).isGreaterThanOrEqualTo(0);
        var v = t.sample(s);
        for (int k = 0; k < v.size(); k++) if (v.taxon(k) == x) return v.value(k);
        return 0;
    }

    /** Species clade reads of a Kraken report, read with plain string splitting: name (spaces as _) → reads. */
    private static Map<String, Double> krakenSpecies(Path report) throws IOException {
        Map<String, Double> m = new HashMap<>();
        for (String line : Files.readAllLines(report)) {
            String[] f = line.split("\t");
            if (f.length == 6 && f[3].equals("S")) m.put(f[5].strip().replace(' ', '_'), Double.parseDouble(f[1]));
        }
        return m;
    }

    @Test
    void kreport2mpaWithTwoUnderscoresIsKrakenMpaNotMetaphlan() throws IOException {
        Path mpa = real("2612_pe-ERR5766176-db1.kreport2mpa.txt");
        assertThat(ProfileFiles.detect(mpa)).isEqualTo(Format.KRAKEN_MPA);
        Profile p = ProfileFiles.read(mpa, (Format) null);
        AbundanceTable c = p.counts().orElseThrow();
        // the '#Classification' header names the report; its suffix is dropped like a file name's
        assertThat(c.sampleIds()).containsExactly("2612_pe-ERR5766176-db1");
        // every species row carries the report's clade reads (column 2 of its S line); d__Eukaryota|k__Metazoa is
        // an intermediate level, left out, so the lineage is Eukaryota > Chordata > …
        Map<String, Double> species = krakenSpecies(real("2612_pe-ERR5766176-db1.kraken2.report.txt"));
        assertThat(species).isNotEmpty();
        AbundanceTable sp = c.atRank(Rank.SPECIES);
        Map<String, Double> got = new HashMap<>();
        for (int x = 0; x < sp.taxonCount(); x++) got.put(sp.taxa().get(x).name(), value(sp, "2612_pe-ERR5766176-db1", sp.taxa().get(x)));
        assertThat(got).isEqualTo(species);
        // percent = reads / the domain rows' reads (168: the report's D line, Eukaryota) · 100
        Lineage homo = c.taxa().stream().filter(l -> l.name().equals("Homo_sapiens")).findFirst().orElseThrow();
        assertThat(value(p.abundance(), "2612_pe-ERR5766176-db1", homo)).isCloseTo(species.get("Homo_sapiens") / 168 * 100, within(1e-9));
        assertThat(homo.nameAt(Rank.KINGDOM)).isEqualTo("Eukaryota");
        assertThat(homo.nameAt(Rank.PHYLUM)).isEqualTo("Chordata");
    }

    @Test
    void combineMpaIsReadAsOneTableOfBothSamples() throws IOException {
        Path combined = real("combine_mpa.tsv");
        assertThat(ProfileFiles.detect(combined)).isEqualTo(Format.KRAKEN_MPA);
        AbundanceTable all = ProfileFiles.read(combined, (Format) null).counts().orElseThrow();
        assertThat(all.sampleIds()).containsExactly("2612_pe-ERR5766176-db1", "2611_se-ERR5766174-db1");
        for (String s : all.sampleIds()) {
            AbundanceTable one = ProfileFiles.read(real(s + ".kreport2mpa.txt"), (Format) null).counts().orElseThrow();
            for (Lineage l : one.taxa()) assertThat(value(all, s, l)).as(s + " " + l).isEqualTo(value(one, s, l));
        }
    }

    @Test
    void qiime1SummarizeTaxaTable() throws IOException {
        Path f = real("qiime1_otu_table_L3.txt");
        assertThat(ProfileFiles.detect(f)).isEqualTo(Format.QIIME1_TSV);
        Profile p = ProfileFiles.read(f, (Format) null);
        AbundanceTable t = p.abundance();
        assertThat(t.sampleCount()).isEqualTo(9);
        assertThat(t.taxonCount()).isEqualTo(8);
        // fractions as written, shown as percent: PC.636 Bacteroidetes 0.695945945946 → 69.5945945946 %
        assertThat(value(t, "PC.636", Lineage.of("Bacteria", "Bacteroidetes"))).isCloseTo(69.5945945946, within(1e-9));
        // 'Root;k__Bacteria;Other' is Bacteria unresolved below the kingdom, a row of its own (disjoint table)
        assertThat(value(t, "PC.636", Lineage.of("Bacteria"))).isCloseTo(2.02702702703, within(1e-9));
        assertThat(t.isNested()).isFalse();
        // through a '#OTU ID' header (newer summarize_taxa) it reads the same
        Path otu = dir.resolve("L3_otu_id.txt");
        Files.writeString(otu, "# Constructed from biom file\n" + Files.readString(f).replaceFirst("^Taxon", "#OTU ID"));
        assertThat(ProfileFiles.detect(otu)).isEqualTo(Format.QIIME1_TSV);
        assertThat(value(ProfileFiles.read(otu, (Format) null).abundance(), "PC.636", Lineage.of("Bacteria", "Bacteroidetes")))
                .isCloseTo(69.5945945946, within(1e-9));
    }

    @Test
    void nonIntegerBiomIsReadAsGivenAndSaysSo() {
        // biom-format's own edge case: fractional metabolite intensities, sample totals 686.95 … 27308.04
        Profile p = ProfileFiles.read(real("edgecase_issue_952.biom"), (Format) null);
        assertThat(p.format()).isEqualTo(Format.BIOM_HDF5);
        assertThat(p.counts()).isEmpty();
        assertThat(p.warnings()).anyMatch(w -> w.contains("neither whole counts nor proportions"));
        // biom-format: load_table(...).get_value_by_ids('4064', '10A1-P1.mzML') = 199.52254, sum('sample')[0] =
        // 2219.64341, so its share is 199.52254 / 2219.64341 · 100 = 8.988945661321338 %
        assertThat(value(p.abundance(), "10A1-P1.mzML", Lineage.ofName(Rank.SPECIES, "4064")))
                .isCloseTo(8.988945661321338, within(1e-9));
    }

    @Test
    void maaslin2SamplesAsRowsAreRecognisedByTaxonNamesInTheHeader() {
        Profile p = ProfileFiles.read(real("HMP2_taxonomy_head20.tsv"), (Format) null);
        AbundanceTable t = p.abundance();
        assertThat(t.sampleCount()).isEqualTo(20);
        assertThat(t.taxonCount()).isEqualTo(87);
        // proportions of a species subset (CSM5FZ4M sums to 0.9776): 0.130632 → 13.0632 %
        assertThat(value(t, "CSM5FZ4M", Lineage.ofName(Rank.SPECIES, "Bacteroides dorei"))).isCloseTo(13.0632, within(1e-9));
        assertThat(p.warnings()).anyMatch(w -> w.contains("proportions"));
    }

    @Test
    void qiime2ArtifactWithItsUuidAndATaxonomyArtifact() throws IOException {
        Path table = real("feature-table-frequency.qza"), tax = real("feature-data-taxonomy.qza");
        assertThat(ProfileFiles.detect(table)).isEqualTo(Format.QIIME2_ARTIFACT);
        Profile p = ProfileFiles.read(table, (Format) null);
        // biom-format on data/feature-table.biom: shape (658, 104), sum('sample') of K3.H = 312
        AbundanceTable c = p.counts().orElseThrow();
        assertThat(c.sampleCount()).isEqualTo(104);
        assertThat(c.taxonCount()).isEqualTo(658);
        var v = c.sample(c.indexOfSample("K3.H"));
        double sum = 0;
        for (int k = 0; k < v.size(); k++) sum += v.value(k);
        assertThat(sum).isEqualTo(312);
        // metadata.yaml: 'uuid: 31982de9-7469-4f2a-85f7-40b3bc176db9'
        assertThat(p.input().artifactUuid()).isEqualTo("31982de9-7469-4f2a-85f7-40b3bc176db9");
        Profile withTax = ProfileFiles.read(table, new ReadOptions(null, false, tax));
        assertThat(withTax.input().taxonomyUuid()).isEqualTo("314277f5-c472-40b6-af7d-ed5c978f285e");
        assertThatThrownBy(() -> ProfileFiles.read(tax, (Format) null)).isInstanceOf(InputException.class)
                .hasMessageContaining("--taxonomy");
    }

    @Test
    void taxpastaTables() throws IOException {
        Path std = real("taxpasta_2612_pe-ERR5766176-db1_kraken2_head.tsv");
        assertThat(ProfileFiles.detect(std)).isEqualTo(Format.TAXPASTA);
        AbundanceTable c = ProfileFiles.read(std, (Format) null).counts().orElseThrow();
        // taxid 0 holds the report's unclassified direct reads (its U line: 627680)
        assertThat(value(c, c.sampleIds().get(0), Lineage.UNCLASSIFIED)).isEqualTo(627680);
        Path merged = real("taxpasta_dbMOTUs_motus_head.tsv");
        Profile m = ProfileFiles.read(merged, (Format) null);
        assertThat(m.abundance().sampleIds()).containsExactly("2612_pe-ERR5766176-db_mOTU", "2612_se-ERR5766180-db_mOTU");
        assertThat(value(m.counts().orElseThrow(), "2612_se-ERR5766180-db_mOTU", Lineage.ofName(Rank.SPECIES, "taxid:40518")))
                .isEqualTo(2);
        assertThat(m.warnings()).anyMatch(w -> w.contains("taxid only"));
    }

    /**
     * Bracken's {@code combine_bracken_outputs.py} run on taxpasta's four Bracken test outputs (real
     * nf-core/taxprofiler runs): the counts are each file's {@code new_est_reads}, read here from the inputs as
     * quoted in the README (2611: S. cerevisiae 96, H. sapiens 23; 2612_pe: 17, 156; 2612_se: H. sapiens 33;
     * 2613_pe: H. sapiens 78); samples named without {@code .tsv_num}; taxa carry their taxids.
     */
    @Test
    void combinedBrackenOutputs() throws IOException {
        Path f = real("combine_bracken_outputs.txt");
        assertThat(ProfileFiles.detect(f)).isEqualTo(Format.BRACKEN_COMBINED);
        Profile p = ProfileFiles.read(f, (Format) null);
        AbundanceTable c = p.counts().orElseThrow();
        assertThat(c.sampleIds()).containsExactly("2611_se-ERR5766174-db1_S", "2612_pe-ERR5766176-db1_S",
                "2612_se-ERR5766180-db1_S", "2613_pe-ERR5766181-db1_S");
        Lineage yeast = Lineage.ofName(Rank.SPECIES, "Saccharomyces cerevisiae"), human = Lineage.ofName(Rank.SPECIES, "Homo sapiens");
        assertThat(value(c, "2611_se-ERR5766174-db1_S", yeast)).isEqualTo(96);
        assertThat(value(c, "2611_se-ERR5766174-db1_S", human)).isEqualTo(23);
        assertThat(value(c, "2612_pe-ERR5766176-db1_S", yeast)).isEqualTo(17);
        assertThat(value(c, "2612_pe-ERR5766176-db1_S", human)).isEqualTo(156);
        assertThat(value(c, "2612_se-ERR5766180-db1_S", yeast)).isZero();
        assertThat(value(c, "2613_pe-ERR5766181-db1_S", human)).isEqualTo(78);
        assertThat(c.taxa().get(c.taxa().indexOf(human)).taxid()).hasValue(9606);
        // the single Bracken table is still a bracken file
        assertThat(ProfileFiles.detect(SharedData.formats("kraken2_bracken/taxpasta_2611_se-ERR5766174-db1_S.bracken.tsv")))
                .isEqualTo(Format.BRACKEN);
        Path bad = dir.resolve("bad_combined.txt");
        Files.writeString(bad, Files.readString(f).replace("\t96\t", "\t9x6\t"));
        assertThatThrownBy(() -> ProfileFiles.read(bad, (Format) null)).isInstanceOf(InputException.class)
                .hasMessage("column 4 (2611_se-ERR5766174-db1_S_num): expected a number, got '9x6'")
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(2));
    }

    @Test
    void truncatedFilesAreRefused() throws IOException {
        Path mock = SharedData.formats("metaphlan/MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt");
        List<String> lines = Files.readAllLines(mock);
        // cut inside the species block, at a line end: the species add up to less than half the kingdoms
        int firstSpecies = 0;
        while (!lines.get(firstSpecies).contains("|s__")) firstSpecies++;
        Path cut = dir.resolve("cut_profile.txt");
        Files.writeString(cut, String.join("\n", lines.subList(0, firstSpecies + 1)) + "\n");
        assertThatThrownBy(() -> ProfileFiles.read(cut, (Format) null)).isInstanceOf(InputException.class)
                .hasMessageContaining("truncated");
        // cut in the middle of a line
        String whole = Files.readString(mock);
        Path mid = dir.resolve("mid_profile.txt");
        Files.writeString(mid, whole.substring(0, whole.length() - 7));
        assertThatThrownBy(() -> ProfileFiles.read(mid, (Format) null)).isInstanceOf(InputException.class)
                .hasMessageContaining("ends in the middle");
        String report = Files.readString(real("2612_pe-ERR5766176-db1.kraken2.report.txt"));
        Path midReport = dir.resolve("r.kraken2.report.txt");
        Files.writeString(midReport, report.substring(0, report.length() / 2));
        assertThatThrownBy(() -> ProfileFiles.read(midReport, (Format) null)).isInstanceOf(InputException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void encodings() throws IOException {
        Path mock = SharedData.formats("metaphlan/MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt");
        Profile utf8 = ProfileFiles.read(mock, (Format) null);
        String text = Files.readString(mock);
        Path utf16 = dir.resolve("MOCK_001.metaphlan3_profile.txt");
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = new byte[le.length + 2];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, bom, 2, le.length);
        Files.write(utf16, bom);
        Profile p16 = ProfileFiles.read(utf16, (Format) null);
        assertThat(p16.format()).isEqualTo(Format.METAPHLAN);
        assertThat(p16.abundance().taxa()).isEqualTo(utf8.abundance().taxa());
        assertThat(p16.warnings()).isEqualTo(utf8.warnings());
        // Latin-1: an accented name survives and the warning names the encoding
        String mpa = Files.readString(real("2612_pe-ERR5766176-db1.kreport2mpa.txt")).replace("Homo_sapiens", "Homo_sapiéns");
        Path latin1 = dir.resolve("latin1.kreport2mpa.txt");
        Files.write(latin1, mpa.getBytes(StandardCharsets.ISO_8859_1));
        Profile pl = ProfileFiles.read(latin1, (Format) null);
        assertThat(pl.abundance().taxa()).anyMatch(l -> l.name().equals("Homo_sapiéns"));
        assertThat(pl.warnings()).anyMatch(w -> w.contains("Latin-1"));
    }

    @Test
    void gzipAndBzip2AndTheChecksumOfTheStoredBytes() throws Exception {
        Path mock = SharedData.formats("metaphlan/MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt");
        byte[] plain = Files.readAllBytes(mock);
        Profile expected = ProfileFiles.read(mock, (Format) null);
        assertThat(expected.sha256()).isEqualTo(hex(plain));
        for (String ext : List.of("gz", "bz2")) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (OutputStream o = ext.equals("gz") ? new GZIPOutputStream(b) : new BZip2CompressorOutputStream(b)) {
                o.write(plain);
            }
            byte[] packed = b.toByteArray();
            Profile p = ProfileFiles.read(ByteSource.of("MOCK_001.metaphlan3_profile.txt." + ext, packed), ReadOptions.DEFAULT);
            assertThat(p.abundance().taxa()).isEqualTo(expected.abundance().taxa());
            // the checksum is of the bytes as stored (what sha256sum prints for the .gz/.bz2 file)
            assertThat(p.sha256()).isEqualTo(hex(packed));
            assertThat(p.input().name()).isEqualTo("MOCK_001.metaphlan3_profile.txt." + ext);
        }
    }

    private static String hex(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    /**
     * Sample metadata given as a profile: real metadata tables from shared data (the psoriasis cohorts' samples.tsv,
     * HMP2's transposed metadata) and a numbers-only one whose sample ids are text ({@code sample,age / S1,34}),
     * which would otherwise be a profile of the "species" S1 and S2. Profiles whose first header cell is also
     * {@code sample} but whose rows are taxa still read.
     */
    @Test
    void metadataTablesAreNotProfiles() throws IOException {
        for (String f : List.of("../skin-conditions/psoriasis_yunusbb/samples.tsv",
                "../skin-conditions/psoriasis_qqwxp1987/samples.tsv", "metaphlan/HMP2_subset_metadata.tsv"))
            assertThatThrownBy(() -> ProfileFiles.read(SharedData.formats(f), (Format) null))
                    .isInstanceOf(InputException.class).hasMessageStartingWith("this looks like a metadata table");
        Path csv = dir.resolve("metadata.csv");
        Files.writeString(csv, "sample,age\nS1,34\nS2,50\n");
        assertThatThrownBy(() -> ProfileFiles.read(csv, (Format) null)).isInstanceOf(InputException.class)
                .hasMessage("this looks like a metadata table, not a profile: column 1 ('sample') names samples or"
                        + " variables ('S1', …), not taxa or lineages (sample metadata goes to --metadata)");
        Path profile = dir.resolve("profile.csv");
        Files.writeString(profile, "sample,S1,S2\nBacteroides_ovatus,34,20\nUNKNOWN,1,0\n");
        assertThat(ProfileFiles.read(profile, (Format) null).abundance().sampleIds()).containsExactly("S1", "S2");
    }

    @Test
    void notProfiles() throws IOException {
        Path meta = dir.resolve("metadata.csv");
        Files.writeString(meta, "sample_id,age\n1,34\n2,51\n");
        assertThatThrownBy(() -> ProfileFiles.read(meta, (Format) null)).isInstanceOf(InputException.class)
                .hasMessageContaining("metadata table");
        Path mock = SharedData.formats("metaphlan/MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt");
        List<String> lines = Files.readAllLines(mock);
        Path headerOnly = dir.resolve("header_only.metaphlan3_profile.txt");
        Files.writeString(headerOnly, String.join("\n", lines.stream().filter(l -> l.startsWith("#")).toList()) + "\n");
        assertThatThrownBy(() -> ProfileFiles.read(headerOnly, (Format) null)).isInstanceOf(InputException.class)
                .hasMessageContaining("only its header");
        Path longId = dir.resolve("long.tsv");
        Files.writeString(longId, "clade_name\t" + "x".repeat(200_000) + "\nk__Bacteria\t100\n");
        assertThatThrownBy(() -> ProfileFiles.read(longId, (Format) null)).isInstanceOf(InputException.class)
                .hasMessageContaining("200000 characters");
    }

    @Test
    void theRegistryIsTheOneListOfNames() {
        assertThat(ProfileFormats.names()).hasSize(Format.values().length).doesNotHaveDuplicates()
                .contains("kraken-mpa", "qiime1-tsv", "qiime2-qza", "taxpasta");
        assertThat(ProfileFormats.named(" Kraken-MPA ").format()).isEqualTo(Format.KRAKEN_MPA);
        assertThatThrownBy(() -> ProfileFormats.named("nope")).hasMessageContaining("taxpasta");
        for (ProfileFormat f : ProfileFormats.all()) assertThat(f.description()).isNotBlank();
        assertThat(ProfileFormats.of(Format.BIOM_JSON).writes()).isTrue();
    }

    @Test
    void docsListEveryRegisteredFormat() throws IOException {
        String doc = Files.readString(Path.of("../docs/formats.md"));
        for (String name : ProfileFormats.names()) assertThat(doc).contains("| `" + name + "` |");
    }
}
