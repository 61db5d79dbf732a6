package org.gutskin.report.replication;

import java.util.List;
import org.gutskin.cohort.model.CoefficientEstimate;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Rank;

/**
 * Where the replication report gets the cohort's adjusted per-taxon estimates: the lead connects the adjusted
 * models here. {@code table} is the cohort table at {@code rank} as {@link ModellingFeatures#at} prepares it (rows
 * that match one knowledge-base taxon already summed into one feature); the supplier fits its model to every feature
 * of that table and returns one {@link CoefficientEstimate} per feature and design column, with the Benjamini–Hochberg
 * q-values the models compute (MaAsLin2's family: every taxon × coefficient row of the table together). Only the
 * estimates of {@link ReplicationOptions#column()} are read. {@code response} must be the feature's own name
 * ({@code Lineage.name()}, as {@code TaxonModels} writes it) or its MetaPhlAn lineage string.
 */
@FunctionalInterface
public interface EstimateSupplier {

    List<CoefficientEstimate> estimates(Rank rank, AbundanceTable table);

    /**
     * Estimates computed elsewhere, per rank, on the plain rank tables: features summed by {@link ModellingFeatures}
     * (several rows for one taxon) then have no estimate and are reported as such.
     */
    static EstimateSupplier perRank(java.util.function.Function<Rank, List<CoefficientEstimate>> byRank) {
        return (rank, table) -> byRank.apply(rank);
    }
}
