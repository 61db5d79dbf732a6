package org.gutskin.diversity.tree;

import java.util.Arrays;
import org.gutskin.profile.SparseVector;

/**
 * One sample's abundance carried up a tree: the nodes with abundance below them (ascending = postorder, so a
 * node follows its children) and that abundance, the sum over the features beneath — scikit-bio's
 * {@code _nodes_by_counts}. Only the observed subtree is touched, so a sample of 150 species on a tree of
 * 10,000 nodes costs a few hundred steps, not 10,000.
 *
 * <p>Not thread-safe: one instance per thread (it keeps its scratch arrays).
 */
public final class NodeAbundance {

    private final TipMapping mapping;
    private final double[] acc;
    private final boolean[] mark;
    private int[] nodes = new int[64];
    private int size;

    public NodeAbundance(TipMapping mapping) {
        this.mapping = mapping;
        this.acc = new double[mapping.tree().size()];
        this.mark = new boolean[mapping.tree().size()];
    }

    /** Projects a sample; read the result with {@link #size}, {@link #node}, {@link #value} until the next call. */
    public void project(SparseVector v) {
        clear();
        PhyloTree tree = mapping.tree();
        for (int k = 0; k < v.size(); k++) {
            int x = mapping.node(v.taxon(k));
            if (x < 0) continue; // not on the tree; TipMapping has made sure such a feature is absent everywhere
            acc[x] += v.value(k);
            while (x >= 0 && !mark[x]) {
                mark[x] = true;
                if (size == nodes.length) nodes = Arrays.copyOf(nodes, size * 2);
                nodes[size++] = x;
                x = tree.parent(x);
            }
        }
        Arrays.sort(nodes, 0, size);
        for (int i = 0; i < size; i++) {
            int p = tree.parent(nodes[i]);
            if (p >= 0) acc[p] += acc[nodes[i]];
        }
    }

    public int size() {
        return size;
    }

    public int node(int i) {
        return nodes[i];
    }

    public double value(int i) {
        return acc[nodes[i]];
    }

    private void clear() {
        for (int i = 0; i < size; i++) {
            acc[nodes[i]] = 0;
            mark[nodes[i]] = false;
        }
        size = 0;
    }
}
