/**
 * The published gut health indices GMHI and GMWI2, their model resources with provenance, and the one rule for
 * where an index may speak ({@link org.gutskin.index.IndexApplicability}). May import {@code profile} and {@code
 * diversity}; must not import {@code cohort}, {@code evidence} or {@code report}.
 */
package org.gutskin.index;
