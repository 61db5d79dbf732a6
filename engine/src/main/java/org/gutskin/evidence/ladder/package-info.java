/**
 * The evidence ladder and the certainty rule: trial lanes by age band and purpose, GRADE-like downgrades and the
 * wording each certainty allows. May import {@code evidence.kb}; must not import {@code cohort} or {@code report}.
 */
package org.gutskin.evidence.ladder;
