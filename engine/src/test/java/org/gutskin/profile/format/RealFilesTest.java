package org.gutskin.profile.format;

import org.gutskin.testkit.RequiresShared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real file in {@code ../shared/data/formats/} and every GMWI2 example profile, read and checked against
 * the file's own contents (parsed here with plain string splitting, independently of the readers), and the BIOM
 * examples against biom-format's reading of them ({@code expected_tables.json}).
 */
@RequiresShared
class RealFilesTest {

    private static final Set<String> NOT_PROFILES = Set.of("README.md", "biom/dump_expected.py",
            "biom/expected_tables.json", "biom/obs_md.txt", "biom/sam_md.txt", "metaphlan/HMP2_subset_metadata.tsv");

    private static final Map<String, Format> PROFILES = Map.ofEntries(
            Map.entry("biom/min_sparse_otu_table.biom", Format.BIOM_JSON),
            Map.entry("biom/rich_sparse_otu_table.biom", Format.BIOM_JSON),
            Map.entry("biom/min_sparse_otu_table_hdf5.biom", Format.BIOM_HDF5),
            Map.entry("biom/rich_sparse_otu_table_hdf5.biom", Format.BIOM_HDF5),
            Map.entry("metaphlan/ERR7569997.metaphlan4.txt", Format.METAPHLAN),
            Map.entry("metaphlan/MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt", Format.METAPHLAN),
            Map.entry("metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv", Format.METAPHLAN_MERGED),
            Map.entry("kraken2_bracken/sample_test.report", Format.KRAKEN2_REPORT),
            Map.entry("kraken2_bracken/sample_output_bracken.report", Format.KRAKEN2_REPORT),
            Map.entry("kraken2_bracken/taxpasta_2611_se-ERR5766174-db1.kraken2.report.txt", Format.KRAKEN2_REPORT),
            Map.entry("kraken2_bracken/sample_output_species_abundance.txt", Format.BRACKEN),
            Map.entry("kraken2_bracken/taxpasta_2611_se-ERR5766174-db1_S.bracken.tsv", Format.BRACKEN),
            Map.entry("kraken2_bracken/sample_output_bracken.mpa", Format.KRAKEN_MPA));

    @Test
    void everyFileInFormatsIsAccountedFor() throws IOException {
        Path dir = SharedData.formats("");
        List<String> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
        assertThat(all).isNotEmpty();
        for (String rel : all) {
            Path f = dir.resolve(rel);
            if (NOT_PROFILES.contains(rel)) {
                assertThatThrownBy(() -> ProfileFiles.read(f, (Format) null)).as(rel).isInstanceOf(InputException.class)
                        .satisfies(e -> assertThat(((InputException) e).describe()).contains(f.toString()));
            } else {
                assertThat(PROFILES).as("a new file in formats/: " + rel).containsKey(rel);
                assertThat(ProfileFiles.detect(f)).as(rel).isEqualTo(PROFILES.get(rel));
            }
        }
    }

    // ---- MetaPhlAn single-sample profiles --------------------------------------------------------------------

