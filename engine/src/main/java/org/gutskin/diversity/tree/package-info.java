/**
 * Phylogenetic trees for Faith's PD and UniFrac: the Newick parser, the taxonomy-derived tree and the mapping of
 * features to tips. May import {@code profile} only.
 */
package org.gutskin.diversity.tree;
