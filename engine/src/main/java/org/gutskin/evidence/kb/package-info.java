/**
 * The knowledge base: loading and validating the cited, versioned YAML files (conditions, trials, citations, red
 * flags, nomenclature, guilds) and the typed facts other layers read; see {@code docs/evidence.md}. May import
 * {@code profile}; must not import {@code cohort} or {@code report}.
 */
package org.gutskin.evidence.kb;
