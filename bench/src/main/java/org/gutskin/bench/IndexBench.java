package org.gutskin.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gutskin.index.HealthIndex;
import org.gutskin.index.IndexScores;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.format.ProfileFiles;

/**
 * The gutskin side of {@code bench/index-bench.sh}: reads one profile table (timed once), scores it with an index
 * (5 warm-up runs, then the median of 10 timed runs), writes the scores for the agreement check and prints
 * {@code name<TAB>seconds<TAB>samples} lines like the python peer.
 *
 * <p>Usage: {@code IndexBench gmhi|gmwi2 TABLE OUT_SCORES}
 */
public final class IndexBench {

    private IndexBench() {}

    public static void main(String[] args) throws IOException {
        HealthIndex ix = HealthIndex.named(args[0]);
        long t0 = System.nanoTime();
        AbundanceTable table = ProfileFiles.read(Path.of(args[1]), (org.gutskin.profile.Format) null).abundance();
        print("read", (System.nanoTime() - t0) / 1e9, table.sampleCount());
        IndexScores s = null;
        for (int i = 0; i < 5; i++) s = ix.score(table, false);
        double[] t = new double[10];
        for (int i = 0; i < t.length; i++) {
            long a = System.nanoTime();
            s = ix.score(table, false);
            t[i] = (System.nanoTime() - a) / 1e9;
        }
        Arrays.sort(t);
        print("score", (t[4] + t[5]) / 2, table.sampleCount());
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[2]))) {
            for (int i = 0; i < s.size(); i++) w.write(s.sampleIds().get(i) + "\t" + s.value(i) + "\n");
        }
    }

    private static void print(String name, double seconds, int n) {
        System.out.printf(java.util.Locale.ROOT, "%s\t%.6f\t%d%n", name, seconds, n);
    }
}
