/**
 * Alpha diversity metrics, one class per metric with its formula and DOI in the doc comment, pinned against
 * scikit-bio. May import {@code profile} and {@code diversity.tree}; must not import {@code index}, {@code
 * cohort}, {@code evidence} or {@code report}.
 */
package org.gutskin.diversity.alpha;
