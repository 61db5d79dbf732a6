package org.gutskin.cohort.longitudinal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.gutskin.cohort.CohortOptions;
import org.gutskin.cohort.CohortRequest;
import org.gutskin.cohort.CohortRun;
import org.gutskin.profile.JoinMode;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ReadOptions;
import org.gutskin.testkit.Peer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cohort --subject subject --time collection} on MaAsLin2's HMP2 example (1595 stool samples of 131
 * subjects, {@code cohort/model/hmp2}, MIT) against {@code longitudinal_peer.py}, run in the same test: SciPy
 * {@code braycurtis} for the distances to the first and previous sample, first-to-last and mean consecutive,
 * scikit-bio 0.5.8 alpha and {@code scipy.stats.linregress} for the slopes over elapsed visits, and
 * {@code scipy.stats.kruskal} / {@code mannwhitneyu} for the group tests (groups: {@code ibd}, diagnosis CD or UC
 * versus nonIBD, added by this test). All to 1e-9.
 *
 * <p>HMP2 lists 42 repeats at a visit it already has (technical replicates {@code X_TR} and re-sequenced {@code
 * X_P}); gutskin refuses such pairs, so this test leaves them out explicitly ({@code --series-exclude}): at each
 * repeated (subject, visit) it keeps the id without a suffix, else the one without {@code _TR}.
 */
@Peer
class LongitudinalHmp2PeerTest {

    static final List<String> SCORES = List.of("observed", "shannon", "simpson", "pielou_e");
    static final double TOL = 1e-9;

    @TempDir
    static Path dir;
    static Map<String, byte[]> files;
    static JsonNode peer;
    static List<String> exclude;

