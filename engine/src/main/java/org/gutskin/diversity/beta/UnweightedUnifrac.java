package org.gutskin.diversity.beta;

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
            for (int k = 0; k < nodes.size(); k++) if (nodes.value(k) > 0) b.add(nodes.node(k), t.length(nodes.node(k)));
            b.endRow();
        }
        SparseRows rows = b.build();
        double[] w = new double[rows.rows()];
        for (int i = 0; i < w.length; i++) w[i] = rows.sum(i);
        return new DistanceMatrix(table.sampleIds(), MinSumKernel.condensed(rows, threads, (i, j, shared) -> {
            double observed = w[i] + w[j] - shared;
            return observed == 0 ? 0.0 : (w[i] + w[j] - 2 * shared) / observed;
        }));
    }
}
