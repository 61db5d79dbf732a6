package org.gutskin.report.reference;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Peer;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.Guild;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.profile.Rank;
import org.junit.jupiter.api.Test;

/**
 * The shipped guild reference ({@code guild-reference.json}) is what its provenance says: recomputed by a peer
 * (Python/NumPy, written independently of the Java sum) from the 74 healthy samples of the GMHI validation cohort and
 * the guilds' taxa as the knowledge base lists them. {@code -Dgutskin.regenerate=true} rewrites the resource first.
 */
@Peer
@RequiresShared
class GuildReferenceTest {

    private static final Path DIR = Path.of(Shared.root().toString(), "data", "gmhi",
            "validation_782");

    @Test
    void shippedResourceMatchesNumpyOnTheHealthyCohort() throws Exception {
        KnowledgeBase kb = KnowledgeBase.get();
        if (Boolean.getBoolean("gutskin.regenerate"))
            GuildReferenceGenerator.write(GuildReferenceGenerator.build(DIR.resolve("validation_abundance_dev.csv"),
                    DIR.resolve("validation_metadata_dev.csv"), kb),
                    Path.of("src/main/resources/org/gutskin/report/reference/guild-reference.json"));
        Map<String, Map<String, List<String>>> guilds = new LinkedHashMap<>();
        for (Guild g : kb.guilds()) {
            List<String> species = new ArrayList<>(), genera = new ArrayList<>();
            for (Guild.Member m : g.taxa()) (m.rank() == Rank.SPECIES ? species : genera).addAll(m.names());
            guilds.put(g.id(), Map.of("species", species, "genera", genera));
        }
        String py = String.join("\n",
                "import csv, json, sys, numpy as np",
                "d, guilds = sys.argv[1], json.loads(sys.argv[2])",
                "meta = list(csv.DictReader(open(d + '/validation_metadata_dev.csv')))",
                "healthy = [r[''] for r in meta if r['Phenotype'] == 'Healthy']",
                "rows = list(csv.reader(open(d + '/validation_abundance_dev.csv')))",
                "ids = rows[0][1:]",
                "names = [r[0].replace('s__', '', 1).replace('_', ' ').lower() for r in rows[1:]]",
                "X = np.array([[float(v) for v in r[1:]] for r in rows[1:]])",
                "out = {}",
                "for g, t in guilds.items():",
                "    sp = {s.lower() for s in t['species']}; ge = {s.lower() for s in t['genera']}",
                "    mask = np.array([n in sp or n.split(' ')[0] in ge for n in names])",
                "    vals = [100 * X[mask, ids.index(s)].sum() / X[:, ids.index(s)].sum() for s in healthy]",
                "    out[g] = list(np.percentile(vals, range(101)))",
                "print(json.dumps({'size': len(healthy), 'quantiles': out}))");
        Process proc = new ProcessBuilder("/usr/bin/python3", "-c", py, DIR.toString(),
                new ObjectMapper().writeValueAsString(guilds)).start();
        String stdout = new String(proc.getInputStream().readAllBytes());
        String stderr = new String(proc.getErrorStream().readAllBytes());
        assertThat(proc.waitFor()).as(stderr).isZero();
        JsonNode peer = new ObjectMapper().readTree(stdout);
        ReferenceDistribution shipped = GuildReference.bundled();
        assertThat(shipped.data().size()).isEqualTo(74).isEqualTo(peer.get("size").asInt());
        for (Guild g : kb.guilds()) {
            double[] q = shipped.quantiles(g.id());
            assertThat(q).as(g.id() + " missing from guild-reference.json: regenerate").isNotNull();
            JsonNode p = peer.get("quantiles").get(g.id());
            for (int i = 0; i <= 100; i++)
                assertThat(q[i]).as(g.id() + " Q" + i).isCloseTo(p.get(i).asDouble(), within(1e-9 * Math.max(1, q[i])));
        }
        // the butyrate guild is a real share of a healthy gut: its median is well above zero
        assertThat(shipped.quantiles("butyrate-producers")[50]).isGreaterThan(1);
    }
}
