package org.gutskin.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gutskin.io.AtomicFiles;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.profile.SampleMetadata;
import org.gutskin.report.Accessions;
import org.gutskin.report.ReportOptions;
import org.gutskin.report.model.Accession;
import org.gutskin.report.ReportService;
import org.gutskin.report.ScoredProfile;
import org.gutskin.evidence.triage.AnswerTable;
import org.gutskin.report.ReportRequest;
import org.gutskin.report.TriageProvenance;
import org.gutskin.report.model.Report;
import org.gutskin.report.render.ReportFormat;
import org.gutskin.report.render.ReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gutskin report FILE --sample ID [--skin FILE] [--condition ID] [--answers JSON] --format F -o OUT}, or
 * {@code --all -o DIR} for every sample of the file (parallel, resumable: a report already in DIR is skipped; every
 * file is written atomically so an interrupted batch leaves no partial report).
 */
@Command(name = "report", mixinStandardHelpOptions = true, modelTransformer = RegistryNames.ReportFormatsHelp.class,
        description = {"Writes the evidence-graded gut-skin report of one sample (or of every sample with --all).",
                "Content: red flags and route (urgent-care and clinician-first outrank everything; without"
                        + " answers the route is not-assessed and the report lists the questions), summary, diversity with its"
                        + " percentile among healthy reference samples, GMHI and GMWI2, taxa linked to the conditions,"
                        + " evidence ladders, interventions lane, clinic checklist, provenance. Not medical advice."})
final class ReportCommand implements Callable<Integer> {

    static {
        // PDFBox and HAPI FHIR log their start-up at INFO through slf4j-simple; keep stderr for the user
        if (System.getProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox") == null)
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error");
        if (System.getProperty("org.slf4j.simpleLogger.log.ca.uhn.fhir") == null)
            System.setProperty("org.slf4j.simpleLogger.log.ca.uhn.fhir", "warn");
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "Gut profile file (any supported format).")
    Path file;

    @Parameters(index = "1..*", paramLabel = "MORE", description = "With --series or --time only: further profile"
            + " files of the same person (one file per visit, as labs send them), joined with FILE by taxid (else"
            + " rank and name) as relative abundances.")
    List<Path> more = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "ID", description = "The sample to report on.")
    String sample;

    @Option(names = "--all", description = "Report on every sample of FILE; -o is then a directory.")
    boolean all;

    @Option(names = "--series", paramLabel = "ID", split = ",",
            description = "A follow-up report: the samples of one person (--subject ID), oldest first. Shows diversity,"
                    + " the indices, the metabolite guilds, the top taxa and the Bray-Curtis distance to the first and"
                    + " previous sample over time, each change against the band of day-to-day variation of healthy"
                    + " people (knowledge base change-bands.yaml); red flags and triage apply to the latest sample."
                    + " One sample gives a single-sample report that says so.")
    List<String> series;

    @Option(names = "--time", paramLabel = "COL",
            description = "A follow-up report from --metadata: the column with each sample's collection date (ISO"
                    + " 2026-11-30) or a number (visit, week); the series of --subject ID is read from it by the"
                    + " Series core (the subject's samples in time order; an unparseable time or two samples at one"
                    + " time is bad input naming the row).")
    String time;

    @Option(names = "--subject-column", paramLabel = "COL", description = "With --time: the column naming each"
            + " sample's subject (default: subject).")
    String subjectColumn = "subject";

    @Option(names = "--allow-mixed", description = "A follow-up series may mix profilers or gut and skin samples;"
            + " every affected comparison is labelled (without it such a series is refused).")
    boolean allowMixed;

    @Option(names = "--skin", paramLabel = "FILE", description = "A skin-swab profile to show beside the gut one.")
    Path skin;

    @Option(names = "--functions", paramLabel = "FILE", description = "A HUMAnN 3 table (pathabundance, or gene"
            + " families regrouped to EC): the metabolite section then measures guilds from genes where it can.")
    Path functions;

    @Option(names = "--skin-sample", paramLabel = "ID",
            description = "The skin sample (default: the only one, or the one with the gut sample's id).")
    String skinSample;

    @Option(names = "--condition", paramLabel = "ID", split = ",", completionCandidates = ConditionIds.class,
            description = "Any id of the knowledge base: ${COMPLETION-CANDIDATES} (repeatable; default: the conditions"
                    + " its manifest marks default, the contract's five).")
    List<String> conditions = new ArrayList<>();

    @Option(names = "--answers", paramLabel = "JSON",
            description = {"Triage answers: a JSON file (or inline JSON object) of booleans keyed by the contract's"
                    + " warning-sign questions (list: gutskin evidence --json, or the README). A missing key is 'not"
                    + " asked', never 'no'.",
                    "Route: urgent-care or clinician-first when any answer is true; standard only when every question"
                    + " is answered false; otherwise not-assessed, and the report lists the questions not asked."})
    String answers;

