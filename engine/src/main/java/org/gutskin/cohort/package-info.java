/**
 * Cohort statistics: group comparisons, PERMANOVA and PERMDISP (whole-matrix and row-wise), PCoA, differential
 * abundance, adjusted models and the {@link org.gutskin.cohort.CohortBackend} seam the Spark engine plugs into.
 * May import {@code profile}, {@code diversity}, {@code index} and {@code provenance}; must not import {@code
 * evidence} or {@code report}.
 */
package org.gutskin.cohort;
