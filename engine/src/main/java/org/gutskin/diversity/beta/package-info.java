/**
 * Beta diversity (Bray-Curtis, Jaccard, Aitchison, UniFrac), with the blocked sparse kernel shared by most
 * metrics, pinned against scikit-bio and SciPy. May import {@code profile} and the {@code diversity} packages;
 * must not import {@code index}, {@code cohort}, {@code evidence} or {@code report}.
 */
package org.gutskin.diversity.beta;
