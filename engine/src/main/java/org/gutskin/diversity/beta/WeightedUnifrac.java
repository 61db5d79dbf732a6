package org.gutskin.diversity.beta;

import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.tree.NodeAbundance;
import org.gutskin.diversity.tree.PhyloTree;
import org.gutskin.diversity.tree.TipMapping;
import org.gutskin.profile.AbundanceTable;

/**
 * Normalized weighted UniFrac (Lozupone, Hamady, Kelley &amp; Knight 2007, doi:10.1128/AEM.01996-06):
 *
 * <pre>
 *   u = Σ_b L_b · |pₐ(b) − p_b(b)|          pₓ(b) = abundance of sample x beneath branch b / its total
 *   d = u / Σ_f δ_f · (pₐ(f) + p_b(f))      δ_f = distance from feature f's node to the root
 * </pre>
 *
 * as scikit-bio's {@code weighted_unifrac(normalized=True)} (its root-to-tip distances include the root's own
 * branch when it has one). Two empty samples: 0 (scikit-bio). Each sample becomes its nodes with values L_b·p(b),
 * so {@link MinSumKernel}'s Σmin gives u = Wₐ + W_b − 2Σmin; the denominator is per sample, Dₐ + D_b.
 */
public final class WeightedUnifrac implements BetaMetric {

    private final TipMapping tree;

    public WeightedUnifrac(TipMapping tree) {
        this.tree = tree;
    }

    @Override
    public String name() {
        return "weighted_unifrac";
    }

    @Override
    public DistanceMatrix compute(AbundanceTable table, int threads) {
        PhyloTree t = tree.tree();
        double[] toRoot = t.rootDistances();
        NodeAbundance nodes = new NodeAbundance(tree);
        SparseRows.Builder b = new SparseRows.Builder(t.size());
        double[] depth = new double[table.sampleCount()];
        for (int s = 0; s < table.sampleCount(); s++) {
            var v = table.sample(s);
            double total = v.sum();
            nodes.project(v);
            for (int k = 0; k < nodes.size(); k++) {
                double x = nodes.value(k);
                if (x > 0) b.add(nodes.node(k), t.length(nodes.node(k)) * (x / total));
            }
            b.endRow();
            double d = 0;
            for (int k = 0; k < v.size(); k++) {
                int node = tree.node(v.taxon(k));
                if (node >= 0) d += toRoot[node] * (v.value(k) / total);
            }
            depth[s] = d;
        }
        SparseRows rows = b.build();
        double[] w = new double[rows.rows()];
        for (int i = 0; i < w.length; i++) w[i] = rows.sum(i);
        return new DistanceMatrix(table.sampleIds(), MinSumKernel.condensed(rows, threads, (i, j, m) -> {
            double u = w[i] + w[j] - 2 * m;
            return u == 0 ? 0.0 : u / (depth[i] + depth[j]);
        }));
    }

    /** This metric's entry in the registry ({@link BetaMetrics}; listed in META-INF/services). */
    public static final class Type extends BetaMetricType.Entry {
        public Type() {
            super("weighted_unifrac", "weighted UniFrac, normalized",
                    Needs.TREE, (tree, pseudocount) -> new WeightedUnifrac(tree));
        }
    }
}
