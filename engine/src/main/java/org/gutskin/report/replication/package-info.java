/**
 * The replication report ({@code gutskin replicate}): knowledge-base taxon associations beside a cohort's adjusted
 * estimates, power and class. Must not import the {@code cli}, {@code server} or {@code spark} doors.
 */
package org.gutskin.report.replication;
