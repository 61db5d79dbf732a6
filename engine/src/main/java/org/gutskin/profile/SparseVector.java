package org.gutskin.profile;

/**
 * One sample's non-zero abundances: taxon indices into the table's taxon list, strictly increasing, with their
 * values. A view over the table's arrays: do not modify.
 */
public record SparseVector(int[] index, double[] value, int from, int to) {

    /** Number of non-zero entries. */
    public int size() {
        return to - from;
    }

    public int taxon(int k) {
        return index[from + k];
    }

    public double value(int k) {
        return value[from + k];
    }

    /** Sum of the values. */
    public double sum() {
        double s = 0;
        for (int k = from; k < to; k++) s += value[k];
        return s;
    }
}
