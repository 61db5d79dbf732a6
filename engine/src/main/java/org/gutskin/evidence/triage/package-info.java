/**
 * Safety first: the warning-sign questions, the four routes, answer tables and the free-text question router; see
 * {@code docs/safety.md}. May import {@code evidence.kb}, {@code evidence.text} and {@code profile}; must not
 * import {@code cohort} or {@code report}.
 */
package org.gutskin.evidence.triage;
