package org.gutskin.diversity.alpha;

import org.gutskin.diversity.tree.NodeAbundance;
import org.gutskin.diversity.tree.PhyloTree;
import org.gutskin.diversity.tree.TipMapping;
import org.gutskin.profile.SparseVector;

/**
 * Faith's phylogenetic diversity PD = Σ_b L_b over the branches b with at least one observed feature beneath,
 * i.e. the total branch length of the subtree spanning the observed features up to and including the root's
 * own branch when the tree gives one (Faith 1992, doi:10.1016/0006-3207(92)91201-3); scikit-bio
 * {@code faith_pd}. Empty sample: 0.
 */
public final class FaithPd implements AlphaMetric {

    private final TipMapping mapping;
    private final ThreadLocal<NodeAbundance> scratch;

    public FaithPd(TipMapping mapping) {
        this.mapping = mapping;
        this.scratch = ThreadLocal.withInitial(() -> new NodeAbundance(mapping));
    }

    @Override
    public String name() {
        return "faith_pd";
    }

    @Override
    public double of(SparseVector v) {
        NodeAbundance nodes = scratch.get();
        nodes.project(v);
        PhyloTree tree = mapping.tree();
        double pd = 0;
        for (int i = 0; i < nodes.size(); i++) if (nodes.value(i) > 0) pd += tree.length(nodes.node(i));
        return pd;
    }
}
