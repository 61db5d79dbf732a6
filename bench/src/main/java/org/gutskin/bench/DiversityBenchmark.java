package org.gutskin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.alpha.AlphaDiversity;
import org.gutskin.diversity.alpha.AlphaMetric;
import org.gutskin.diversity.alpha.AlphaMetrics;
import org.gutskin.diversity.beta.Aitchison;
import org.gutskin.diversity.beta.BrayCurtis;
import org.gutskin.diversity.beta.Jaccard;
import org.gutskin.diversity.beta.UnweightedUnifrac;
import org.gutskin.diversity.beta.WeightedUnifrac;
import org.gutskin.diversity.tree.TaxonomyTree;
import org.gutskin.diversity.tree.TipMapping;
import org.gutskin.profile.AbundanceTable;
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
 * The diversity kernels on a seeded synthetic species cohort ({@link SyntheticCohort}): all alpha metrics, and
 * each beta metric's full triangle on 2 threads (the machine's cores). Run:
 * {@code java -jar bench/target/benchmarks.jar DiversityBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class DiversityBenchmark {

    @Param({"2000"})
    public int samples;

    @Param({"2"})
    public int threads;

    AbundanceTable table;
    TipMapping tree;
    List<AlphaMetric> alpha;

    @Setup
    public void setup() {
        table = SyntheticCohort.counts(samples, 20240601L);
        tree = TaxonomyTree.build(table);
        alpha = new ArrayList<>();
        for (String n : AlphaMetrics.names()) alpha.add(AlphaMetrics.create(n, Math.E, tree));
    }

    @Benchmark
    public double[][] alphaAllMetrics() {
        return AlphaDiversity.compute(table, alpha);
    }

    @Benchmark
    public DistanceMatrix brayCurtis() {
        return new BrayCurtis().compute(table, threads);
    }

    @Benchmark
    public DistanceMatrix jaccard() {
        return new Jaccard().compute(table, threads);
    }

    @Benchmark
    public DistanceMatrix aitchison() {
        return new Aitchison(1.0).compute(table, threads);
    }

    @Benchmark
    public DistanceMatrix unweightedUnifrac() {
        return new UnweightedUnifrac(tree).compute(table, threads);
    }

    @Benchmark
    public DistanceMatrix weightedUnifrac() {
        return new WeightedUnifrac(tree).compute(table, threads);
    }
}