    static Stream<Path> metaphlanFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(SharedData.root().resolve("data/gmwi2/examples"))) {
            s.filter(p -> p.getFileName().toString().endsWith("_metaphlan.txt")).sorted().forEach(files::add);
        }
        files.add(SharedData.formats("metaphlan/ERR7569997.metaphlan4.txt"));
        files.add(SharedData.formats("metaphlan/MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt"));
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("metaphlanFiles")
    void metaphlanProfilesMatchTheirRows(Path f) throws IOException {
        List<String[]> rows = Files.readAllLines(f).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")).toList();
        Profile p = ProfileFiles.read(f, (Format) null);
        AbundanceTable t = p.abundance();
        assertThat(p.format()).isEqualTo(Format.METAPHLAN);
        String name = f.getFileName().toString();
        String expectedId = name.endsWith("_metaphlan.txt") ? name.substring(0, name.length() - "_metaphlan.txt".length())
                : name.startsWith("ERR7569997") ? "ERR7569997" : "MOCK_001_Illumina_Hiseq_3000";
        assertThat(t.sampleIds()).containsExactly(expectedId);
        assertThat(t.taxonCount()).isEqualTo(rows.size());
        assertThat(t.isNested()).isTrue();
        assertThat(p.hasCounts()).isFalse();
        Map<String, Integer> index = index(t);
        double top = 0;
        for (String[] r : rows) {
            String clade = r[0].equals("UNKNOWN") ? "UNCLASSIFIED" : r[0];
            assertThat(index).as(clade).containsKey(clade);
            double v = Double.parseDouble(r[2]);
            assertThat(t.get(0, index.get(clade))).as(clade).isEqualTo(v);
            if (!clade.contains("|")) top += v; // UNKNOWN and kingdoms
        }
        long classified = rows.stream().filter(r -> !r[0].equals("UNKNOWN")).count();
        assertThat(t.taxa().stream().filter(l -> !l.isUnclassified()).count()).isEqualTo(classified);
        // the kingdoms plus UNKNOWN make 100 %: no warning expected
        assertThat(top).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(p.warnings()).isEmpty();
        // per-rank counts: rows whose deepest level has that prefix
        long species = rows.stream().filter(r -> r[0].matches(".*\\|s__[^|]+$")).count();
        assertThat(t.taxaPerRank().getOrDefault(Rank.SPECIES, 0)).isEqualTo((int) species);
    }

    // ---- merged tables ---------------------------------------------------------------------------------------

    @Test
    void hmp2MergedTable() throws IOException {
        checkMerged(SharedData.formats("metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv"), "\t", 129, 187);
    }

    @Test
    void samplesAsRowsTableIsRecognisedByItsLineageHeader() throws IOException {
        // the authors' MaAsLin2 input: 'feature', then 380 s__ columns; one row per sample (56), fractions. The shared
        // README says it equals profiles_merged.tsv / 100 for those samples and species (to 5e-16): check one cell of
        // each, read independently from the text.
        Path dir = SharedData.root().resolve("data/skin-conditions/psoriasis_qqwxp1987");
        Profile p = ProfileFiles.read(dir.resolve("maaslin2_filtered_species_relab.tsv"), (Format) null);
        assertThat(p.abundance().sampleCount()).isEqualTo(56);
        assertThat(p.abundance().taxonCount()).isEqualTo(380);
        List<String> rows = Files.readAllLines(dir.resolve("maaslin2_filtered_species_relab.tsv"));
        String[] head = rows.get(0).split("\t"), first = rows.get(1).split("\t");
        int s = p.abundance().indexOfSample(first[0]);
        int t = -1;
        for (int k = 0; k < p.abundance().taxonCount(); k++)
            if (("s__" + p.abundance().taxa().get(k).name()).equals(head[1])) t = k;
        assertThat(s).isGreaterThanOrEqualTo(0);
        assertThat(t).isGreaterThanOrEqualTo(0);
        // stored as read (fractions), or scaled to percent when every sample summed to 1 (these do not: filtered)
        assertThat(p.abundance().get(s, t)).isCloseTo(Double.parseDouble(first[1]), org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void gmhiCsvTables() throws IOException {
        checkMerged(SharedData.root().resolve("data/gmhi/example_25/species_relative_abundances.csv"), ",", 25, 576);
        checkMerged(SharedData.root().resolve("data/gmhi/validation_782/validation_abundance_dev.csv"), ",", 563, 576);
    }

    private static void checkMerged(Path f, String sep, int samples, int taxa) throws IOException {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        String[] header = lines.get(0).replace("\uFEFF", "").split(sep);
        Profile p = ProfileFiles.read(f, (Format) null);
        AbundanceTable t = p.abundance();
        assertThat(p.format()).isEqualTo(Format.METAPHLAN_MERGED);
        assertThat(t.sampleIds()).containsExactlyElementsOf(Arrays.asList(header).subList(1, header.length));
        assertThat(t.sampleCount()).isEqualTo(samples);
        assertThat(t.taxonCount()).isEqualTo(lines.size() - 1).isEqualTo(taxa);
        Map<String, Integer> index = index(t);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(sep);
            int x = index.get(c[0]);
            for (int s = 1; s < c.length; s++) assertThat(t.get(s - 1, x)).isEqualTo(Double.parseDouble(c[s]));
        }
    }

    // ---- BIOM against biom-format ----------------------------------------------------------------------------

    @Test
    void biomTablesMatchBiomFormat() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(SharedData.formats("biom/expected_tables.json").toFile()).get("tables");
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            Path f = SharedData.formats("biom/" + e.getKey());
            JsonNode ex = e.getValue();
            Profile p = ProfileFiles.read(f, (Format) null);
            AbundanceTable t = p.abundance();
            List<String> sampleIds = new ArrayList<>();
            ex.get("sample_ids").forEach(n -> sampleIds.add(n.asText()));
            assertThat(t.sampleIds()).as(e.getKey()).containsExactlyElementsOf(sampleIds);
            List<String> obs = new ArrayList<>();
            ex.get("observation_ids").forEach(n -> obs.add(n.asText()));
            // the feature id is the lineage's finest name (strain level with a taxonomy, else the species name)
            assertThat(t.taxa().stream().map(Lineage::name).toList()).as(e.getKey()).containsExactlyElementsOf(obs);
            assertThat(p.hasCounts()).isTrue();
            JsonNode m = ex.get("dense_matrix_obs_by_sample");
            for (int o = 0; o < obs.size(); o++)
                for (int s = 0; s < sampleIds.size(); s++)
                    assertThat(t.get(s, o)).as(e.getKey() + " [" + o + "," + s + "]").isEqualTo(m.get(o).get(s).asDouble());
            JsonNode om = ex.get("observation_metadata");
            for (int o = 0; o < om.size(); o++) {
                if (om.get(o).isNull() || !om.get(o).has("taxonomy")) continue;
                Lineage l = t.taxa().get(o);
                for (JsonNode level : om.get(o).get("taxonomy")) {
                    String lv = level.asText();
                    Rank r = Rank.ofPrefix(lv.charAt(0)).orElseThrow();
                    String name = lv.substring(3);
                    assertThat(l.nameAt(r)).as(e.getKey() + " " + obs.get(o) + " " + lv).isEqualTo(name.isEmpty() ? null : name);
                }
            }
            JsonNode sm = ex.get("sample_metadata");
            for (int s = 0; s < sm.size(); s++) {
                if (sm.get(s).isNull()) continue;
                for (Map.Entry<String, JsonNode> kv : sm.get(s).properties())
                    assertThat(t.metadata(sampleIds.get(s))).containsEntry(kv.getKey(), kv.getValue().asText());
            }
        }
    }

    // ---- Kraken 2 reports, kreport2mpa, Bracken --------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("krakenReports")
    void krakenReportsMatchTheirLines(String rel) throws IOException {
        Path f = SharedData.formats(rel);
        List<String[]> rows = Files.readAllLines(f).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        Set<String> kept = Set.of("D", "P", "C", "O", "F", "G", "S", "S1");
        Profile p = ProfileFiles.read(f, (Format) null);
        AbundanceTable counts = p.counts().orElseThrow();
        AbundanceTable pct = p.abundance();
        assertThat(counts.sampleCount()).isEqualTo(1);
        long ranked = rows.stream().filter(r -> kept.contains(r[3].trim())).count();
        assertThat(counts.taxa().stream().filter(l -> !l.isUnclassified()).count()).isEqualTo(ranked);
        double total = rows.stream().filter(r -> !r[5].startsWith(" ")).mapToDouble(r -> Double.parseDouble(r[1])).sum();
        for (String[] r : rows) {
            String code = r[3].trim();
            if (!kept.contains(code) && !code.equals("U")) continue;
            String name = r[5].trim();
            int x = -1;
            for (int k = 0; k < counts.taxonCount(); k++) {
                Lineage l = counts.taxa().get(k);
                if (code.equals("U") ? l.isUnclassified()
                        : !l.isUnclassified() && l.name().equals(name) && l.rank() == KRANK.get(code)) x = k;
            }
            assertThat(x).as(name).isGreaterThanOrEqualTo(0);
            double reads = Double.parseDouble(r[1]);
            assertThat(counts.get(0, x)).as(name).isEqualTo(reads);
            // Kraken's percent column, rounded to 2 decimals, against reads / total
            assertThat(pct.get(0, x)).as(name).isCloseTo(Double.parseDouble(r[0]), org.assertj.core.data.Offset.offset(0.0051));
            assertThat(pct.get(0, x)).isCloseTo(100 * reads / total, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    private static final Map<String, Rank> KRANK = Map.of("D", Rank.KINGDOM, "P", Rank.PHYLUM, "C", Rank.CLASS,
            "O", Rank.ORDER, "F", Rank.FAMILY, "G", Rank.GENUS, "S", Rank.SPECIES, "S1", Rank.STRAIN);

    static Stream<String> krakenReports() {
        return Stream.of("kraken2_bracken/sample_test.report", "kraken2_bracken/sample_output_bracken.report",
                "kraken2_bracken/taxpasta_2611_se-ERR5766174-db1.kraken2.report.txt");
    }

    @Test
    void krakenSampleIdsComeFromTheFileName() {
        assertThat(ProfileFiles.read(SharedData.formats("kraken2_bracken/taxpasta_2611_se-ERR5766174-db1.kraken2.report.txt"),
                (Format) null).abundance().sampleIds()).containsExactly("taxpasta_2611_se-ERR5766174-db1");
    }

    @Test
    void kreport2mpaMatchesItsLines() throws IOException {
        Path f = SharedData.formats("kraken2_bracken/sample_output_bracken.mpa");
        List<String[]> rows = Files.readAllLines(f).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        AbundanceTable c = ProfileFiles.read(f, (Format) null).counts().orElseThrow();
        assertThat(c.taxonCount()).isEqualTo(rows.size());
        Map<String, Integer> byName = new HashMap<>();
        for (int k = 0; k < c.taxonCount(); k++) byName.put(c.taxa().get(k).name() + "@" + c.taxa().get(k).rank(), k);
        for (String[] r : rows) {
            String[] levels = r[0].split("\\|");
            String last = levels[levels.length - 1];
            Rank rank = Rank.ofPrefix(last.charAt(0)).orElseThrow();
            Integer x = byName.get(last.substring(2) + "@" + rank);
            assertThat(x).as(r[0]).isNotNull();
            assertThat(c.get(0, x)).isEqualTo(Double.parseDouble(r[1]));
        }
        // the same Bracken run as a Kraken-style report gives the same clade reads
        AbundanceTable rep = ProfileFiles.read(SharedData.formats("kraken2_bracken/sample_output_bracken.report"),
                (Format) null).counts().orElseThrow();
        assertThat(rep.taxa().stream().filter(l -> !l.isUnclassified()).count()).isEqualTo(c.taxonCount());
    }

    @ParameterizedTest
    @MethodSource("brackenFiles")
    void brackenTablesMatchTheirRows(String rel) throws IOException {
        Path f = SharedData.formats(rel);
        List<String[]> rows = Files.readAllLines(f).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        Profile p = ProfileFiles.read(f, (Format) null);
        AbundanceTable t = p.counts().orElseThrow();
        assertThat(t.isNested()).isFalse();
        assertThat(t.taxonCount()).isEqualTo(rows.size());
        Map<String, Integer> byName = t.taxa().stream().collect(Collectors.toMap(Lineage::name, t.taxa()::indexOf));
        for (String[] r : rows) assertThat(t.get(0, byName.get(r[0]))).as(r[0]).isEqualTo(Double.parseDouble(r[5]));
        assertThat(t.taxaPerRank()).containsEntry(Rank.SPECIES, rows.size());
    }

    static Stream<String> brackenFiles() {
        return Stream.of("kraken2_bracken/sample_output_species_abundance.txt",
                "kraken2_bracken/taxpasta_2611_se-ERR5766174-db1_S.bracken.tsv");
    }

    private static Map<String, Integer> index(AbundanceTable t) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < t.taxonCount(); i++) m.put(t.taxa().get(i).toMetaphlan(), i);
        return m;
    }
}
