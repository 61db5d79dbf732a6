package org.gutskin.report.replication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.InputException;
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

    public static Map<String, byte[]> render(List<Path> files, ReadOptions read, Path metadata, String conditionId,
            EstimateSupplier models, ReplicationOptions options, Map<String, String> modelOptions) {
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
        AbundanceTable full = tables.size() == 1 ? tables.get(0) : TableUnion.of(tables, sources);
        ReplicationResult r = Replication.build(kb, conditionId, full::atRank, models, options, prov);
        return ReplicationOutput.render(r);
    }
}
