package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gutskin.testkit.Peer;
import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Joining two Kraken 2 reports whose databases name one phylum differently (issue 16, item 2).
 *
 * <p>No real pair of reports made with a pre- and a post-2021 NCBI taxonomy was found in the indexed public
 * repositories, so the pair is derived from real files: {@code a} is Bracken's {@code sample_test.report} (the
 * Kraken report), {@code b} its {@code sample_output_bracken.report} (the same sample after Bracken's
 * re-estimation, so the counts differ) with the phylum row {@code P 1239 Firmicutes} renamed {@code Bacillota},
 * as NCBI did in 2021 (taxid 1239 unchanged). The second file is written at test time; nothing is copied into
 * the repository (Bracken is GPL-3.0).
 *
 * <p>Expected values come from scikit-bio's {@code beta_diversity('braycurtis')} run on the same two files parsed
 * by an independent Python reader ({@code kraken_join_peer.py}): by taxid 403 species and 0.0710834753…, by
 * lineage 473 and 0.3419555357… (70 species of {@code b} sit under the renamed phylum and split in two).
 */
@RequiresShared
@Peer
class JoinCommandsTest {

    @TempDir
    static Path dir;

    static Path a, b;
    static JsonNode peer;

    @BeforeAll
    static void derive() throws Exception {
        a = Shared.data("formats/kraken2_bracken/sample_test.report");
        Path real = Shared.data("formats/kraken2_bracken/sample_output_bracken.report");
        String text = Files.readString(real, StandardCharsets.UTF_8);
        String renamed = text.replaceAll("(?m)^(.*\\tP\\t1239\\t *)Firmicutes$", "$1Bacillota");
        assertThat(renamed).isNotEqualTo(text);
        b = dir.resolve("b_bacillota.report");
        Files.writeString(b, renamed, StandardCharsets.UTF_8);
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no /usr/bin/python3");
        Path script = dir.resolve("peer.py");
        try (var in = JoinCommandsTest.class.getResourceAsStream("kraken_join_peer.py")) {
            Files.write(script, in.readAllBytes());
        }
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), a.toString(), b.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor() == 0, "scikit-bio peer not available: " + err);
        String[] f = out.trim().split(" ");
        peer = new ObjectMapper().createObjectNode().put("taxidFeatures", Integer.parseInt(f[0]))
                .put("taxid", Double.parseDouble(f[1])).put("lineageFeatures", Integer.parseInt(f[2]))
                .put("lineage", Double.parseDouble(f[3])).put("renamed", Integer.parseInt(f[4]));
    }

    private static double braycurtis(CliRun r) {
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        return Double.parseDouble(lines.get(1).split("\t")[2]);
    }

    @Test
    void taxidJoinIsTheDefaultAndMatchesScikitBio() {
        CliRun r = CliRun.of("beta", "--metric", "braycurtis", a.toString(), b.toString());
        assertThat(braycurtis(r)).isCloseTo(peer.get("taxid").asDouble(), within(1e-12));
        assertThat(r.err()).contains(peer.get("taxidFeatures").asInt() + " features")
                .contains(peer.get("renamed").asInt() + " lineage(s) reconciled")
                .contains("p__Bacillota").contains("p__Firmicutes");
        assertThat(r.err().lines().filter(l -> l.contains("reconciled")).count()).isEqualTo(1);
    }

    @Test
    void lineageJoinSplitsTheRenamedPhylumAsBefore() {
        CliRun r = CliRun.of("beta", "--metric", "braycurtis", "--join", "lineage", a.toString(), b.toString());
        assertThat(braycurtis(r)).isCloseTo(peer.get("lineage").asDouble(), within(1e-12));
        assertThat(r.err()).contains(peer.get("lineageFeatures").asInt() + " features").doesNotContain("reconciled");
    }

    @Test
    void nameJoinUsesTheSynonymsTable() {
        // taxids ignored: Bacillota and Firmicutes are one phylum through taxon-synonyms.yaml (Oren & Garrity 2021)
        CliRun r = CliRun.of("beta", "--metric", "braycurtis", "--join", "name", a.toString(), b.toString());
        assertThat(braycurtis(r)).isCloseTo(peer.get("taxid").asDouble(), within(1e-12));
    }

    @Test
    void inspectJsonListsEveryReconciliation() throws Exception {
        CliRun r = CliRun.of("inspect", "--json", a.toString(), b.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out()).get("joins").get(0);
        assertThat(j.get("mode").asText()).isEqualTo("taxid");
        assertThat(j.get("taxa").asInt()).isEqualTo(peer.get("taxidFeatures").asInt());
        JsonNode rec = j.get("reconciliations");
        assertThat(rec.size()).isEqualTo(peer.get("renamed").asInt());
        for (JsonNode c : rec) {
            assertThat(c.get("source").asText()).isEqualTo(b.toString());
            assertThat(c.get("given").asText()).contains("|p__Bacillota|");
            assertThat(c.get("kept").asText()).isEqualTo(c.get("given").asText().replace("|p__Bacillota|", "|p__Firmicutes|"));
        }
    }

    /**
     * {@code replicate} joins its files as {@code beta} does: by taxid with the synonyms (the renamed phylum is one
     * taxon, its lineages reconciled), or as spelled with {@code --join lineage}. replicate joins the whole nested
     * table, so every row under the renamed phylum is reconciled, not only the peer's 70 species: counted by hand
     * in {@code b} (the rows after {@code P 1239} down to the next phylum): the phylum 1 + C 3 + O 5 + F 18 + G 30
     * + S 70 = 127 (its 6 intermediate rows F1, O1, O2, G1 are not read as taxa).
     */
    @Test
    void replicateJoinsLikeBeta() throws Exception {
        CliRun r = CliRun.of("replicate", a.toString(), b.toString(), "--condition", "psoriasis", "-o",
                dir.resolve("rep-taxid").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(dir.resolve("rep-taxid/provenance.json").toFile()).get("options");
        assertThat(o.get("join").asText()).isEqualTo("taxid");
        assertThat(o.get("joinReconciliations").asText()).contains("127 lineage(s) reconciled")
                .contains("p__Bacillota as k__Bacteria|p__Firmicutes, taxid 1239");
        CliRun l = CliRun.of("replicate", "--join", "lineage", a.toString(), b.toString(), "--condition", "psoriasis",
                "-o", dir.resolve("rep-lineage").toString());
        assertThat(l.exit()).as(l.err()).isZero();
        JsonNode ol = new ObjectMapper().readTree(dir.resolve("rep-lineage/provenance.json").toFile()).get("options");
        assertThat(ol.get("join").asText()).isEqualTo("lineage");
        assertThat(ol.has("joinReconciliations")).isFalse();
    }

    @Test
    void unknownJoinIsAUsageError() {
        assertThat(CliRun.of("beta", "--metric", "braycurtis", "--join", "spelling", a.toString()).exit()).isEqualTo(2);
    }
}
