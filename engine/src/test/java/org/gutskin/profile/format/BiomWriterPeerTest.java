package org.gutskin.profile.format;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Peer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.profile.Rank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The peer reads what gutskin writes: biom-format's {@code load_table} (Debian python3-biom-format, via
 * {@code /usr/bin/python3}) on gutskin's BIOM JSON of a Kraken report and of the rich BIOM example gives the same ids,
 * values and taxonomy. Skipped when the peer is not installed (.ci/run installs it).
 */
@Peer
@RequiresShared
class BiomWriterPeerTest {

    private static final Path PY = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;

    private static final String DUMP = "import biom, json, sys\n"
            + "def dump(f):\n"
            + "    t = biom.load_table(f)\n"
            + "    md = t.metadata(axis='observation')\n"
            + "    return {'obs': list(t.ids(axis='observation')), 'samples': list(t.ids()),"
            + " 'm': t.matrix_data.toarray().tolist(),"
            + " 'tax': [list(m['taxonomy']) if m and 'taxonomy' in m else None for m in md] if md is not None else None}\n"
            + "print(json.dumps([dump(f) for f in sys.argv[1:]]))\n";

    private JsonNode peer(java.util.List<String> files) throws IOException, InterruptedException {
        Path script = dir.resolve("dump.py");
        Files.writeString(script, DUMP);
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(PY.toString(), script.toString()));
        cmd.addAll(files);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        return new ObjectMapper().readTree(out);
    }

    private static boolean peerAvailable() {
        try {
            Process p = new ProcessBuilder(PY.toString(), "-c", "import biom").start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void biomFormatReadsGutskinsBiomJson() throws Exception {
        assumeTrue(Files.isExecutable(PY) && peerAvailable(), "biom-format not installed for /usr/bin/python3");
        String[] rels = {"biom/rich_sparse_otu_table.biom", "kraken2_bracken/sample_test.report",
            "metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv"};
        java.util.List<AbundanceTable> tables = new java.util.ArrayList<>();
        java.util.List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < rels.length; i++) {
            var profile = ProfileFiles.read(SharedData.formats(rels[i]), (Format) null);
            AbundanceTable t = profile.counts().orElse(profile.abundance());
            Path out = dir.resolve("out" + i + ".biom");
            try (OutputStream o = Files.newOutputStream(out)) {
                BiomJsonWriter.write(t, "test", o);
            }
            tables.add(t);
            files.add(out.toString());
        }
        JsonNode docs = peer(files);
        for (int i = 0; i < rels.length; i++) {
            String rel = rels[i];
            AbundanceTable t = tables.get(i);
            JsonNode doc = docs.get(i);
            assertThat(doc.get("samples")).hasSize(t.sampleCount());
            for (int s = 0; s < t.sampleCount(); s++) assertThat(doc.get("samples").get(s).asText()).isEqualTo(t.sampleIds().get(s));
            assertThat(doc.get("obs")).hasSize(t.taxonCount());
            JsonNode m = doc.get("m");
            for (int x = 0; x < t.taxonCount(); x++) {
                for (int s = 0; s < t.sampleCount(); s++)
                    assertThat(m.get(x).get(s).asDouble()).as(rel + " " + x + "," + s).isEqualTo(t.get(s, x));
                JsonNode tax = doc.get("tax").isNull() ? null : doc.get("tax").get(x);
                if (tax != null && !tax.isNull()) {
                    // the taxonomy list spells the lineage kingdom → species
                    for (int r = 0; r < tax.size(); r++) {
                        String level = tax.get(r).asText();
                        String name = t.taxa().get(x).nameAt(Rank.values()[r]);
                        assertThat(level).isEqualTo(Rank.values()[r].prefix() + "__" + (name == null ? "" : name));
                    }
                }
            }
        }
    }
}
