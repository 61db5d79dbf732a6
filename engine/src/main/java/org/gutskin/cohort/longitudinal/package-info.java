/**
 * The one home of "a subject's samples over time": {@link org.gutskin.cohort.longitudinal.Series} (built from a
 * metadata table with subject and time columns, or from an explicit list of sample ids), and the change measures on
 * it — distances to the first and to the previous sample, and the per-subject summaries of q2-longitudinal's
 * {@code first-distances} and {@code volatility} (Bokulich et al. 2018). Used by {@code cohort} (per-subject summaries
 * tested between groups) and by the follow-up report. May import {@code io}, {@code profile}, {@code diversity} and
 * {@code provenance}; must not import {@code evidence} or {@code report}.
 */
package org.gutskin.cohort.longitudinal;
