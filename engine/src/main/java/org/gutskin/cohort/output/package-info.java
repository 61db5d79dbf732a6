/**
 * Writes a cohort analysis to its output directory: the TSV tables, the plots and the summary and adjusted HTML
 * pages. Must not import {@code evidence} or {@code report}.
 */
package org.gutskin.cohort.output;
