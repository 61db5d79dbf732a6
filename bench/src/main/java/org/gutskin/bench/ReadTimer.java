package org.gutskin.bench;

import java.nio.file.Path;
import org.gutskin.profile.Format;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.ProfileFiles;

/**
 * Times {@link ProfileFiles#read} in one JVM: for each file, {@code repeats} reads (the first also warms the JIT),
 * printing {@code gutskin<TAB>file<TAB>best seconds<TAB>samples}. Used by {@code bench/read-bench.sh}.
 * Usage: {@code ReadTimer REPEATS FILE...}
 */
public final class ReadTimer {

    private ReadTimer() {}

    public static void main(String[] args) {
        int repeats = Integer.parseInt(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path f = Path.of(args[i]);
            double best = Double.MAX_VALUE;
            int samples = 0;
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                Profile p = ProfileFiles.read(f, (Format) null);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                samples = p.abundance().sampleCount();
            }
            System.out.printf("gutskin in-process\t%s\t%.4f\t%d%n", f.getFileName(), best, samples);
        }
    }
}
