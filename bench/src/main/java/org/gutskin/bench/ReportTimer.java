package org.gutskin.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gutskin.profile.Format;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.report.ReportOptions;
import org.gutskin.report.ReportService;
import org.gutskin.report.ScoredProfile;
import org.gutskin.report.model.Report;
import org.gutskin.report.render.ReportFormat;
import org.gutskin.report.render.ReportRenderer;

/**
 * Milliseconds per report on one thread, wall clock and this thread's CPU time side by side (the machine is shared:
 * wall time includes waiting for a core, CPU time does not), over the same real cohort as {@link ReportBenchmark}:
 * 33 GMWI2 example profiles + 129 HMP2 samples, all five conditions, a red flag on every other report. One warm-up
 * pass over the cohort per format, then {@code rounds} measured passes.
 * Run: {@code java -XX:ActiveProcessorCount=1 -cp bench/target/benchmarks.jar org.gutskin.bench.ReportTimer ../shared 2}
 */
public final class ReportTimer {

    static final class Sink extends OutputStream {
        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        ReportService service = new ReportService();
        List<Path> files;
        try (Stream<Path> s = Files.walk(shared.resolve("data/gmwi2/examples"))) {
            files = new ArrayList<>(s.filter(p -> p.toString().endsWith("_metaphlan.txt")).sorted().toList());
        }
        files.add(shared.resolve("data/formats/metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv"));
        List<Report> reports = new ArrayList<>();
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        long c0 = tm.getCurrentThreadCpuTime(), w0 = System.nanoTime();
        int k = 0;
        for (Path f : files) {
            Profile p = ProfileFiles.read(f, (Format) null);
            ScoredProfile sp = service.score(p, null);
            for (String id : sp.sampleIds())
                reports.add(service.build(sp, id, null, ReportOptions.defaults()
                        .withAnswers(k++ % 2 == 0 ? Map.of() : Map.of("painful_or_scarring_acne", true))));
        }
        System.out.printf("cohort: %d reports from %d files (read + score + build: %.1f ms wall, %.1f ms CPU per report,"
                        + " first pass, JIT cold)%n", reports.size(), files.size(),
                (System.nanoTime() - w0) / 1e6 / reports.size(), (tm.getCurrentThreadCpuTime() - c0) / 1e6 / reports.size());
        System.out.println("format\twall_ms_per_report\tcpu_ms_per_report\treports_per_s_cpu");
        for (ReportFormat f : ReportFormat.values()) {
            for (Report r : reports) ReportRenderer.render(r, f, new Sink()); // warm-up pass
            long c = tm.getCurrentThreadCpuTime(), w = System.nanoTime();
            for (int i = 0; i < rounds; i++) for (Report r : reports) ReportRenderer.render(r, f, new Sink());
            double n = (double) rounds * reports.size();
            double cpu = (tm.getCurrentThreadCpuTime() - c) / 1e6 / n;
            System.out.printf("%s\t%.2f\t%.2f\t%.1f%n", f.label(), (System.nanoTime() - w) / 1e6 / n, cpu, 1000 / cpu);
        }
    }
}
