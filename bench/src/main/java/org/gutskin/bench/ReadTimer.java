package org.gutskin.bench;

import java.nio.file.Path;
import org.gutskin.profile.Format;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.ProfileFiles;

/**
 * Times {@link ProfileFiles#read} in one JVM: for each file, {@code repeats} reads (the first also warms the JIT),
 * printing {@code gutskin<TAB>file<TAB>best wall seconds<TAB>samples<TAB>best process CPU seconds} (all threads:
 * reading, GC, JIT — robust when the machine is busy). Used by {@code bench/read-bench.sh}.
 * Usage: {@code ReadTimer REPEATS FILE...}
 */
public final class ReadTimer {

    private ReadTimer() {}

    public static void main(String[] args) {
        int repeats = Integer.parseInt(args[0]);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 1; i < args.length; i++) {
            Path f = Path.of(args[i]);
            double best = Double.MAX_VALUE, bestCpu = Double.MAX_VALUE;
            int samples = 0;
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
                Profile p = ProfileFiles.read(f, (Format) null);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                bestCpu = Math.min(bestCpu, (os.getProcessCpuTime() - c0) / 1e9);
                samples = p.abundance().sampleCount();
            }
            System.out.printf("gutskin in-process\t%s\t%.4f\t%d\t%.4f%n", f.getFileName(), best, samples, bestCpu);
        }
    }
}
