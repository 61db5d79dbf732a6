package org.gutskin.report.reference;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Peer;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped reference distribution: the percentile inversion by hand, and the resource itself recomputed by a
 * peer (scipy/numpy on the same healthy samples of the GMHI validation cohort) — so the file in the jar is what its
 * provenance says it is.
 */
@Peer
@RequiresShared
class ReferenceDistributionTest {

    @Test
    void percentileInvertsTheQuantileTable() {
        // values 0..100 step 1: Q(p) = p, so the percentile of x is x itself
        double[] q = new double[101];
        for (int i = 0; i <= 100; i++) q[i] = i;
        assertThat(ReferenceDistribution.percentileOf(q, 37.25)).isCloseTo(37.25, within(1e-12));
        assertThat(ReferenceDistribution.percentileOf(q, -1)).isEqualTo(0);
        assertThat(ReferenceDistribution.percentileOf(q, 101)).isEqualTo(100);
        // a flat run Q(10..20) = 5: a value on the run gets its middle, 15
        double[] t = new double[101];
        for (int i = 0; i <= 100; i++) t[i] = i < 10 ? i * 0.5 : i <= 20 ? 5 : 5 + (i - 20);
        assertThat(ReferenceDistribution.percentileOf(t, 5)).isEqualTo(15);
        assertThat(ReferenceDistribution.percentileOf(t, 4.75)).isCloseTo(9.5, within(1e-12));
    }

    @Test
    void quantilesAreNumpyType7() {
        // numpy.percentile([1, 2, 4, 8], [0, 25, 50, 100]) = [1, 1.75, 3, 8] (linear interpolation)
        double[] q = ReferenceDistribution.quantilesOf(new double[] {1, 2, 4, 8});
        assertThat(q[0]).isEqualTo(1);
        assertThat(q[25]).isCloseTo(1.75, within(1e-12));
        assertThat(q[50]).isCloseTo(3, within(1e-12));
        assertThat(q[100]).isEqualTo(8);
    }

    @Test
    void shippedResourceMatchesScipyOnTheHealthyCohort() throws Exception {
        Path dir = Path.of(Shared.root().toString(), "data", "gmhi", "validation_782");
        String py = String.join("\n",
                "import csv, json, sys, numpy as np",
                "from scipy.stats import entropy",
                "d = sys.argv[1]",
                "meta = list(csv.DictReader(open(d + '/validation_metadata_dev.csv')))",
                "healthy = [r[''] for r in meta if r['Phenotype'] == 'Healthy']",
                "rows = list(csv.reader(open(d + '/validation_abundance_dev.csv')))",
                "ids = rows[0][1:]",
                "X = np.array([[float(v) for v in r[1:]] for r in rows[1:]])",
                "out = {m: [] for m in ['observed', 'shannon', 'simpson', 'inverse_simpson', 'pielou_e']}",
                "for s in healthy:",
                "    x = X[:, ids.index(s)]; x = x[x > 0]; p = x / x.sum()",
                "    h = entropy(p); S = len(x)",
                "    out['observed'].append(S); out['shannon'].append(h); out['simpson'].append(1 - (p * p).sum())",
                "    out['inverse_simpson'].append(1 / (p * p).sum()); out['pielou_e'].append(h / np.log(S))",
                "print(json.dumps({'size': len(healthy), 'quantiles': {m: list(np.percentile(v, range(101))) for m, v in out.items()}}))");
        Process proc = new ProcessBuilder("/usr/bin/python3", "-c", py, dir.toString()).redirectErrorStream(false).start();
        String stdout = new String(proc.getInputStream().readAllBytes());
        String stderr = new String(proc.getErrorStream().readAllBytes());
        assertThat(proc.waitFor()).as(stderr).isZero();
        JsonNode peer = new ObjectMapper().readTree(stdout);
        ReferenceDistribution shipped = ReferenceDistribution.bundled();
        assertThat(shipped.data().size()).isEqualTo(peer.get("size").asInt());
        for (String m : List.of("observed", "shannon", "simpson", "inverse_simpson", "pielou_e")) {
            double[] q = shipped.quantiles(m);
            JsonNode p = peer.get("quantiles").get(m);
            for (int i = 0; i <= 100; i++)
                assertThat(q[i]).as(m + " Q" + i).isCloseTo(p.get(i).asDouble(), within(1e-9 * Math.max(1, Math.abs(q[i]))));
        }
        assertThat(Files.exists(dir)).isTrue();
    }
}
