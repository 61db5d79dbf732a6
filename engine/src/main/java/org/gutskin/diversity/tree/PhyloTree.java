package org.gutskin.diversity.tree;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A rooted tree in postorder arrays: node {@code k}'s children all have indices below {@code k}, the root is the
 * last node. This is the layout of the array-based Fast UniFrac (Hamady, Lozupone &amp; Knight 2010,
 * doi:10.1038/ismej.2009.97): a sample's abundance reaches every ancestor by one pass in index order.
 *
 * <p>{@code length[k]} is the branch length above node {@code k}; a missing length is {@code NaN} (the root's
 * usually is; it counts as 0, as scikit-bio's {@code to_array(nan_length_value=0)} does). Tip names are unique.
 */
public final class PhyloTree {

    private final String source;
    private final int[] parent;
    private final double[] length;
    private final String[] name;
    private final boolean[] tip;
    private final Map<String, Integer> tipByName;
    private double[] rootDistance;

    /**
     * @param parent in postorder: {@code parent[k] > k} for every node but the last, {@code parent[root] = -1}
     * @param source where the tree came from (a file name), for error messages
     */
    public PhyloTree(String source, int[] parent, double[] length, String[] name) {
        int n = parent.length;
        if (n == 0 || length.length != n || name.length != n) throw new IllegalArgumentException("empty or ragged tree");
        this.source = source;
        this.parent = parent;
        this.length = length;
        this.name = name;
        this.tip = new boolean[n];
        Arrays.fill(tip, true);
        for (int k = 0; k < n - 1; k++) {
            if (parent[k] <= k || parent[k] >= n) throw new IllegalArgumentException("node " + k + " is not in postorder");
            tip[parent[k]] = false;
        }
        if (parent[n - 1] != -1) throw new IllegalArgumentException("the last node must be the root");
        this.tipByName = new HashMap<>();
        for (int k = 0; k < n; k++) {
            if (!tip[k] || name[k] == null) continue;
            if (tipByName.put(name[k], k) != null)
                throw new org.gutskin.io.InputException(source, 0, "tip name '" + name[k] + "' occurs twice in the tree", null);
        }
    }

    public String source() {
        return source;
    }

    public int size() {
        return parent.length;
    }

    public int root() {
        return parent.length - 1;
    }

    public int parent(int k) {
        return parent[k];
    }

    public boolean isTip(int k) {
        return tip[k];
    }

    public String name(int k) {
        return name[k];
    }

    /** Branch length above node {@code k}; 0 for a missing root length. */
    public double length(int k) {
        double l = length[k];
        return Double.isNaN(l) ? 0.0 : l;
    }

    /** True when the input gave a length for this node's branch. */
    public boolean hasLength(int k) {
        return !Double.isNaN(length[k]);
    }

    /** The tip with this name, or -1. */
    public int tip(String tipName) {
        return tipByName.getOrDefault(tipName, -1);
    }

    public int tipCount() {
        return tipByName.size();
    }

    /**
     * Distance from each node to the root, the root's own length included (scikit-bio's {@code _tip_distances}
     * adds lengths from the root down in preorder, root included); used by normalized weighted UniFrac.
     */
    public synchronized double[] rootDistances() {
        if (rootDistance == null) {
            int n = size();
            double[] d = new double[n];
            d[n - 1] = length(n - 1);
            for (int k = n - 2; k >= 0; k--) d[k] = length(k) + d[parent[k]];
            rootDistance = d;
        }
        return rootDistance;
    }
}
