package org.gutskin.spark;

import org.gutskin.cohort.model.CoefficientEstimate;
import org.gutskin.cohort.model.TaxonModels;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.gutskin.cohort.ClrTable;
import org.gutskin.cohort.CohortBackend;
import org.gutskin.cohort.SampleScores;
import org.gutskin.cohort.SampleScoring;
import org.gutskin.cohort.DifferentialAbundance;
import org.gutskin.cohort.Grouping;
import org.gutskin.cohort.Permanova;
import org.gutskin.cohort.Permutations;
import org.gutskin.cohort.TaxonAssociation;
import org.gutskin.cohort.model.MarginalModel;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.DistanceRows;
import org.gutskin.cohort.RowBlockTask;
import org.gutskin.cohort.RowBlocks;
import org.gutskin.cohort.RowSource;
import org.gutskin.diversity.beta.Aitchison;
import org.gutskin.diversity.beta.BetaMetrics;
import org.gutskin.profile.AbundanceTable;

/**
 * The cohort analyses as Spark jobs. The table is broadcast once per step; then
 * <ul>
 * <li>per-sample scores: one task per range of samples;</li>
 * <li>the distance matrix in blocks: one task per pair of sample blocks (I ≤ J), each computing the diversity
 * layer's metric on the two blocks' samples and returning the I×J distances, assembled on the driver into the
 * condensed matrix;</li>
 * <li>the PERMANOVA null: the distances broadcast, one task per range of permutation numbers
 * ({@link Permutations#permuted} makes permutation k the same on any machine);</li>
 * <li>the marginal PERMANOVA null: the prepared model broadcast, one task per range of permutation numbers;</li>
 * <li>per-taxon tests: one task per range of taxa, each building the CLR table once;</li>
 * <li>above {@link org.gutskin.cohort.CohortAnalysis#EXACT_PCOA_MAX} samples, the distances by rows
 * ({@link #distanceRows}): PERMANOVA, PERMDISP and each randomized-PCoA product as one job over row blocks, the
 * matrix never assembled.</li>
 * </ul>
 * Every number is computed by the same engine code as the local engine, so results are identical. Up to
 * {@code EXACT_PCOA_MAX} samples the matrix is assembled on the driver for the exact PCoA and PERMDISP.
 */
public final class SparkCohortBackend implements CohortBackend {

    private final JavaSparkContext jsc;
    private final int blockSize;

    /** @param blockSize samples per distance block (0: chosen from the cohort size and parallelism) */
    public SparkCohortBackend(JavaSparkContext jsc, int blockSize) {
        this.jsc = jsc;
        this.blockSize = blockSize;
    }

    private int slices(int items) {
        return Math.max(1, Math.min(items, jsc.defaultParallelism() * 4));
    }

    private static List<int[]> ranges(int n, int parts) {
        List<int[]> out = new ArrayList<>();
        int step = (n + parts - 1) / parts;
        for (int from = 0; from < n; from += step) out.add(new int[] {from, Math.min(n, from + step)});
        return out;
    }

