package org.gutskin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gutskin.index.HealthIndex;
import org.gutskin.index.IndexScores;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.Format;
import org.gutskin.profile.SparseVector;
import org.gutskin.profile.ValueKind;
import org.gutskin.profile.format.ProfileFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GMWI2 scoring kernel on an in-memory table: the 33 GMWI2 example profiles replicated to {@code samples} with
 * seeded multiplicative noise (no file reading in the measurement). The peer comparison is bench/index-bench.sh.
 * Run: {@code java -jar bench/target/benchmarks.jar IndexScoringBenchmark -p shared=../shared}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class IndexScoringBenchmark {

    @Param("100000")
    int samples;

    @Param("../shared")
    String shared;

    private AbundanceTable table;
    private HealthIndex gmwi2;

    @Setup
    public void setUp() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(shared, "data/gmwi2/examples"))) {
            files = s.filter(p -> p.toString().endsWith("_metaphlan.txt")).sorted().toList();
        }
        AbundanceTable[] base = new AbundanceTable[files.size()];
        for (int i = 0; i < base.length; i++) base[i] = ProfileFiles.read(files.get(i), (Format) null).abundance();
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.PERCENT, true);
        SplittableRandom rnd = new SplittableRandom(42);
        for (int j = 0; j < samples; j++) {
            AbundanceTable t = base[j % base.length];
            b.sample("S" + j, null);
            SparseVector v = t.sample(0);
            for (int k = 0; k < v.size(); k++) {
                int id = b.taxon(t.taxa().get(v.taxon(k)));
                if (rnd.nextDouble() >= 0.05) b.add(id, v.value(k) * Math.exp(0.4 * rnd.nextGaussian()));
            }
        }
        table = b.build();
        gmwi2 = HealthIndex.named("gmwi2");
    }

    @Benchmark
    public IndexScores gmwi2() {
        return gmwi2.score(table, true);
    }
}
