package org.gutskin.diversity.beta;

import java.util.Arrays;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.tree.NodeAbundance;
import org.gutskin.diversity.tree.PhyloTree;
import org.gutskin.diversity.tree.TipMapping;
import org.gutskin.profile.AbundanceTable;

/**
 * Unweighted UniFrac (Lozupone &amp; Knight 2005, doi:10.1128/AEM.71.12.8228-8235.2005): the branch length
 * leading to features of only one sample over the branch length leading to features of either,
 * Σ_b L_b·[b under A xor B] / Σ_b L_b·[b under A or B]; scikit-bio's {@code unweighted_unifrac} (the root's own
 * branch counts when the tree gives it a length). No branch under either sample: 0 (scikit-bio).
 *
 * <p>Each sample becomes the set of tree nodes above its features, weighted by branch length, so
 * {@link MinSumKernel}'s Σmin is the shared branch length I and the distance is (Wₐ + W_b − 2I)/(Wₐ + W_b − I).
 * When the tree has at most four distinct branch lengths (a taxonomy tree has one) and the bit sets are smaller
 * than the node lists, {@link PresenceBitsKernel} computes I with popcounts instead.
 */
public final class UnweightedUnifrac implements BetaMetric {

    private final TipMapping tree;

    public UnweightedUnifrac(TipMapping tree) {
        this.tree = tree;
    }

    @Override
    public String name() {
        return "unweighted_unifrac";
    }

    @Override
    public DistanceMatrix compute(AbundanceTable table, int threads) {
        PhyloTree t = tree.tree();
        NodeAbundance nodes = new NodeAbundance(tree);
        SparseRows.Builder b = new SparseRows.Builder(t.size());
        for (int s = 0; s < table.sampleCount(); s++) {
            nodes.project(table.sample(s));
            for (int k = 0; k < nodes.size(); k++)
                if (nodes.value(k) > 0 && t.length(nodes.node(k)) > 0) b.add(nodes.node(k), t.length(nodes.node(k)));
            b.endRow();
        }
        SparseRows rows = b.build();
        double[] w = new double[rows.rows()];
        for (int i = 0; i < w.length; i++) w[i] = rows.sum(i);
        MinSumKernel.Finish finish = (i, j, shared) -> {
            double observed = w[i] + w[j] - shared;
            return observed == 0 ? 0.0 : (w[i] + w[j] - 2 * shared) / observed;
        };
        double[] lengths = new double[t.size()];
        for (int k = 0; k < lengths.length; k++) lengths[k] = t.length(k);
        double[] classes = PresenceBitsKernel.lengthClasses(lengths, 4);
        int words = (t.size() + 63) / 64;
        double perSample = rows.rows() == 0 ? 0 : (double) rows.column().length / rows.rows();
        if (classes != null && classes.length > 0 && (double) classes.length * words < perSample / 2) {
            // few distinct lengths (a taxonomy tree): bit sets; the row sums are recomputed exactly per class
            int stride = words * classes.length;
            long[] bits = new long[rows.rows() * stride];
            for (int s = 0; s < rows.rows(); s++) {
                double[] perClass = new double[classes.length];
                for (int k = rows.start()[s]; k < rows.start()[s + 1]; k++) {
                    int node = rows.column()[k];
                    int c = Arrays.binarySearch(classes, t.length(node));
                    bits[s * stride + c * words + (node >>> 6)] |= 1L << (node & 63);
                    perClass[c]++;
                }
                double sum = 0;
                for (int c = 0; c < classes.length; c++) sum += classes[c] * perClass[c];
                w[s] = sum;
            }
            return new DistanceMatrix(table.sampleIds(),
                    PresenceBitsKernel.condensed(bits, rows.rows(), words, classes, threads, finish));
        }
        return new DistanceMatrix(table.sampleIds(), MinSumKernel.condensed(rows, threads, finish));
    }

    /** This metric's entry in the registry ({@link BetaMetrics}; listed in META-INF/services). */
    public static final class Type extends BetaMetricType.Entry {
        public Type() {
            super("unweighted_unifrac", "unweighted UniFrac (presence/absence on the tree)",
                    Needs.TREE, (tree, pseudocount) -> new UnweightedUnifrac(tree));
        }
    }
}
