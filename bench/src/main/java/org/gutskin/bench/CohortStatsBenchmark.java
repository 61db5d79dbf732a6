package org.gutskin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gutskin.cohort.Grouping;
import org.gutskin.cohort.KruskalWallis;
import org.gutskin.cohort.MannWhitneyU;
import org.gutskin.cohort.Permanova;
import org.gutskin.cohort.RowSource;
import org.gutskin.cohort.RowwisePermutationTests;
import org.gutskin.cohort.RandomizedPcoa;
import org.gutskin.diversity.DistanceMatrix;
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
 * The cohort statistics' kernels on seeded random distances and values: one PERMANOVA pseudo-F (one
 * permutation's cost), 99 PERMDISP permutations from distances, randomized PCoA (10 axes), and the rank tests.
 * Run: {@code java -jar bench/target/benchmarks.jar CohortStatsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class CohortStatsBenchmark {

    @Param({"2000"})
    int n;

    DistanceMatrix dm;
    Grouping g;
    double[] values;

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(7);
        List<String> ids = new ArrayList<>(), labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("s" + i);
            labels.add(r.nextBoolean() ? "A" : "B");
        }
        double[] d = new double[n * (n - 1) / 2];
        for (int k = 0; k < d.length; k++) d[k] = 0.3 + 0.7 * r.nextDouble();
        dm = new DistanceMatrix(ids, d);
        g = Grouping.of(labels);
        values = new double[n];
        for (int i = 0; i < n; i++) values[i] = Math.round(r.nextDouble() * 50) / 10.0; // with ties
    }

    @Benchmark
    public double permanovaPseudoF() {
        return Permanova.pseudoF(dm.condensed(), n, g.codes(), g.groupCount());
    }

    /** PERMANOVA and PERMDISP with 99 permutations in one pass over the rows (the large-cohort path). */
    @Benchmark
    public double rowwiseTests99() {
        return RowwisePermutationTests.run(RowSource.local(dm, "stored"), g, 99, 1).permdisp().pValue();
    }

    @Benchmark
    public double randomizedPcoa10() {
        return RandomizedPcoa.of(dm, 10, 1).eigenvalues()[0];
    }

    @Benchmark
    public double kruskalAndMannWhitney() {
        return KruskalWallis.test(values, g.codes(), 2).pValue() + MannWhitneyU.test(g.select(values, 0), g.select(values, 1)).pValue();
    }
}
