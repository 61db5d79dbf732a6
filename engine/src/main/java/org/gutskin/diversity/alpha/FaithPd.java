package org.gutskin.diversity.alpha;

import org.gutskin.diversity.tree.PhyloTree;
import org.gutskin.diversity.tree.TipMapping;
import org.gutskin.profile.SparseVector;

/**
 * Faith's phylogenetic diversity PD = Σ_b L_b over the branches b with at least one observed feature beneath,
 * i.e. the total branch length of the subtree spanning the observed features up to and including the root's
 * own branch when the tree gives one (Faith 1992, doi:10.1016/0006-3207(92)91201-3); scikit-bio
 * {@code faith_pd}. Empty sample: 0.
 *
 * <p>Only presence matters, so each observed feature walks up the tree until it meets a node already counted
 * for this sample: O(branches in the spanned subtree) per sample, no sorting. Nodes are stamped with a per-call
 * number instead of being cleared.
 */
public final class FaithPd implements AlphaMetric {

    private final TipMapping mapping;
    private final ThreadLocal<int[]> stamps;
    private final ThreadLocal<int[]> counter = ThreadLocal.withInitial(() -> new int[1]);

    public FaithPd(TipMapping mapping) {
        this.mapping = mapping;
        this.stamps = ThreadLocal.withInitial(() -> new int[mapping.tree().size()]);
    }

    @Override
    public String name() {
        return "faith_pd";
    }

    @Override
    public double of(SparseVector v) {
        int[] stamp = stamps.get();
        int[] c = counter.get();
        if (++c[0] == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamp, 0);
            c[0] = 1;
        }
        int me = c[0];
        PhyloTree tree = mapping.tree();
        double pd = 0;
        for (int k = 0; k < v.size(); k++) {
            if (!(v.value(k) > 0)) continue;
            for (int x = mapping.node(v.taxon(k)); x >= 0 && stamp[x] != me; x = tree.parent(x)) {
                stamp[x] = me;
                pd += tree.length(x);
            }
        }
        return pd;
    }

    /** This metric's entry in the registry ({@link AlphaMetrics}; listed in META-INF/services). */
    public static final class Type extends AlphaMetricType.Entry {
        public Type() {
            super("faith_pd", "Faith's phylogenetic diversity, the branch length spanned by the features present",
                    Needs.TREE, (base, tree) -> new FaithPd(tree));
        }
    }
}
