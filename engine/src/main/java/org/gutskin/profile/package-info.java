/**
 * Taxonomic profiles: taxonomy, lineages, ranks and the sparse sample-by-taxon tables every layer above reads. The
 * bottom data layer: it must not import {@code diversity}, {@code index}, {@code cohort}, {@code evidence} or
 * {@code report}.
 */
package org.gutskin.profile;
