/**
 * The probiotic label checker: reading organisms, strains, doses and claims from label text, matching them against
 * verified trials, and the fixed set of verdicts. May import the {@code evidence} packages and {@code profile};
 * must not import {@code cohort} or {@code report}.
 */
package org.gutskin.evidence.label;
