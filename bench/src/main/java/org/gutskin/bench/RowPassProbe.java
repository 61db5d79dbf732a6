package org.gutskin.bench;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.gutskin.cohort.Grouping;
import org.gutskin.cohort.RandomizedPcoa;
import org.gutskin.cohort.RowBlockTask;
import org.gutskin.cohort.RowBlocks;
import org.gutskin.cohort.RowSource;
import org.gutskin.cohort.RowwisePermutationTests;
import org.gutskin.diversity.DistanceRows;
import org.gutskin.diversity.beta.BrayCurtis;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ProfileFiles;

/**
 * Times the large-cohort passes on a cohort too big to finish here: runs the real row tasks (Bray–Curtis rows
 * computed on demand, then the permutation sums of PERMANOVA + PERMDISP, or one randomized-PCoA product) on an
 * evenly spaced sample of the row blocks, one block at a time on one core, and reports the time per block and the
 * whole pass extrapolated (blocks × time per block / cores). Every block does the same work (all n columns), so
 * the sample is representative; the extrapolation is arithmetic, not a measurement of the whole run.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.gutskin.bench.RowPassProbe PROFILES [BLOCKS] [PERMUTATIONS]}
 */
public final class RowPassProbe {

    /** Stops the analysis once the sample of blocks has been timed. */
    static final class Sampled extends RuntimeException {
        private static final long serialVersionUID = 1L;
        Sampled() {
            super(null, null, false, false);
        }
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int permutations = args.length > 2 ? Integer.parseInt(args[2]) : 999;
        long t0 = System.nanoTime();
        AbundanceTable t = ProfileFiles.read(file, (org.gutskin.profile.Format) null).abundance().atRank(Rank.SPECIES);
        AbundanceTable rel = t.normalized(1.0, t.kind());
        int n = rel.sampleCount();
        System.out.printf(Locale.ROOT, "read %d samples × %d taxa in %.1f s%n", n, rel.taxonCount(), (System.nanoTime() - t0) / 1e9);
        DistanceRows rows = new BrayCurtis().rows(rel);
        List<int[]> blocks = RowBlocks.of(n);
        List<String> labels = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < n; i++) labels.add(r.nextBoolean() ? "A" : "B");
        int cores = Runtime.getRuntime().availableProcessors();
        double[] fill = new double[1], task = new double[1];
        RowSource probe = new RowSource() {
            public int size() {
                return n;
            }

            public <R extends Serializable> List<R> run(RowBlockTask<R> tk) {
                double[] slab = new double[RowBlocks.rowsPerBlock(n) * n];
                int step = Math.max(1, blocks.size() / sample);
                for (int b = 0, done = 0; b < blocks.size() && done < sample; b += step, done++) {
                    int[] rg = blocks.get(b);
                    long a = System.nanoTime();
                    rows.fill(rg[0], rg[1], slab);
                    long c = System.nanoTime();
                    tk.apply(rg[0], rg[1], slab, n);
                    long e = System.nanoTime();
                    if (done > 0) { // the first block warms the JIT
                        fill[0] += (c - a) / 1e9;
                        task[0] += (e - c) / 1e9;
                    }
                }
                throw new Sampled();
            }

            public String describe() {
                return "probe";
            }
        };
        System.out.printf(Locale.ROOT, "%d blocks of %d rows; %d sampled, %d cores assumed for the extrapolation%n",
                blocks.size(), RowBlocks.rowsPerBlock(n), sample, cores);
        report("permutation pass (PERMANOVA + PERMDISP, " + permutations + " permutations)", blocks.size(), sample - 1, cores,
                fill, task, () -> RowwisePermutationTests.run(probe, Grouping.of(labels), permutations, 42));
        report("one randomized-PCoA product (8 per analysis)", blocks.size(), sample - 1, cores, fill, task,
                () -> RandomizedPcoa.of(probe, rel.sampleIds(), 10, 42));
    }

    private static void report(String what, int blocks, int timed, int cores, double[] fill, double[] task, Runnable run) {
        fill[0] = 0;
        task[0] = 0;
        try {
            run.run();
        } catch (Sampled expected) {
            // the sample is timed
        }
        double perBlockFill = fill[0] / timed, perBlockTask = task[0] / timed;
        System.out.printf(Locale.ROOT, "%s: per block %.3f s rows + %.3f s task; whole pass ≈ %.0f s on %d cores "
                + "(rows recomputed; %.0f s of it computing rows)%n", what, perBlockFill, perBlockTask,
                blocks * (perBlockFill + perBlockTask) / cores, cores, blocks * perBlockFill / cores);
    }
}
