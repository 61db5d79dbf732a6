package org.gutskin.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.Format;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.SparseVector;
import org.gutskin.profile.ValueKind;
import org.gutskin.profile.format.BiomJsonWriter;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.profile.format.TsvWriter;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The merged MetaPhlAn and BIOM JSON readers on real profiles replicated to {@code samples} columns: the 33 GMWI2
 * example profiles (MetaPhlAn 3) cycled, written once with gutskin's own TSV and BIOM writers.
 * Run: {@code java -jar bench/target/benchmarks.jar ReaderBenchmark -p shared=../shared}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ReaderBenchmark {

    @Param({"2000"})
    int samples;

    @Param({"../shared"})
    String shared;

    Path dir, merged, biom;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        List<AbundanceTable> profiles = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of(shared, "data/gmwi2/examples"))) {
            for (Path p : s.filter(p -> p.toString().endsWith("_metaphlan.txt")).sorted().toList())
                profiles.add(ProfileFiles.read(p, Format.METAPHLAN).abundance());
        }
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.PERCENT, true);
        for (int i = 0; i < samples; i++) {
            AbundanceTable p = profiles.get(i % profiles.size());
            b.sample(String.format("S%05d", i + 1), null);
            SparseVector v = p.sample(0);
            for (int k = 0; k < v.size(); k++) {
                Lineage l = p.taxa().get(v.taxon(k));
                b.add(b.taxon(l), v.value(k));
            }
        }
        AbundanceTable t = b.build();
        dir = Files.createTempDirectory("gutskin-bench");
        merged = dir.resolve("merged.tsv");
        biom = dir.resolve("table.biom");
        try (Writer w = Files.newBufferedWriter(merged, StandardCharsets.UTF_8)) {
            TsvWriter.write(t, w);
        }
        try (OutputStream o = Files.newOutputStream(biom)) {
            BiomJsonWriter.write(t, "bench", o);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(merged);
        Files.deleteIfExists(biom);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public AbundanceTable mergedMetaphlanTsv() {
        return ProfileFiles.read(merged, (Format) null).abundance();
    }

    @Benchmark
    public AbundanceTable biomJson() {
        return ProfileFiles.read(biom, (Format) null).abundance();
    }
}
