package org.gutskin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gutskin.cohort.model.DesignTerm;
import org.gutskin.cohort.model.MarginalPermanova;
import org.gutskin.cohort.model.ModelDesign;
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
 * The marginal PERMANOVA ({@code adonis2(d ~ g + h + x, by = "margin")}: a 2-level factor, a 3-level factor, a
 * numeric covariate) with 999 permutations on seeded random distances, free and within blocks of two (the
 * permutation null dominates: one pass over the n²/2 squared distances per permutation, all cores).
 * Run: {@code java -jar bench/target/benchmarks.jar MarginalPermanovaBenchmark}; add {@code -jvmArgs
 * -XX:ActiveProcessorCount=1} for one core. The peer comparison is {@code bench/permanova-margin-vs-vegan.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MarginalPermanovaBenchmark {

    @Param({"500", "2000"})
    int n;

    DistanceMatrix dm;
    ModelDesign free, blocked;

    @Setup
    public void setup() {
        dm = SyntheticDesign.distances(n, 7);
        free = SyntheticDesign.design(n, 7, false);
        blocked = SyntheticDesign.design(n, 7, true);
    }

    @Benchmark
    public double margin999() {
        return MarginalPermanova.test(dm, free, 999, 42).terms().get(0).pValue();
    }

    @Benchmark
    public double margin999WithinPairs() {
        return MarginalPermanova.test(dm, blocked, 999, 42).terms().get(0).pValue();
    }

    /** Seeded synthetic inputs of the marginal PERMANOVA benchmarks. */
    static final class SyntheticDesign {

        static DistanceMatrix distances(int n, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) ids.add("s" + i);
            double[] d = new double[n * (n - 1) / 2];
            for (int k = 0; k < d.length; k++) d[k] = 0.3 + 0.7 * r.nextDouble();
            return new DistanceMatrix(ids, d);
        }

        static ModelDesign design(int n, long seed, boolean pairs) {
            SplittableRandom r = new SplittableRandom(seed + 1);
            double[] g = new double[n], h1 = new double[n], h2 = new double[n], x = new double[n];
            int[] strata = pairs ? new int[n] : null;
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add("s" + i);
                g[i] = r.nextBoolean() ? 1 : 0;
                int h = r.nextInt(3);
                h1[i] = h == 1 ? 1 : 0;
                h2[i] = h == 2 ? 1 : 0;
                x[i] = 18 + 15 * r.nextDouble();
                if (pairs) strata[i] = i / 2;
            }
            return new ModelDesign(ids, List.of(new DesignTerm("g", true, List.of("gb"), new double[][] {g}),
                    new DesignTerm("h", true, List.of("hb", "hc"), new double[][] {h1, h2}),
                    new DesignTerm("x", false, List.of("x"), new double[][] {x})), strata, List.of());
        }

        private SyntheticDesign() {}
    }
}
