package org.gutskin.cohort;

import java.util.List;

/**
 * A principal-coordinates ordination: {@code coordinates[i][a]} is sample i on axis a (PC1 first), eigenvalues
 * descending, and each axis's share of the total positive eigenvalue sum.
 */
public record Ordination(List<String> ids, double[] eigenvalues, double[] proportionExplained, double[][] coordinates) {

    public int axes() {
        return eigenvalues.length;
    }
}
