package org.gutskin.report.replication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.JoinNames;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.io.InputException;
import org.gutskin.profile.JoinMode;
import org.gutskin.profile.Profile;
import org.gutskin.profile.TableUnion;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.profile.format.ReadOptions;
import org.gutskin.io.ByteSource;
import org.gutskin.provenance.Provenance;

/**
 * One replication report from files: read and unite the cohort's profiles, match the condition's knowledge-base
 * taxa at each fact's rank ({@link AbundanceTable#atRank}, which sums up when a table has no rows at that rank), ask the adjusted models for estimates ({@link EstimateSupplier}; null
 * for a matching-only report), and render {@code replication.tsv} and {@code replication.html}. Provenance: the
 * software and knowledge-base versions, every input's SHA-256, and the models' options the caller gives
 * (formula, strata), in {@code provenance.json} beside the two files.
 */
public final class ReplicationRun {

    private ReplicationRun() {}

    /**
     * Several files are joined as {@code alpha}, {@code beta} and {@code cohort} join them ({@link TableUnion#join}
     * with {@code join} and the knowledge base's synonyms, {@link JoinNames}); the join mode, and the count of
     * reconciled lineages when there are any, are provenance options.
     */
    public static Map<String, byte[]> render(List<Path> files, ReadOptions read, JoinMode join, Path metadata,
            String conditionId, EstimateSupplier models, ReplicationOptions options, Map<String, String> modelOptions) {
        KnowledgeBase kb = KnowledgeBase.get();
        kb.condition(conditionId);
        if (files.isEmpty()) throw new InputException("no profile file given");
        List<AbundanceTable> tables = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        Provenance.Builder prov = Provenance.builder();
        for (Path f : files) {
            Profile p = ProfileFiles.read(f, read);
            tables.add(p.abundance());
            sources.add(f.toString());
            prov.input(p.input().asProvenance());
        }
        if (metadata != null) prov.input(metadata.getFileName().toString(), ByteSource.of(metadata).sha256());
        if (read.taxonomy() != null) prov.input(read.taxonomy().getFileName().toString(), ByteSource.of(read.taxonomy()).sha256());
        prov.option("inputFormat", read.format() == null ? "auto" : read.format().label());
        modelOptions.forEach(prov::option);
        AbundanceTable full = tables.get(0);
        if (tables.size() > 1) {
            TableUnion.Joined j = TableUnion.join(tables, sources, join, JoinNames.of(kb));
            prov.option("join", join.label());
            if (j.summary() != null) prov.option("joinReconciliations", j.summary());
            full = j.table();
        }
        ReplicationResult r = Replication.build(kb, conditionId, full::atRank, models, options, prov);
        return ReplicationOutput.render(r);
    }
}
