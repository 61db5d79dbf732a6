/**
 * Plots for the cohort outputs (PCoA, box plots, volcano) as SVG and PNG. Self-contained: imports no other gutskin
 * package.
 */
package org.gutskin.cohort.plot;
