package org.gutskin.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.FeatureSelection;
import org.gutskin.diversity.alpha.AlphaDiversity;
import org.gutskin.diversity.alpha.AlphaMetric;
import org.gutskin.diversity.alpha.AlphaMetrics;
import org.gutskin.diversity.beta.BetaMetric;
import org.gutskin.diversity.beta.BetaMetrics;
import org.gutskin.diversity.tree.TaxonomyTree;
import org.gutskin.diversity.tree.TipMapping;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.ProfileFiles;

/**
 * The gutskin side of {@code bench/diversity-crosscheck.sh}: reads one profile file exactly as the CLI does
 * (same reader, same feature selection), then times the kernel alone — {@code --repeat} times, in one JVM after
 * one warm-up — so the script can set it against the peer's compute time, and writes the result for the
 * agreement check (alpha: TSV; beta: the condensed triangle as little-endian float64, scipy's layout).
 *
 * <pre>DiversityCrossCheck FILE (alpha METRIC,METRIC… | beta METRIC) OUT [--taxonomy-tree] [--repeat R] [--threads N]</pre>
 *
 * Prints one JSON line: {@code {"load_s":…, "runs_s":[…], "median_s":…, "median_cpu_s":…, "samples":…, "features":…}}
 * (CPU = the process's CPU time over the run, all threads: the work done, whatever else the machine runs).
 */
public final class DiversityCrossCheck {

    private static Object compute(String kind, String metrics, AbundanceTable table, TipMapping tree, int threads) {
        if (kind.equals("alpha")) {
            List<AlphaMetric> ms = new ArrayList<>();
            for (String n : metrics.split(",")) ms.add(AlphaMetrics.create(n, Math.E, tree));
            return AlphaDiversity.compute(table, ms);
        }
        BetaMetric m = BetaMetrics.create(metrics, tree, 1.0);
        return m.compute(table, threads);
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String kind = args[1];
        String metrics = args[2];
        Path out = Path.of(args[3]);
        List<String> rest = Arrays.asList(args).subList(4, args.length);
        boolean taxTree = rest.contains("--taxonomy-tree");
        int repeat = rest.contains("--repeat") ? Integer.parseInt(rest.get(rest.indexOf("--repeat") + 1)) : 3;
        int threads = rest.contains("--threads") ? Integer.parseInt(rest.get(rest.indexOf("--threads") + 1))
                : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        Profile p = ProfileFiles.read(file, (org.gutskin.profile.Format) null);
        AbundanceTable table = FeatureSelection.select(p.counts().orElse(p.abundance()), Optional.empty(), file.toString()).table();
        TipMapping tree = taxTree ? TaxonomyTree.build(table) : null;
        double load = (System.nanoTime() - t0) / 1e9;
        double[] runs = new double[repeat];
        Object result = null;
        // warm-up (not counted): 2 s of runs (at most 2,000), so the JIT has compiled the kernel with C2 — on a
        // busy machine the compiler threads compete for the cores too; a big triangle (> 5,000 samples) runs long
        // enough to be dominated by compiled code, so it is measured on its first run
        boolean big = !kind.equals("alpha") && table.sampleCount() > 5000;
        long warmStart = System.nanoTime();
        for (int w = 0; w < 2000 && !big && System.nanoTime() - warmStart < 2_000_000_000L; w++) {
            result = null;
            result = compute(kind, metrics, table, tree, threads);
        }
        double[] cpu = new double[repeat];
        var osBean = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < repeat; r++) {
            result = null; // let the previous triangle go before the next one is allocated
            long c = osBean.getProcessCpuTime();
            long s = System.nanoTime();
            result = compute(kind, metrics, table, tree, threads);
            runs[r] = (System.nanoTime() - s) / 1e9;
            cpu[r] = (osBean.getProcessCpuTime() - c) / 1e9;
        }
        if (kind.equals("alpha")) {
            double[][] v = (double[][]) result;
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
                w.println("sample_id\t" + metrics.replace(',', '\t'));
                for (int s = 0; s < v.length; s++) {
                    StringBuilder sb = new StringBuilder(table.sampleIds().get(s));
                    for (double x : v[s]) sb.append('\t').append(x);
                    w.println(sb);
                }
            }
        } else {
            DistanceMatrix dm = (DistanceMatrix) result;
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
                ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
                for (double d : dm.condensed()) {
                    if (!buf.hasRemaining()) {
                        os.write(buf.array(), 0, buf.position());
                        buf.clear();
                    }
                    buf.putDouble(d);
                }
                os.write(buf.array(), 0, buf.position());
            }
            Files.writeString(Path.of(out + ".ids"), String.join("\n", dm.ids()) + "\n");
        }
        double[] sorted = runs.clone();
        Arrays.sort(sorted);
        double[] sortedCpu = cpu.clone();
        Arrays.sort(sortedCpu);
        System.out.printf("{\"load_s\": %.4f, \"runs_s\": %s, \"median_s\": %.5f, \"median_cpu_s\": %.5f, "
                + "\"samples\": %d, \"features\": %d}%n", load, Arrays.toString(runs), sorted[sorted.length / 2],
                sortedCpu[sortedCpu.length / 2], table.sampleCount(), table.taxonCount());
    }
}
