package org.gutskin.cohort.model;

import java.util.List;

/**
 * One term of a model formula as it enters the design matrix: a factor's treatment-coded indicator columns (one
 * per level after the reference level) or a numeric covariate's single column. {@code columns[c][i]} is the value
 * of column {@code c} for sample {@code i}; {@code columnNames} name them as R does ({@code DiseasePsoriasis}).
 */
public record DesignTerm(String name, boolean factor, List<String> columnNames, double[][] columns) {

    public DesignTerm {
        columnNames = List.copyOf(columnNames);
        if (columnNames.size() != columns.length) throw new IllegalArgumentException("one name per column");
    }

    public int degreesOfFreedom() {
        return columns.length;
    }
}
