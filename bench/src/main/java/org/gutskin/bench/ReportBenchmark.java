package org.gutskin.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reports per second on one core, over real profiles: the 33 GMWI2 example profiles (MetaPhlAn 3) and the 129
 * HMP2 samples (MetaPhlAn 3 merged table), all five conditions, one red-flag answer on every other report. Each
 * operation renders the next report of the cohort (round robin) to a byte-counting stream, so the numbers are
 * milliseconds per report. {@code build} assembles the report (diversity, indices, ladder) from an already read
 * and scored profile; the format benchmarks render an assembled report. Targets: HTML ≤ 20 ms, PDF ≤ 300 ms.
 * Run: {@code java -jar bench/target/benchmarks.jar ReportBenchmark -p shared=../shared}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-XX:ActiveProcessorCount=1"})
@Threads(1)
public class ReportBenchmark {

    @Param("../shared")
    String shared;

    private final List<Report> reports = new ArrayList<>();
    private final List<ScoredProfile> scored = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private ReportService service;
    private int next;

    /** Counts bytes so the output cannot be optimised away, keeps nothing. */
    static final class Sink extends OutputStream {
        long n;

        @Override
        public void write(int b) {
            n++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            n += len;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        service = new ReportService();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(shared, "data/gmwi2/examples"))) {
            files = new ArrayList<>(s.filter(p -> p.toString().endsWith("_metaphlan.txt")).sorted().toList());
        }
        files.add(Path.of(shared, "data/formats/metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv"));
        int k = 0;
        for (Path f : files) {
            Profile p = ProfileFiles.read(f, (Format) null);
            ScoredProfile sp = service.score(p, null);
            for (String id : sp.sampleIds()) {
                ReportOptions o = ReportOptions.defaults()
                        .withAnswers(k++ % 2 == 0 ? Map.of() : Map.of("painful_or_scarring_acne", true));
                reports.add(service.build(sp, id, null, o));
                scored.add(sp);
                ids.add(id);
            }
        }
    }

    private int nextIndex() {
        int i = next;
        next = (next + 1) % reports.size();
        return i;
    }

    private long render(ReportFormat f) throws IOException {
        Sink s = new Sink();
        ReportRenderer.render(reports.get(nextIndex()), f, s);
        return s.n;
    }

    @Benchmark
    public Report build() {
        int i = nextIndex();
        return service.build(scored.get(i), ids.get(i), null, ReportOptions.defaults());
    }

    @Benchmark
    public long json() throws IOException {
        return render(ReportFormat.JSON);
    }

    @Benchmark
    public long html() throws IOException {
        return render(ReportFormat.HTML);
    }

    @Benchmark
    public long pdf() throws IOException {
        return render(ReportFormat.PDF);
    }

    @Benchmark
    public long fhir() throws IOException {
        return render(ReportFormat.FHIR);
    }

    @Benchmark
    public long checklistPdf() throws IOException {
        return render(ReportFormat.CHECKLIST_PDF);
    }
}