    @Option(names = "--answers-table", paramLabel = "FILE",
            description = "With --all: per-sample triage answers, a TSV (header sample_id, then answer keys; cells"
                    + " true/false, yes/no, 1/0, empty or NA = not asked) or JSON lines ({\"sample_id\": …, keys}).")
    Path answersTable;

    @Mixin
    ReaderAgeOption age;

    @Option(names = "--audience", paramLabel = "WHO", completionCandidates = RegistryNames.AudienceNames.class,
            description = "${COMPLETION-CANDIDATES}: clinician = a summary of at most two printed pages, then the"
                    + " full ladders as an appendix; patient = plain language with a glossary; full (default) = the"
                    + " whole report.")
    String audience;

    @Mixin
    AccessionOptions accession;

    @Option(names = "--metadata", paramLabel = "FILE", description = "With --all: per-sample columns subject,"
            + " collected, received, performer, status (any of them) overriding the options of the same names. "
            + SampleMetadata.HELP)
    Path metadata;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            completionCandidates = RegistryNames.ReportFormatNames.class, description = "${COMPLETION-CANDIDATES}.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Output file (a directory with --all).")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Parallel reports with --all (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    InputOptions input;

    /**
     * One-time set-up on a second thread while this one reads the profile: the bundled knowledge base and reference
     * distribution (both loaded once per JVM, behind a lock, so this thread waits for them rather than loading them
     * twice) and the format's renderer. Any failure there is left for this thread to meet and report as usual.
     */
    private static void prepareAside(ReportFormat fmt) {
        Thread t = new Thread(() -> {
            try {
                org.gutskin.evidence.kb.KnowledgeBase.get();
                org.gutskin.report.reference.ReferenceDistribution.bundled();
                ReportRenderer.prepare(fmt);
                // an HTML report gets its checklist PDF too (write)
                if (fmt == ReportFormat.HTML) ReportRenderer.prepare(ReportFormat.CHECKLIST_PDF);
            } catch (RuntimeException | LinkageError e) {
                // the main thread loads the same things and reports the error
            }
        }, "gutskin-prepare");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public Integer call() throws Exception {
        boolean followUp = series != null || time != null;
        if (followUp) {
            if (series != null && time != null)
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "give either --series IDs or --metadata FILE --time COL, not both");
            if (all || sample != null || answersTable != null)
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "a follow-up report (--series or --time) replaces --sample and --all");
            if (time != null && metadata == null)
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--time names a column of --metadata FILE");
            if (accession.subject == null)
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "a follow-up report needs --subject ID (the person the samples belong to)");
        } else if (allowMixed)
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--allow-mixed goes with --series or --time");
        else if (!more.isEmpty())
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "several profile files go with a follow-up report (--series or --time); for many samples of one"
                            + " table use --all");
        if (!followUp && all == (sample != null))
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "give exactly one of --sample ID or --all");
        if (answersTable != null && (answers != null || !all))
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--answers-table goes with --all and replaces --answers");
        if (metadata != null && !all && !followUp)
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--metadata goes with --all (a single report takes --subject, --collected, --received)");
        age.band(); // before any work: a bad age is a usage error (exit 2), as in 'gutskin evidence'
        // format, conditions, answers, age, audience and accession checked as the service checks its query
        // parameters, before any work (a bad audience or date is bad input, exit 3, naming the value)
        ReportRequest request = accession.applyTo(ReportRequest.parse(format, conditions, answers,
                ReportRequest.AnswersFrom.INLINE_OR_FILE, age.text()).withAudience(audience));
        ReportFormat fmt = request.format();
        prepareAside(fmt);
        SampleMetadata table = metadata == null ? null : SampleMetadata.read(metadata);
        // a follow-up reads its series from the table; --all reads per-sample accessions from it
        SampleMetadata md = followUp ? null : table, seriesTable = followUp ? table : null;
        AnswerTable.Table answerRows = answersTable == null ? null : AnswerTable.read(answersTable);
        Map<String, Map<String, Boolean>> perSample = answerRows == null ? null : answerRows.answers();
        Profile gut = ProfileFiles.read(file, input.readOptions());
        Map<String, String> profilerOf = new HashMap<>(); // each visit's profiler, for the series' mixed-method rule
        for (String id : gut.abundance().sampleIds()) profilerOf.put(id, gut.format().profiler());
        if (!more.isEmpty()) {
            List<Profile> visits = new ArrayList<>(List.of(gut));
            List<String> sources = new ArrayList<>(List.of(file.toString()));
            for (Path f : more) {
                Profile visit = ProfileFiles.read(f, input.readOptions());
                for (String w : visit.warnings()) System.err.println("gutskin: warning: " + f + ": " + w);
                for (String id : visit.abundance().sampleIds()) profilerOf.put(id, visit.format().profiler());
                visits.add(visit);
                sources.add(f.toString());
            }
            gut = org.gutskin.profile.TableUnion.joinProfiles(visits, sources, Joins.names(visits.size()));
        }
        Profile skinProfile = skin == null ? null : ProfileFiles.read(skin, input.readOptions());
        TriageProvenance by = answers == null ? null
                : new TriageProvenance(System.getProperty("user.name"), now(), "cli");
        ReportOptions options = request.options().withSkin(skinProfile, skinSample).withAnswers(request.answers(), by);
        if (functions != null) options = options.withFunctions(org.gutskin.report.metabolite.HumannReader.read(functions));
        ReportService service = new ReportService();
        for (String w : gut.warnings()) System.err.println("gutskin: warning: " + file + ": " + w);
        if (followUp) {
            Report built = new org.gutskin.report.FollowUpService().build(gut, series(gut, seriesTable, profilerOf),
                    options);
            for (String w : built.indices().warnings()) System.err.println("gutskin: warning: " + w);
            write(built, fmt, output);
            return Main.OK;
        }
        if (!all) {
            Report built = service.build(gut, sample, options);
            for (String w : built.indices().warnings()) System.err.println("gutskin: warning: " + w);
            write(built, fmt, output);
            return Main.OK;
        }
        return batch(service, gut, options, fmt, answerRows, md);
    }

    /**
     * The subject's series through the Series core: the --series order, or the --metadata table's subject and time
     * columns (only the samples FILE holds). Each sample is labelled with FILE's profiler and the gut site, so a
     * series is one profiler here; --allow-mixed is passed on for the rules' sake.
     */
    private org.gutskin.cohort.longitudinal.Series series(Profile gut,
            SampleMetadata table, Map<String, String> profilerOf) {
        java.util.function.Function<String, org.gutskin.cohort.longitudinal.SampleLabels> labels =
                id -> new org.gutskin.cohort.longitudinal.SampleLabels(profilerOf.getOrDefault(id, ""), "gut");
        if (series != null)
            return org.gutskin.cohort.longitudinal.SeriesReader.fromList(accession.subject, series, "--series",
                    labels, allowMixed);
        java.util.Set<String> held = new java.util.HashSet<>(gut.abundance().sampleIds());
        var set = org.gutskin.cohort.longitudinal.SeriesReader.fromMetadata(table, subjectColumn, time,
                new org.gutskin.cohort.longitudinal.SeriesRules(held::contains, null, labels, allowMixed));
        return set.series().stream().filter(x -> x.subject().equals(accession.subject)).findFirst()
                .orElseThrow(() -> new InputException(metadata, 0, "no sample of subject '" + accession.subject
                        + "' (column " + subjectColumn + ") with a " + time + " is in " + file));
    }

    /**
     * Writes a report; an HTML or PDF report gets its one-page checklist PDF beside it ({@code NAME.checklist.pdf}),
     * linked from the report, so the checklist is one click away wherever the report goes.
     */
    private static void write(Report r, ReportFormat fmt, Path out) throws java.io.IOException {
        if (fmt == ReportFormat.HTML || fmt == ReportFormat.PDF) {
            Path checklist = checklistBeside(out);
            // the checklist PDF is drawn on a second thread while this one renders the report (they share only the
            // finished, immutable report); the report is written only after the checklist, as before, so a failed
            // checklist leaves no report linking to it
            java.util.concurrent.CompletableFuture<Void> aside = java.util.concurrent.CompletableFuture.runAsync(
                    () -> AtomicFiles.write(checklist, o -> ReportRenderer.render(r, ReportFormat.CHECKLIST_PDF, o)),
                    task -> {
                        Thread t = new Thread(task, "gutskin-checklist");
                        t.setDaemon(true);
                        t.start();
                    });
            Report linked = r.withChecklistLink(checklist.getFileName().toString());
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(1 << 18);
            try {
                ReportRenderer.render(linked, fmt, body);
            } finally {
                try {
                    aside.join();
                } catch (java.util.concurrent.CompletionException e) {
                    if (e.getCause() instanceof RuntimeException x) throw x;
                    if (e.getCause() instanceof Error x) throw x;
                    throw e;
                }
            }
            AtomicFiles.write(out, body.toByteArray());
        } else {
            AtomicFiles.write(out, o -> ReportRenderer.render(r, fmt, o));
        }
    }

    /** {@code report.html} → {@code report.checklist.pdf}, in the same directory. */
    static Path checklistBeside(Path report) {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return report.resolveSibling(stem + ".checklist.pdf");
    }

    /**
     * The batch rule every command follows: a sample with nothing classified gets no report (there is nothing to
     * describe) and one note says which; only when every sample is empty is the file an input error.
     */
    private List<String> nonEmpty(Profile gut, List<String> ids) {
        List<String> kept = new ArrayList<>(), leftOut = new ArrayList<>();
        Map<String, Integer> column = new HashMap<>();
        List<String> columns = gut.abundance().sampleIds();
        for (int c = 0; c < columns.size(); c++) column.put(columns.get(c), c);
        for (String id : ids) {
            Integer c = column.get(id);
            (c != null && org.gutskin.profile.EmptySamples.isEmpty(gut.abundance(), c) ? leftOut : kept).add(id);
        }
        if (kept.isEmpty() && !leftOut.isEmpty())
            throw new InputException(file, 0, "no sample holds classified abundance (" + leftOut.size()
                    + " empty or unclassified-only)");
        String note = org.gutskin.profile.EmptySamples.note(leftOut);
        if (note != null) System.err.println("gutskin: note: " + note);
        return kept;
    }

    private static String now() {
        return java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** Every sample, in parallel; existing reports are kept (resume), new ones written atomically. */
    private int batch(ReportService service, Profile gut, ReportOptions options, ReportFormat fmt,
            AnswerTable.Table answerRows, SampleMetadata md) throws Exception {
        Map<String, Map<String, Boolean>> perSample = answerRows == null ? null : answerRows.answers();
        ScoredProfile scored = service.score(gut, null);
        ScoredProfile skinScored = service.scoreSkin(options);
        List<String> ids = nonEmpty(gut, scored.sampleIds());
        // every sample's accession checked before any file is written: a bad date names the file, sample and column
        Map<String, Accession> accessions = new java.util.HashMap<>();
        if (md != null)
            for (String id : ids) accessions.put(id, Accessions.forSample(md, id, options.accession()));
        if (perSample != null) {
            for (String id : perSample.keySet())
                if (!ids.contains(id))
                    throw new InputException(answersTable, answerRows.lines().get(id), "answers for sample '" + id
                            + "', which " + file
                            + " does not hold");
            long missing = ids.stream().filter(id -> !perSample.containsKey(id)).count();
            if (missing > 0)
                System.err.println("gutskin: note: " + missing + " sample(s) have no row in " + answersTable
                        + ": their reports say not-assessed and list the questions");
        }
        AtomicFiles.directory(output);
        // validate conditions and answers once, before any file is written
        if (!ids.isEmpty()) service.build(scored, ids.get(0), skinScored, options.withSkin(null, null));
        Set<String> names = new HashSet<>();
        List<String[]> todo = new ArrayList<>();
        int skipped = 0;
        for (String id : ids) {
            String name = fileName(id, names) + "." + fmt.extension();
            if (Files.exists(output.resolve(name))) skipped++;
            else todo.add(new String[] {id, name});
        }
        Progress progress = new Progress(System.err, todo.size(), skipped);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String[] t : todo)
                futures.add(pool.submit(() -> {
                    ReportOptions o = perSample == null ? options
                            : options.withAnswers(perSample.getOrDefault(t[0], Map.of()), perSample.containsKey(t[0])
                                    ? new TriageProvenance("answers table " + answersTable.getFileName(), now(),
                                            "batch-file") : null);
                    if (md != null) o = o.withAccession(accessions.get(t[0]));
                    Report r = service.build(scored, t[0], skinScored, o);
                    write(r, fmt, output.resolve(t[1]));
                    progress.step();
                    return null;
                }));
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdownNow();
            progress.done();
        }
        return Main.OK;
    }

    /** A safe, unique file name for a sample id (anything but letters, digits, '.', '-', '_' becomes '_'). */
    static String fileName(String id, Set<String> taken) {
        String base = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) base = "_" + base;
        String name = base;
        for (int k = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); k++) name = base + "-" + k;
        return name;
    }

    /** A one-line progress bar on stderr (redrawn in place), e.g. {@code [#####.....] 50/100 reports (3 skipped)}. */
    static final class Progress {
        private final PrintStream err;
        private final int total;
        private final int skipped;
        private final AtomicInteger done = new AtomicInteger();
        private volatile long last;

        Progress(PrintStream err, int total, int skipped) {
            this.err = err;
            this.total = total;
            this.skipped = skipped;
            draw(0);
        }

        void step() {
            int d = done.incrementAndGet();
            long now = System.nanoTime();
            if (d == total || now - last > 100_000_000L) {
                last = now;
                draw(d);
            }
        }

        synchronized void draw(int d) {
            int width = 30;
            int fill = total == 0 ? width : (int) ((long) d * width / total);
            err.print("\r[" + "#".repeat(fill) + ".".repeat(width - fill) + "] " + d + "/" + total + " reports"
                    + (skipped > 0 ? " (" + skipped + " already done, skipped)" : ""));
            err.flush();
        }

        void done() {
            draw(done.get());
            err.println();
        }
    }
}
