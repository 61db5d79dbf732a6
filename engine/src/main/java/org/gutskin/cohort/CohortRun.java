package org.gutskin.cohort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.model.AdjustedAnalysis;
import org.gutskin.cohort.model.AdjustedResult;
import org.gutskin.cohort.output.CohortOutput;
import org.gutskin.diversity.beta.BetaMetrics;
import org.gutskin.index.HealthIndex;
import org.gutskin.index.IndexApplicability;
import org.gutskin.io.AtomicFiles;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.profile.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.profile.SampleMetadata;
import org.gutskin.profile.TableUnion;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.provenance.Provenance;

/**
 * One cohort command from files to output directory, whichever engine runs the heavy steps: read and unite
 * the profiles, collapse to the rank, match the metadata, analyse, render every output, then write them.
 * The command line and the Spark job both call {@link #execute}.
 */
public final class CohortRun {

    private CohortRun() {}

    /** Validates the metric names before any work (an unknown name is an {@link InputException}). */
    public static void checkMetrics(CohortOptions o) {
        for (String m : o.betaMetrics()) {
            if (!BetaMetrics.exists(m))
                throw new InputException("unknown --metric '" + m + "'; known: " + String.join(", ", BetaMetrics.names()));
            if (BetaMetrics.needsTree(m))
                throw new InputException("--metric " + m + " needs a tree, which the cohort command does not take; use "
                        + "one of " + String.join(", ", BetaMetrics.treeless()));
        }
        for (String m : o.alphaMetrics())
            if (!SampleScoring.isKnown(m))
                throw new InputException("score '" + m + "' is not available for cohorts: use "
                        + String.join(", ", SampleScoring.names()) + " (relative abundances, no tree)");
    }

    /** Reads the request's profiles as one table, as read (all ranks). */
    public static AbundanceTable readTable(CohortRequest req) {
        return readTable(req, new ArrayList<>());
    }

    /** Reads the request's profiles as one table; the join's reconciliations, if any, become a note. */
    static AbundanceTable readTable(CohortRequest req, List<String> notes) {
        List<AbundanceTable> tables = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Path f : req.files()) {
            Profile p = ProfileFiles.read(f, req.readOptions());
            tables.add(p.abundance());
            sources.add(f.toString());
        }
        if (tables.size() == 1) return tables.get(0);
        TableUnion.Joined j = TableUnion.join(tables, sources, req.join(), req.names());
        if (j.summary() != null) notes.add(j.summary() + ".");
        return j.table();
    }

    /** The table at the request's rank, or an {@link InputException} when the profiles have no taxon there. */
    public static AbundanceTable atRank(CohortRequest req, AbundanceTable full) {
        AbundanceTable atRank = full.atRank(req.options().rank());
        if (atRank.taxonCount() == 0)
            throw new InputException(req.files().get(0), 0, "no taxon at rank " + req.options().rank().label()
                    + " in the profiles; choose another --rank");
        return atRank;
    }

    public static Map<String, byte[]> analyse(CohortRequest req, CohortBackend backend) {
        checkMetrics(req.options());
        SampleMetadata md = SampleMetadata.read(req.metadata());
        md.column(req.groupColumn());
        List<String> joinNotes = new ArrayList<>();
        AbundanceTable full = readTable(req, joinNotes);
        AbundanceTable atRank = atRank(req, full);
        CohortDesign d = CohortDesign.of(atRank, md, req.groupColumn());
        List<String> notes = new ArrayList<>(joinNotes);
        notes.addAll(d.notes());
        CohortOptions options = applicableScores(req, full, notes);
        CohortResult r = CohortAnalysis.run(d.table(), full.select(d.kept()), d.grouping(), options, backend, notes);
        Provenance prov = CohortProvenance.of(req, options, backend);
        AdjustedResult adj = req.adjusted() == null ? null : AdjustedAnalysis.run(req.adjusted(), md,
                d.table().normalized(1.0, d.table().kind()), r.scores(), options, backend);
        return CohortOutput.render(r, req.groupColumn(), prov, adj);
    }

    /**
     * The request's options without the health indices that do not apply to these profiles
     * ({@link IndexApplicability}: MetaPhlAn 4, Kraken, 16S …), each left out with a note saying why.
     */
    static CohortOptions applicableScores(CohortRequest req, AbundanceTable full, List<String> notes) {
        List<Format> formats = new ArrayList<>();
        for (Path f : req.files()) {
            try {
                formats.add(req.readOptions().format() != null ? req.readOptions().format() : ProfileFiles.detect(f));
            } catch (IOException e) {
                throw new InputException(f.toString(), 0, "cannot read: " + e.getMessage(), e);
            }
        }
        List<String> kept = new ArrayList<>();
        for (String name : req.options().alphaMetrics()) {
            if (HealthIndex.names().contains(name)) {
                String why = IndexApplicability.notApplicable(HealthIndex.named(name), formats, full);
                if (why != null) {
                    notes.add(name + " left out: " + why + ".");
                    continue;
                }
            }
            kept.add(name);
        }
        return kept.size() == req.options().alphaMetrics().size() ? req.options() : req.options().withAlphaMetrics(kept);
    }

    public static void execute(CohortRequest req, CohortBackend backend) {
        AtomicFiles.writeDirectory(req.outputDirectory(), analyse(req, backend));
    }

    /**
     * The local engine with the diversity layer's metrics (Shannon in base e). A large cohort's matrix is kept in
     * memory while it takes at most 60 % of the heap; beyond that its rows are recomputed in every pass.
     */
    public static CohortBackend localBackend() {
        return localBackend((long) (0.60 * Runtime.getRuntime().maxMemory()));
    }

    /** The local engine keeping a large cohort's matrix in memory up to {@code storeBytes} (0: always recompute rows). */
    public static CohortBackend localBackend(long storeBytes) {
        int threads = Runtime.getRuntime().availableProcessors();
        double c = org.gutskin.diversity.beta.Aitchison.DEFAULT_PSEUDOCOUNT;
        return new LocalCohortBackend(SampleScoring::compute,
                (t, metric) -> BetaMetrics.create(metric, null, c).compute(t, threads),
                (t, metric) -> BetaMetrics.create(metric, null, c).rows(t), storeBytes);
    }

    static String sha256(Path f) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest md = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new InputException(f.toString(), 0, "cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
