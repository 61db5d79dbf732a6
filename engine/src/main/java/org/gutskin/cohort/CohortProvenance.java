package org.gutskin.cohort;

import java.nio.file.Path;
import java.util.List;
import org.gutskin.io.ByteSource;
import org.gutskin.cohort.model.AdjustedRequest;
import org.gutskin.index.HealthIndex;
import org.gutskin.provenance.Provenance;

/**
 * The provenance of a cohort run: every profile file, the metadata and the taxonomy (when given) with their SHA-256, the health-index models
 * among the scores that were computed, the engine, and the effective options (after left-out indices), in the
 * order the command line documents them.
 */
final class CohortProvenance {

    private CohortProvenance() {}

    static Provenance of(CohortRequest req, List<Provenance.Input> profiles, CohortOptions effective, CohortBackend backend) {
        Provenance.Builder b = Provenance.builder();
        b.inputs(profiles);
        b.input(req.metadata().getFileName().toString(), ByteSource.of(req.metadata()).sha256());
        Path taxonomy = req.readOptions().taxonomy();
        if (taxonomy != null) b.input(taxonomy.getFileName().toString(), ByteSource.of(taxonomy).sha256());
        for (String score : effective.alphaMetrics())
            if (HealthIndex.names().contains(score)) b.model(score, HealthIndex.named(score).model().asProvenance());
        b.engine(backend.describe());
        b.option("group", req.groupColumn())
                .option("rank", effective.rank().label())
                .option("scores", effective.alphaMetrics())
                .option("metrics", effective.betaMetrics())
                .option("permutations", effective.permutations())
                .option("seed", effective.seed())
                .option("minPrevalence", effective.minPrevalence())
                .option("axes", effective.axes())
                .option("inputFormat", req.readOptions().format() == null ? "auto" : req.readOptions().format().label())
                .option("samplesAsRows", req.readOptions().samplesAsRows() ? true : null);
        AdjustedRequest adj = req.adjusted();
        if (adj != null)
            b.option("formula", adj.formula()).option("strata", adj.strata()).option("missing", adj.missing().name().toLowerCase(java.util.Locale.ROOT))
                    .option("references", adj.references().isEmpty() ? null : new java.util.TreeMap<>(adj.references()))
                    .option("standardize", adj.standardize());
        var lon = req.longitudinal();
        if (lon != null)
            b.option("subject", lon.subjectColumn()).option("time", lon.timeColumn())
                    .option("seriesExclude", lon.exclude().isEmpty() ? null : lon.exclude())
                    .option("allowMixed", lon.allowMixed() ? true : null);
        return b.build();
    }
}
