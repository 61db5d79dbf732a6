/**
 * Diversity across samples: feature selection (which rank is measured), rarefaction and distance matrices and rows
 * shared by the alpha and beta metrics. May import {@code profile} only; must not import {@code index}, {@code
 * cohort}, {@code evidence} or {@code report}.
 */
package org.gutskin.diversity;
