package org.gutskin.diversity.beta;

import java.util.Arrays;

/**
 * Samples as compressed sparse rows over some dimension (features of a table, or nodes of a tree):
 * row {@code i} holds columns {@code column[start[i]..start[i+1])}, strictly increasing, with their values.
 * The compact, read-only form the pairwise kernels stream through.
 */
public record SparseRows(int dimension, int[] start, int[] column, double[] value) {

    public int rows() {
        return start.length - 1;
    }

    /** Σ of row {@code i}'s values, added in column order (the order the kernels use, so identical rows agree bitwise). */
    public double sum(int i) {
        double s = 0;
        for (int k = start[i]; k < start[i + 1]; k++) s += value[k];
        return s;
    }

    /** Appends rows one at a time. */
    public static final class Builder {
        private final int dimension;
        private int[] start = new int[17];
        private int[] column = new int[1024];
        private double[] value = new double[1024];
        private int rows, size;

        public Builder(int dimension) {
            this.dimension = dimension;
        }

        /** Adds one entry to the current row; columns must come in increasing order. */
        public Builder add(int col, double v) {
            if (size == column.length) {
                column = Arrays.copyOf(column, size * 2);
                value = Arrays.copyOf(value, size * 2);
            }
            column[size] = col;
            value[size++] = v;
            return this;
        }

        /** Closes the current row. */
        public Builder endRow() {
            if (rows + 2 > start.length) start = Arrays.copyOf(start, start.length * 2);
            start[++rows] = size;
            return this;
        }

        public SparseRows build() {
            return new SparseRows(dimension, Arrays.copyOf(start, rows + 1), Arrays.copyOf(column, size),
                    Arrays.copyOf(value, size));
        }
    }
}
