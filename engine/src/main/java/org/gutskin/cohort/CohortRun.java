package org.gutskin.cohort;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.model.AdjustedAnalysis;
import org.gutskin.cohort.longitudinal.LongitudinalAnalysis;
import org.gutskin.cohort.longitudinal.LongitudinalRequest;
import org.gutskin.cohort.longitudinal.LongitudinalResult;
import org.gutskin.cohort.longitudinal.SampleLabels;
import org.gutskin.cohort.longitudinal.SeriesReader;
import org.gutskin.cohort.longitudinal.SeriesRules;
import org.gutskin.cohort.longitudinal.SeriesSet;
import org.gutskin.cohort.model.AdjustedResult;
import org.gutskin.cohort.output.CohortOutput;
import org.gutskin.diversity.beta.BetaMetrics;
import org.gutskin.index.HealthIndex;
import org.gutskin.index.IndexApplicability;
import org.gutskin.io.AtomicFiles;
import org.gutskin.io.ByteSource;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
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
        return read(req, new ArrayList<>()).table();
    }

    /**
     * The united table and, per file, its format and its provenance (the checksum taken while it was read); and each
     * sample's profiler ({@link Format#profiler()}, for the series of {@code --subject}/{@code --time}).
     */
    record Read(AbundanceTable table, List<Format> formats, List<Provenance.Input> inputs, Map<String, String> profilers) {}

    /** Reads the request's profiles as one table; the join's reconciliations, if any, become a note. */
    static Read read(CohortRequest req, List<String> notes) {
        List<AbundanceTable> tables = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Format> formats = new ArrayList<>();
        List<Provenance.Input> inputs = new ArrayList<>();
        Map<String, String> profilers = new java.util.HashMap<>();
        for (Path f : req.files()) {
            Profile p = ProfileFiles.read(f, req.readOptions());
            tables.add(p.abundance());
            // a sample id in two files is the join's to resolve; the series only needs the profiler when it is one
            for (String id : p.abundance().sampleIds())
                profilers.merge(id, p.format().profiler(), (a, b) -> a.equals(b) ? a : "");
            sources.add(f.toString());
            formats.add(p.format());
            inputs.add(p.input().asProvenance());
        }
        if (tables.size() == 1) return new Read(tables.get(0), formats, inputs, profilers);
        TableUnion.Joined j = TableUnion.join(tables, sources, req.join(), req.names());
        if (j.summary() != null) notes.add(j.summary() + ".");
        return new Read(j.table(), formats, inputs, profilers);
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
        Read read = read(req, joinNotes);
        AbundanceTable full = read.table();
        AbundanceTable atRank = atRank(req, full);
        CohortDesign d = CohortDesign.of(atRank, md, req.groupColumn());
        List<String> notes = new ArrayList<>(joinNotes);
        notes.addAll(d.notes());
        CohortOptions options = applicableScores(req, read.formats(), full, notes);
        // the series are checked before any heavy work: a bad date or a same-day pair stops the run at once
        SeriesSet series = req.longitudinal() == null ? null : series(req.longitudinal(), md, d, read.profilers());
        CohortResult r = CohortAnalysis.run(d.table(), full.select(d.kept()), d.grouping(), options, backend, notes);
        Provenance prov = CohortProvenance.of(req, read.inputs(), options, backend);
        AdjustedResult adj = req.adjusted() == null ? null : AdjustedAnalysis.run(req.adjusted(), md,
                d.table().normalized(1.0, d.table().kind()), r.scores(), options, backend);
        LongitudinalResult lon = null;
        if (series != null) {
            lon = LongitudinalAnalysis.run(series, d.table().normalized(1.0, d.table().kind()), r.sampleIds(), r.scores(),
                    r.grouping(), options.betaMetrics());
            r = r.withNotes(lon.notes());
        }
        return CohortOutput.render(r, req.groupColumn(), prov, adj, lon);
    }

    /** The series of the analysed samples; samples named in {@code --series-exclude} must exist in the metadata. */
    static SeriesSet series(LongitudinalRequest lr, SampleMetadata md, CohortDesign d, Map<String, String> profilers) {
        for (String id : lr.exclude())
            if (!md.hasRow(id))
                throw new InputException(md.source(), 0, "--series-exclude names sample '" + id + "', which has no row in"
                        + " the metadata");
        java.util.Set<String> analysed = new java.util.HashSet<>(d.table().sampleIds());
        SeriesSet set = SeriesReader.fromMetadata(md, lr.subjectColumn(), lr.timeColumn(), new SeriesRules(analysed::contains,
                new java.util.HashSet<>(lr.exclude()), id -> new SampleLabels(profilers.getOrDefault(id, ""), ""),
                lr.allowMixed()));
        if (set.series().isEmpty())
            throw new InputException(md.source(), 0, "no analysed sample has both a '" + lr.subjectColumn() + "' and a '"
                    + lr.timeColumn() + "' value; per-subject summaries need at least one subject");
        return set;
    }

    /**
     * The request's options without the health indices that do not apply to these profiles
     * ({@link IndexApplicability}: MetaPhlAn 4, Kraken, 16S …), each left out with a note saying why.
     */
    static CohortOptions applicableScores(CohortRequest req, List<Format> formats, AbundanceTable full, List<String> notes) {
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
}
