package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gutskin.testkit.Peer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gutskin beta --format hdf5} read by Striped UniFrac's own reader ({@code unifrac.h5unifrac}, which builds a
 * scikit-bio DistanceMatrix from the {@code order} and {@code matrix} datasets) and compared, to 1e-12, with
 * scikit-bio's UniFrac on the same table and tree in the same run; the file has the datasets, dtypes and tags that
 * {@code ssu -r hdf5_fp64} writes for the same input. The input is made by biom-format in the same run: 12 samples
 * × 9 features of seeded counts and a 9-tip tree with unequal branch lengths.
 */
@Peer
class BetaHdf5Test {

    @TempDir
    Path dir;

    static final String MAKE = String.join("\n",
            "import sys, numpy as np, biom, h5py",
            "out = sys.argv[1]",
            "rng = np.random.default_rng(19)",
            "data = rng.integers(0, 30, size=(9, 12)).astype(float)",
            "data[rng.random(data.shape) < 0.35] = 0",
            "data[0, :] += 1",
            "t = biom.Table(data, ['F%d' % i for i in range(9)], ['s%02d' % j for j in range(12)])",
            "with h5py.File(out + '/t.biom', 'w') as f: t.to_hdf5(f, 'gutskin test')",
            "open(out + '/t.nwk', 'w').write('(((F0:0.5,F1:1.25):0.75,(F2:0.3,F3:2.0):0.4):0.2,'",
            "    '((F4:1.0,F5:0.6):0.9,(F6:0.25,(F7:0.8,F8:1.5):0.35):0.45):0.6);\\n')");

    static final String CHECK = String.join("\n",
            "import sys, shutil, subprocess, numpy as np, h5py, biom, skbio, unifrac",
            "from skbio.diversity import beta_diversity",
            "d = sys.argv[1]",
            "t = biom.load_table(d + '/t.biom')",
            "tree = skbio.TreeNode.read(d + '/t.nwk')",
            "X = t.matrix_data.toarray().T.astype(int)",
            "for m, ssu_m in (('unweighted_unifrac', 'unweighted_fp64'), ('weighted_unifrac', 'weighted_normalized_fp64')):",
            "    kw = {'normalized': True} if m == 'weighted_unifrac' else {}",
            "    p = beta_diversity(m, X, list(t.ids()), tree=tree, otu_ids=list(t.ids('observation')), **kw)",
            "    g = unifrac.h5unifrac(d + '/' + m + '.h5')",
            "    assert list(g.ids) == list(p.ids), (g.ids, p.ids)",
            "    err = float(np.abs(g.data - p.data).max())",
            "    assert err <= 1e-12, (m, err)",
            "    with h5py.File(d + '/' + m + '.h5', 'r') as f:",
            "        assert set(f.keys()) == {'format', 'version', 'order', 'matrix'}, set(f.keys())",
            "        assert f['matrix'].dtype == np.float64 and f['matrix'].shape == (12, 12)",
            "        assert f['format'][0] == b'BDSM' and f['version'][0] == b'2020.12'",
            "        assert f['order'][0] == b's00'",
            "    if shutil.which('ssu'):   # the layout ssu itself writes for the same input",
            "        s = d + '/' + m + '.ssu.h5'",
            "        subprocess.run(['ssu', '-i', d + '/t.biom', '-t', d + '/t.nwk', '-m', ssu_m, '-o', s, '-r',",
            "                        'hdf5_fp64', '--pcoa', '0'], check=True, capture_output=True)",
            "        with h5py.File(s, 'r') as f, h5py.File(d + '/' + m + '.h5', 'r') as h:",
            "            assert set(f.keys()) == set(h.keys()), (set(f.keys()), set(h.keys()))",
            "            for k in f: assert f[k].dtype.kind == h[k].dtype.kind or k == 'order', (k, f[k].dtype, h[k].dtype)",
            "            assert [f[k][0] for k in ('format', 'version')] == [h[k][0] for k in ('format', 'version')]",
            "            assert list(f['order'][:]) == list(h['order'][:])",
            "    print('ok', m, err)");

    @Test
    void unifracReadsTheMatrixScikitBioComputes() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no /usr/bin/python3");
        String made = python(MAKE, dir.toString());
        assumeTrue(!made.contains("No module named"), made);
        assertThat(made).isEmpty();
        for (String m : List.of("unweighted_unifrac", "weighted_unifrac")) {
            CliRun r = CliRun.of("beta", dir.resolve("t.biom").toString(), "--metric", m, "--tree",
                    dir.resolve("t.nwk").toString(), "--format", "hdf5", "-o", dir.resolve(m + ".h5").toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).isEmpty();
        }
        String out = python(CHECK, dir.toString());
        assumeTrue(!out.contains("No module named"), out);
        assertThat(out).startsWith("ok unweighted_unifrac").contains("ok weighted_unifrac");
    }

    @Test
    void hdf5WithoutAnOutputFileIsAUsageError() throws Exception {
        Path t = dir.resolve("t.tsv");
        Files.writeString(t, "#OTU ID\ta\tb\nF1\t1\t2\nF2\t3\t0\n");
        CliRun r = CliRun.of("beta", t.toString(), "--metric", "braycurtis", "--format", "hdf5");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").contains("--format hdf5 writes a binary file: give -o OUT");
        assertThat(r.out()).isEmpty();
    }

    private Path script(String body) throws Exception {
        Path s = Files.createTempFile(dir, "peer", ".py");
        Files.writeString(s, body + "\n");
        return s;
    }

    private String python(String body, String arg) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/python3", script(body).toString(), arg).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0 && !out.contains("No module named")) throw new AssertionError("peer failed:\n" + out);
        return out.lines().filter(l -> !l.contains("Warning") && !l.isBlank() && !l.startsWith("  ")).reduce("",
                (a, b) -> a + b + "\n");
    }
}
