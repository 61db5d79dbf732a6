package org.gutskin.cohort;

import org.gutskin.profile.SampleMetadata;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.output.CohortOutput;
import org.gutskin.io.AtomicFiles;
import org.gutskin.io.InputException;
import org.gutskin.profile.Rank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole local pipeline on {@link PeerFixture}, with metadata from a file. */
class CohortAnalysisTest {

    /** A per-sample score for the fixture (arbitrary values; scipy.stats.kruskal of it by group recorded below). */
    static final double[] SCORE = {2.9, 3.0, 2.5, 2.6, 3.2, 3.8, 2.7, 4.0, 2.4, 2.8};

    static CohortBackend backend() {
        return new LocalCohortBackend((t, full, metrics) -> {
            Map<String, double[]> m = new LinkedHashMap<>();
            m.put("score", SCORE.clone());
            return new SampleScores(m, List.of());
        }, (t, metric) -> PeerFixture.distances());
    }

    @Test
    void runsEndToEndAndWritesTheContractFiles(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("meta.tsv");
        Files.writeString(md, "id\tgroup\tother\n" + "s0\tA\tx\ns1\tA\tx\ns2\tA\tx\ns3\tA\tx\ns4\tA\tx\n"
                + "s5\tB\tx\ns6\tB\tx\ns7\tB\tx\ns8\tB\tx\ns9\tB\tx\nextra\tB\tx\n");
        CohortDesign d = CohortDesign.of(PeerFixture.table(), SampleMetadata.read(md), "group");
        assertThat(d.notes()).containsExactly("1 metadata row(s) name no sample of the profiles");
        CohortOptions o = new CohortOptions(Rank.SPECIES, List.of("score"), List.of("braycurtis"), 199, 3, 0.1, 5);
        CohortResult r = CohortAnalysis.run(d.table(), d.table(), d.grouping(), o, backend(), d.notes());
        CohortTest perm = r.tests().stream().filter(t -> t.test().equals("permanova")).findFirst().orElseThrow();
        assertThat(perm.statistic()).isCloseTo(5.558361564592943, within(1e-10)); // scikit-bio, see PeerFixture
        CohortTest kw = r.tests().stream().filter(t -> t.test().equals("kruskal")).findFirst().orElseThrow();
        // stats.kruskal([2.9,3.0,2.5,2.6,3.2],[3.8,2.7,4.0,2.4,2.8]) -> 0.09818181818181415, 0.7540225300620795
        assertThat(kw.statistic()).isCloseTo(0.09818181818181415, within(1e-12));
        assertThat(kw.pValue()).isCloseTo(0.7540225300620795, within(1e-12));
        Path out = dir.resolve("out");
        AtomicFiles.writeDirectory(out, CohortOutput.render(r, "group", org.gutskin.provenance.Provenance.builder().input("table.tsv", null).build()));
        assertThat(Files.readString(out.resolve("tests.tsv")).lines().findFirst().orElseThrow())
                .isEqualTo("test\tmetric\tstatistic\tp_value\tpermutations");
        assertThat(Files.readAllLines(out.resolve("alpha.tsv"))).hasSize(11).first().isEqualTo("sample_id\tgroup\tscore");
        assertThat(Files.readAllLines(out.resolve("ordination.tsv")).get(0)).startsWith("sample_id\tgroup\tPC1\tPC2");
        assertThat(Files.readAllLines(out.resolve("differential_abundance.tsv")).get(0))
                .startsWith("taxon\teffect_size\teffect_measure\tp_value\tq_value");
        assertThat(new String(Files.readAllBytes(out.resolve("pcoa.svg")), StandardCharsets.UTF_8)).contains("<svg");
        assertThat(Files.readAllBytes(out.resolve("volcano.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(out.resolve("summary.html"))).contains("permanova").contains("pcoa.svg")
                .contains("content=\"" + org.gutskin.io.Html.CSP + "\"");
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void samplesWithoutAScoreAreLeftOutOfItsTests() {
        double[] score = SCORE.clone();
        score[9] = Double.NaN;
        CohortBackend b = new LocalCohortBackend((t, full, metrics) -> new SampleScores(Map.of("score", score), List.of()),
                (t, metric) -> PeerFixture.distances());
        CohortOptions o = new CohortOptions(Rank.SPECIES, List.of("score"), List.of("braycurtis"), 9, 3, 0.1, 5);
        CohortResult r = CohortAnalysis.run(PeerFixture.table(), PeerFixture.table(), PeerFixture.twoGroups(), o, b, List.of());
        CohortTest kw = r.tests().stream().filter(t -> t.test().equals("kruskal")).findFirst().orElseThrow();
        // stats.kruskal([2.9,3.0,2.5,2.6,3.2],[3.8,2.7,4.0,2.4]) -> 0.240000000000002, 0.6242061147664044
        assertThat(kw.statistic()).isCloseTo(0.240000000000002, within(1e-12));
        assertThat(kw.pValue()).isCloseTo(0.6242061147664044, within(1e-12));
        assertThat(r.notes()).contains("score: 1 sample(s) without a value are left out of its tests");
    }

    @Test
    void samplesWithoutAGroupAreLeftOutAndCounted(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("meta.tsv");
        Files.writeString(md, "id\tgroup\ns0\tA\ns1\tNA\ns2\tA\ns3\t\ns4\tB\ns5\tB\ns6\tB\n");
        CohortDesign d = CohortDesign.of(PeerFixture.table(), SampleMetadata.read(md), "group");
        assertThat(d.table().sampleIds()).containsExactly("s0", "s2", "s4", "s5", "s6");
        assertThat(d.notes()).anyMatch(n -> n.startsWith("3 sample(s) left out: no row"))
                .anyMatch(n -> n.startsWith("2 sample(s) left out: no value for 'group'"));
    }

    @Test
    void badMetadataIsAnInputErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("meta.tsv");
        Files.writeString(md, "id\tgroup\ns0\tA\ns0\tB\n");
        assertThatThrownBy(() -> SampleMetadata.read(md)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(3));
        Files.writeString(md, "id\tgroup\ns0\tA\ns1\tA\ns2\tA\n");
        assertThatThrownBy(() -> CohortDesign.of(PeerFixture.table(), SampleMetadata.read(md), "group"))
                .isInstanceOf(InputException.class).hasMessageContaining("single group");
        assertThatThrownBy(() -> CohortDesign.of(PeerFixture.table(), SampleMetadata.read(md), "disease"))
                .isInstanceOf(InputException.class).hasMessageContaining("no column 'disease'");
    }
}
