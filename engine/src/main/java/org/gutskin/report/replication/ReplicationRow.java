package org.gutskin.report.replication;

import org.gutskin.cohort.model.CoefficientEstimate;
import org.gutskin.profile.Lineage;

/**
 * One knowledge-base taxon fact beside this cohort's estimate: the match, the feature modelled (null when
 * unmatched), the estimate (null when none), the power for the stated effect (NaN when no estimate) and the class.
 */
public record ReplicationRow(TaxonMatch match, Lineage feature, CoefficientEstimate estimate, double power,
        ReplicationClass replicationClass) {}