    @Override
    public SampleScores sampleScores(AbundanceTable relative, AbundanceTable full, List<String> metrics) {
        Broadcast<PortableTable> br = jsc.broadcast(new PortableTable(relative));
        Broadcast<PortableTable> bf = jsc.broadcast(new PortableTable(full));
        List<String> names = List.copyOf(metrics);
        int n = relative.sampleCount();
        List<Object[]> parts = jsc.parallelize(ranges(n, slices(n)), slices(n)).map(r -> {
            int[] rows = new int[r[1] - r[0]];
            for (int i = 0; i < rows.length; i++) rows[i] = r[0] + i;
            SampleScores s = SampleScoring.compute(br.value().table().select(rows), bf.value().table().select(rows), names);
            return new Object[] {new ArrayList<>(s.values().keySet()), s.values().values().toArray(double[][]::new),
                    new ArrayList<>(s.notes())};
        }).collect();
        // every part computes the same metrics (an index that cannot be computed fails for all samples alike)
        @SuppressWarnings("unchecked")
        List<String> got = (List<String>) parts.get(0)[0];
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int m = 0; m < got.size(); m++) {
            double[] v = new double[n];
            int at = 0;
            for (Object[] p : parts) {
                double[] part = ((double[][]) p[1])[m];
                System.arraycopy(part, 0, v, at, part.length);
                at += part.length;
            }
            out.put(got.get(m), v);
        }
        java.util.LinkedHashSet<String> notes = new java.util.LinkedHashSet<>();
        for (Object[] p : parts) {
            @SuppressWarnings("unchecked")
            List<String> ns = (List<String>) p[2];
            notes.addAll(ns);
        }
        br.destroy();
        bf.destroy();
        return new SampleScores(out, new ArrayList<>(notes));
    }

    /** One block pair's distances, row-major over i ∈ I, j ∈ J, j &gt; i. */
    record Block(int i0, int i1, int j0, int j1, double[] values) implements Serializable {}

    @Override
    public DistanceMatrix distances(AbundanceTable relative, String metric) {
        int n = relative.sampleCount();
        int b = blockSize > 0 ? blockSize
                : Math.max(64, (int) Math.ceil(n / Math.sqrt(2.0 * jsc.defaultParallelism() * 4)));
        List<int[]> pairs = new ArrayList<>();
        for (int i0 = 0; i0 < n; i0 += b)
            for (int j0 = i0; j0 < n; j0 += b) pairs.add(new int[] {i0, Math.min(n, i0 + b), j0, Math.min(n, j0 + b)});
        Broadcast<PortableTable> bt = jsc.broadcast(new PortableTable(relative));
        List<Block> blocks = jsc.parallelize(pairs, pairs.size()).map(p -> block(bt.value().table(), metric, p)).collect();
        double[] condensed = new double[(int) ((long) n * (n - 1) / 2)];
        for (Block blk : blocks) {
            int k = 0;
            for (int i = blk.i0(); i < blk.i1(); i++)
                for (int j = Math.max(blk.j0(), i + 1); j < blk.j1(); j++)
                    condensed[(int) DistanceMatrix.condensedIndex(n, i, j)] = blk.values()[k++];
        }
        bt.destroy();
        return new DistanceMatrix(relative.sampleIds(), condensed);
    }

    static Block block(AbundanceTable t, String metric, int[] p) {
        int i0 = p[0], i1 = p[1], j0 = p[2], j1 = p[3];
        boolean diagonal = i0 == j0;
        int ni = i1 - i0, nj = diagonal ? 0 : j1 - j0;
        int[] rows = new int[ni + nj];
        for (int i = 0; i < ni; i++) rows[i] = i0 + i;
        for (int j = 0; j < nj; j++) rows[ni + j] = j0 + j;
        DistanceMatrix dm = BetaMetrics.create(metric, null, Aitchison.DEFAULT_PSEUDOCOUNT).compute(t.select(rows), 1);
        double[] v = new double[diagonal ? ni * (ni - 1) / 2 : ni * nj];
        int k = 0;
        for (int i = 0; i < ni; i++)
            if (diagonal) for (int j = i + 1; j < ni; j++) v[k++] = dm.get(i, j);
            else for (int j = 0; j < nj; j++) v[k++] = dm.get(i, ni + j);
        return new Block(i0, i1, j0, j1, v);
    }

    /**
     * Rows never leave the executors: each task rebuilds the metric's rows from the broadcast table and runs the
     * row task on its share of the {@link RowBlocks blocks}, one 16 MB block at a time; only the tasks' results
     * (n·(permutations + 1) row sums, or n·l products) come back to the driver.
     */
    @Override
    public RowSource distanceRows(AbundanceTable relative, String metric) {
        int n = relative.sampleCount();
        Broadcast<PortableTable> bt = jsc.broadcast(new PortableTable(relative));
        List<int[]> blocks = RowBlocks.of(n);
        int parts = Math.max(1, Math.min(blocks.size(), jsc.defaultParallelism() * 4));
        List<Integer> ids = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) ids.add(b);
        return new RowSource() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public <R extends Serializable> List<R> run(RowBlockTask<R> task) {
                Broadcast<RowBlockTask<R>> btask = jsc.broadcast(task);
                List<R> out = jsc.parallelize(ids, parts).mapPartitions(it -> {
                    DistanceRows rows = BetaMetrics.create(metric, null, Aitchison.DEFAULT_PSEUDOCOUNT).rows(bt.value().table());
                    double[] slab = new double[RowBlocks.rowsPerBlock(n) * n];
                    List<R> results = new ArrayList<>();
                    while (it.hasNext()) {
                        int[] r = blocks.get(it.next());
                        rows.fill(r[0], r[1], slab);
                        results.add(btask.value().apply(r[0], r[1], slab, n));
                    }
                    return results.iterator();
                }).collect(); // partitions hold consecutive blocks and collect keeps their order
                btask.destroy();
                return out;
            }

            @Override
            public String describe() {
                return "distances recomputed by rows in Spark tasks in every pass, never gathered";
            }
        };
    }

    @Override
    public double[] permanovaNull(double[] sq, int n, int[] codes, int k, int permutations, long seed) {
        if (permutations == 0) return new double[0];
        Broadcast<double[]> bsq = jsc.broadcast(sq);
        List<double[]> parts = jsc.parallelize(ranges(permutations, slices(permutations)), slices(permutations)).map(r -> {
            double[] out = new double[r[1] - r[0]];
            for (int p = r[0]; p < r[1]; p++) out[p - r[0]] = Permanova.pseudoF(bsq.value(), n, Permutations.permuted(codes, seed, p), k);
            return out;
        }).collect();
        double[] all = new double[permutations];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        bsq.destroy();
        return all;
    }

    /**
     * The marginal PERMANOVA null: the prepared model (squared distances and design basis) broadcast once, one task
     * per range of permutation numbers; permutation k is {@link Permutations#permutedIndices}'s on any machine.
     */
    @Override
    public double[][] marginalPermanovaNull(MarginalModel model, int permutations, long seed) {
        if (permutations == 0) return new double[0][];
        Broadcast<MarginalModel> bm = jsc.broadcast(model);
        List<double[][]> parts = jsc.parallelize(ranges(permutations, slices(permutations)), slices(permutations)).map(r -> {
            MarginalModel m = bm.value();
            double[][] out = new double[r[1] - r[0]][];
            for (int p = r[0]; p < r[1]; p++) out[p - r[0]] = m.permutedStatistics(p, seed);
            return out;
        }).collect();
        double[][] all = new double[permutations][];
        int at = 0;
        for (double[][] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        bm.destroy();
        return all;
    }

    /** A per-taxon result on its way back to the driver. */
    record TaxonRow(int index, String taxon, double prevalence, double[] meanClr, double effect, String measure,
            String test, double statistic, double p) implements Serializable {}

    /** The adjusted per-taxon models: taxa in ranges over tasks, each fitted by the same code as locally; BH on the driver. */
    @Override
    public List<CoefficientEstimate> taxonModels(TaxonModels models) {
        Broadcast<TaxonModels> bm = jsc.broadcast(models);
        int taxa = models.taxonCount();
        List<List<CoefficientEstimate>> parts = jsc.parallelize(ranges(taxa, slices(taxa)), slices(taxa)).map(r -> {
            List<CoefficientEstimate> rows = new ArrayList<>();
            for (int j = r[0]; j < r[1]; j++) rows.addAll(bm.value().fit(j));
            return rows;
        }).collect();
        List<CoefficientEstimate> all = new ArrayList<>();
        parts.forEach(all::addAll); // ranges are in order and collect keeps partition order
        bm.destroy();
        return TaxonModels.withQValues(all);
    }

    @Override
    public List<TaxonAssociation> taxonTests(AbundanceTable relative, Grouping g, double minPrevalence) {
        Broadcast<PortableTable> bt = jsc.broadcast(new PortableTable(relative));
        List<String> labels = List.copyOf(g.labels());
        int[] codes = g.codes();
        int taxa = relative.taxonCount();
        List<List<TaxonRow>> parts = jsc.parallelize(ranges(taxa, slices(taxa)), slices(taxa)).map(r -> {
            AbundanceTable t = bt.value().table();
            ClrTable clr = new ClrTable(t);
            Grouping gg = new Grouping(labels, codes);
            List<TaxonRow> rows = new ArrayList<>();
            for (int j = r[0]; j < r[1]; j++) {
                if (clr.prevalence(j) < minPrevalence) continue;
                TaxonAssociation a = DifferentialAbundance.testTaxon(t.taxa().get(j).name(), clr.prevalence(j), clr.column(j), gg);
                rows.add(new TaxonRow(j, a.taxon(), a.prevalence(), a.meanClr(), a.effectSize(), a.effectMeasure(), a.test(),
                        a.statistic(), a.pValue()));
            }
            return rows;
        }).collect();
        List<TaxonRow> all = new ArrayList<>();
        parts.forEach(all::addAll);
        all.sort(Comparator.comparingInt(TaxonRow::index));
        bt.destroy();
        return new ArrayList<>(all.stream().map(x -> new TaxonAssociation(x.taxon(), x.prevalence(), x.meanClr(), x.effect(),
                x.measure(), x.test(), x.statistic(), x.p(), Double.NaN)).toList());
    }

    @Override
    public String describe() {
        return "spark " + jsc.master() + " (parallelism " + jsc.defaultParallelism() + ")";
    }
}
