package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gutskin.testkit.Peer;
import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gutskin beta --format npy} read back by NumPy itself: {@code numpy.load} gives the same matrix as the TSV
 * of the same run (every cell equal, to the bit, since the TSV's numbers round-trip), the ids file lists the TSV's
 * header ids, and the file is byte for byte what {@code numpy.save} writes for that matrix (NumPy's own v1.0
 * header and padding). Real data: the 129 HMP2 MetaPhlAn 3 samples, Bray–Curtis.
 */
@RequiresShared
@Peer
class BetaNpyTest {

    @TempDir
    Path dir;

    static final String PEER = String.join("\n",
            "import sys, numpy as np",
            "npy, ids, tsv = sys.argv[1:4]",
            "m = np.load(npy)",
            "lines = open(tsv).read().rstrip('\\n').split('\\n')",
            "head = lines[0].split('\\t')[1:]",
            "t = np.array([[float(x) for x in l.split('\\t')[1:]] for l in lines[1:]])",
            "assert m.dtype == np.float64 and m.shape == t.shape, (m.dtype, m.shape, t.shape)",
            "assert open(ids).read().split('\\n')[:-1] == head, 'ids differ'",
            "assert [l.split('\\t')[0] for l in lines[1:]] == head",
            "assert np.array_equal(m, t), float(np.abs(m - t).max())",
            "import io; b = io.BytesIO(); np.save(b, t)",
            "assert b.getvalue() == open(npy, 'rb').read(), 'not the bytes numpy.save writes'",
            "print('ok', m.shape[0])");

    @Test
    void numpyLoadsTheSameMatrixAsTheTsvAndNumpySaveWritesTheSameBytes() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no /usr/bin/python3");
        String in = Shared.root().resolve("data/formats/metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv").toString();
        Path tsv = dir.resolve("bc.tsv"), npy = dir.resolve("bc.npy");
        CliRun t = CliRun.of("beta", in, "--metric", "braycurtis", "-o", tsv.toString());
        assertThat(t.exit()).as(t.err()).isZero();
        CliRun n = CliRun.of("beta", in, "--metric", "braycurtis", "--format", "npy", "-o", npy.toString());
        assertThat(n.exit()).as(n.err()).isZero();
        Path ids = BetaCommand.idsFile(npy);
        assertThat(ids.getFileName().toString()).isEqualTo("bc.npy.ids");

        Path script = dir.resolve("peer.py");
        Files.writeString(script, PEER);
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), npy.toString(), ids.toString(),
                tsv.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        assumeTrue(!out.contains("No module named 'numpy'"), "numpy not installed");
        assertThat(code).as(out).isZero();
        assertThat(out.strip()).isEqualTo("ok 129");
    }

    @Test
    void npyWithoutAnOutputFileIsAUsageError() {
        String in = Shared.root().resolve("data/formats/metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv").toString();
        CliRun r = CliRun.of("beta", in, "--metric", "braycurtis", "--format", "npy");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").contains("give -o OUT");
        assertThat(r.out()).isEmpty();
    }
}