    @BeforeAll
    static void runBoth() throws Exception {
        Process check = new ProcessBuilder("/usr/bin/python3", "-c", "import scipy, skbio").redirectErrorStream(true).start();
        check.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assumeTrue(check.waitFor() == 0, "/usr/bin/python3 with scipy and scikit-bio is needed for the peer");
        Path tax = dir.resolve("HMP2_taxonomy.tsv.gz"), meta = dir.resolve("HMP2_metadata_ibd.tsv");
        try (InputStream in = resource("../model/hmp2/HMP2_taxonomy.tsv.gz")) {
            Files.copy(in, tax);
        }
        String verbatim;
        try (InputStream in = new GZIPInputStream(resource("../model/hmp2/HMP2_metadata.tsv.gz"))) {
            verbatim = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder m = new StringBuilder();
        Map<String, List<String>> atVisit = new LinkedHashMap<>();
        String[] lines = verbatim.split("\n");
        m.append(lines[0]).append("\tibd\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1); // ID site age diagnosis subject … collection
            m.append(lines[i]).append('\t').append(f[3].equals("nonIBD") ? "nonIBD" : "IBD").append('\n');
            atVisit.computeIfAbsent(f[4] + "\t" + f[11], k -> new ArrayList<>()).add(f[0]);
        }
        Files.writeString(meta, m.toString());
        exclude = new ArrayList<>();
        for (List<String> ids : atVisit.values()) {
            if (ids.size() < 2) continue;
            String keep = ids.stream().filter(id -> !id.endsWith("_TR") && !id.endsWith("_P")).findFirst()
                    .orElse(ids.stream().filter(id -> !id.endsWith("_TR")).findFirst().orElseThrow());
            for (String id : ids) if (!id.equals(keep)) exclude.add(id);
        }
        assertThat(exclude).hasSize(42).contains("CSM67UDR_TR", "CSM67UEW_P", "CSM67UEW_TR");
        // the list the README's command uses (--series-exclude @…/HMP2_repeats.txt) is this rule's
        try (InputStream in = resource("../model/hmp2/HMP2_repeats.txt")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split(","))
                    .containsExactlyInAnyOrderElementsOf(exclude);
        }
        Path excludeFile = dir.resolve("exclude.txt");
        Files.writeString(excludeFile, String.join(",", exclude));

        CohortOptions o = new CohortOptions(Rank.SPECIES, SCORES, List.of("braycurtis"), 9, 42, 0.1, 2);
        files = CohortRun.analyse(new CohortRequest(List.of(tax), ReadOptions.DEFAULT, meta, "ibd", o, dir.resolve("out"),
                null, JoinMode.DEFAULT, null, new LongitudinalRequest("subject", "collection", exclude, false)),
                CohortRun.localBackend());

        Path out = dir.resolve("peer.json"), script = dir.resolve("longitudinal_peer.py");
        try (InputStream in = resource("longitudinal_peer.py")) {
            Files.copy(in, script);
        }
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), tax.toString(), meta.toString(), "subject",
                "collection", "ibd", excludeFile.toString(), out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        peer = new ObjectMapper().readTree(out.toFile());
    }

    private static InputStream resource(String name) {
        return LongitudinalHmp2PeerTest.class.getResourceAsStream(name);
    }

    private static List<Map<String, String>> tsv(String name) {
        String[] lines = new String(files.get(name), StandardCharsets.UTF_8).split("\n");
        String[] head = lines[0].split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int j = 0; j < head.length; j++) row.put(head[j], f[j]);
            rows.add(row);
        }
        return rows;
    }

    /** Equal to 1e-9, or both undefined (gutskin NaN, the peer null). */
    private static void same(String what, String ours, JsonNode theirs) {
        if (theirs == null || theirs.isNull()) {
            assertThat(ours).as(what).isEqualTo("NaN");
            return;
        }
        assertThat(Math.abs(Double.parseDouble(ours) - theirs.asDouble())).as(what + ": " + ours + " vs " + theirs)
                .isLessThanOrEqualTo(TOL);
    }

    @Test
    void perSubjectSummariesEqualScipyAndScikitBio() {
        List<Map<String, String>> rows = tsv("longitudinal.tsv");
        assertThat(rows).hasSize(peer.get("subjects").size()).hasSize(130);
        int compared = 0, singles = 0;
        for (Map<String, String> r : rows) {
            JsonNode s = peer.get("subjects").get(r.get("subject"));
            assertThat(s).as(r.get("subject")).isNotNull();
            assertThat(Integer.parseInt(r.get("samples"))).isEqualTo(s.get("samples").size());
            assertThat(r.get("first_sample")).isEqualTo(s.get("samples").get(0).asText());
            assertThat(r.get("time_unit")).isEqualTo("collection");
            String group = peer.get("groups").get(r.get("subject")).asText();
            assertThat(r.get("group")).isEqualTo(group);
            same(r.get("subject") + " first-to-last", r.get("braycurtis_first_to_last"), s.get("first_to_last"));
            same(r.get("subject") + " mean consecutive", r.get("braycurtis_mean_consecutive"), s.get("mean_consecutive"));
            for (String score : SCORES)
                same(r.get("subject") + " " + score + " slope", r.get(score + "_slope"), s.get("slopes").get(score));
            assertThat(r.get("label")).isEmpty();
            if (r.get("samples").equals("1")) singles++;
            compared++;
        }
        assertThat(compared).isEqualTo(130);
        assertThat(singles).isEqualTo(19); // single-sample subjects: listed, every change NaN
    }

    @Test
    void perSampleDistancesToFirstAndPreviousEqualScipy() {
        int n = 0;
        for (Map<String, String> r : tsv("longitudinal_distances.tsv")) {
            JsonNode s = peer.get("subjects").get(r.get("subject"));
            int i = 0;
            while (!s.get("samples").get(i).asText().equals(r.get("sample_id"))) i++;
            same(r.get("sample_id") + " to first", r.get("braycurtis_to_first"), s.get("to_first").get(i));
            same(r.get("sample_id") + " to previous", r.get("braycurtis_to_previous"), s.get("to_previous").get(i));
            n++;
        }
        // 1595 samples, 42 repeats left out of the series; every other sample with a subject and a visit is in one
        assertThat(n).isEqualTo(1595 - 42);
    }

    @Test
    void groupTestsEqualScipy() {
        List<Map<String, String>> rows = tsv("longitudinal_tests.tsv");
        assertThat(rows).hasSize(peer.get("tests").size()).hasSize(2 * (2 + SCORES.size()));
        for (JsonNode t : peer.get("tests")) {
            Map<String, String> r = rows.stream().filter(x -> x.get("test").equals(t.get("test").asText())
                    && x.get("measure").equals(t.get("measure").asText())).findFirst().orElseThrow();
            String what = t.get("test").asText() + " " + t.get("measure").asText();
            same(what + " statistic", r.get("statistic"), t.get("statistic"));
            same(what + " p", r.get("p_value"), t.get("p_value"));
            assertThat(r.get("subjects")).isEqualTo(t.get("subjects").asText());
        }
    }

    @Test
    void provenanceRecordsTheSeriesOptions() {
        String prov = new String(files.get("provenance.json"), StandardCharsets.UTF_8);
        assertThat(prov).contains("\"subject\"", "\"collection\"", "CSM67UDR_TR");
    }
}
