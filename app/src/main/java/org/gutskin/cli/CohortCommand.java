package org.gutskin.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gutskin.cohort.CohortOptions;
import org.gutskin.cohort.CohortRequest;
import org.gutskin.cohort.CohortRequestJson;
import org.gutskin.cohort.CohortRun;
import org.gutskin.cohort.longitudinal.LongitudinalRequest;
import org.gutskin.profile.Rank;
import org.gutskin.profile.SampleMetadata;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gutskin cohort FILE... --metadata TSV --group COLUMN [--metric braycurtis] [--rank species]
 * [--subject COLUMN --time COLUMN] [--engine local|spark] -o DIR}: group comparison of a cohort (see {@link CohortRun}),
 * with per-subject change summaries when subject and time columns are named. With
 * {@code --engine spark} the same analysis runs as Spark jobs in the separate {@code spark} module
 * ({@link SparkLauncher}).
 */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = {"Compare groups of a cohort: alpha diversity with Kruskal-Wallis (and Mann-Whitney for two groups), "
                + "PERMANOVA and PERMDISP on a beta metric with PCoA, per-taxon differential abundance (CLR + rank test, "
                + "Benjamini-Hochberg), plots and summary.html in DIR.",
                "Defaults: species rank, each sample renormalised to sum 1 over that rank, Bray-Curtis, 999 permutations, Shannon in base e."})
final class CohortCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Profile files (any supported format).")
    List<Path> files;

    @Option(names = "--metadata", required = true, paramLabel = "FILE",
            description = "Sample metadata: " + SampleMetadata.HELP)
    Path metadata;

    @Option(names = "--group", required = true, paramLabel = "COLUMN", description = "The metadata column that defines the groups.")
    String group;

    @Option(names = "--metric", split = ",", paramLabel = "NAME", defaultValue = CohortOptions.DEFAULT_BETA,
            completionCandidates = RegistryNames.TreelessBetaMetricNames.class,
            description = "Beta metric(s), comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); the first is ordinated.")
    List<String> metrics;

    @Option(names = "--alpha", split = ",", paramLabel = "NAME", defaultValue = CohortOptions.DEFAULT_SCORES,
            completionCandidates = RegistryNames.CohortScoreNames.class,
            description = "Per-sample scores compared between groups, alpha metrics and indices: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; Shannon in base e).")
    List<String> alpha;

    @Option(names = "--rank", defaultValue = CohortOptions.DEFAULT_RANK, paramLabel = "RANK", description = "Taxonomic rank (default: ${DEFAULT-VALUE}).")
    String rank;

    @Option(names = "--permutations", defaultValue = CohortOptions.DEFAULT_PERMUTATIONS, description = "Permutations for PERMANOVA and PERMDISP (default: ${DEFAULT-VALUE}).")
    int permutations;

    @Option(names = "--seed", defaultValue = CohortOptions.DEFAULT_SEED, description = "Seed of the permutations (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-prevalence", defaultValue = CohortOptions.DEFAULT_MIN_PREVALENCE,
            description = "Test only taxa present in at least this fraction of samples (default: ${DEFAULT-VALUE}).")
    double minPrevalence;

    @Option(names = "--engine", defaultValue = "local", paramLabel = "local|spark",
            description = "local (this JVM, default) or spark (the gutskin-spark job; see README).")
    String engine;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master for --engine spark (default: ${DEFAULT-VALUE}).")
    String master;

    @Mixin
    ModelOptions model;

    @Option(names = "--subject", paramLabel = "COLUMN",
            description = "With --time: the metadata column naming each sample's subject; writes per-subject change"
                    + " summaries (longitudinal*.tsv) and tests them between the groups.")
    String subject;

    @Option(names = "--time", paramLabel = "COLUMN",
            description = "With --subject: the metadata column of each sample's collection date (ISO yyyy-mm-dd; slopes"
                    + " per day) or time as a number (e.g. a visit number; slopes per its unit).")
    String time;

    @Option(names = "--series-exclude", split = ",", paramLabel = "ID",
            description = "Samples left out of the subjects' series, e.g. technical replicates sharing a date with their"
                    + " original (two samples of a subject at one time are refused); the group comparison keeps them.")
    List<String> seriesExclude;

    @Option(names = "--allow-mixed",
            description = "Build series that mix profilers (e.g. MetaPhlAn and Bracken files) instead of refusing them;"
                    + " every such comparison is labelled.")
    boolean allowMixed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output directory.")
    Path output;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Option(names = "--save-request", paramLabel = "FILE",
            description = "With --engine spark: write the checked request as JSON to FILE and stop, to submit the job on a"
                    + " cluster (spark-submit … gutskin-spark.jar --request FILE; see docs/methods.md).")
    Path saveRequest;

    @Override
    public Integer call() {
        CohortRequest request = request();
        switch (engine) {
            case "local" -> {
                if (saveRequest != null)
                    throw new CommandLine.ParameterException(spec.commandLine(), "--save-request goes with --engine spark");
                CohortRun.execute(request, CohortRun.localBackend());
                return Main.OK;
            }
            case "spark" -> {
                CohortRun.checkMetrics(request.options());
                if (saveRequest != null) {
                    CohortRequestJson.write(request, saveRequest);
                    return Main.OK;
                }
                return SparkLauncher.run(spec, master, request);
            }
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--engine must be local or spark, not '" + engine + "'");
        }
    }

    /** The request, checked once: the local engine runs it, the Spark job gets it as JSON ({@link CohortRequestJson}). */
    CohortRequest request() {
        Rank r = Rank.ofLabel(rank).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown --rank '" + rank + "'"));
        CohortOptions o;
        try {
            o = new CohortOptions(r, alpha, metrics, permutations, seed, minPrevalence, CohortOptions.DEFAULT_AXES);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return new CohortRequest(files, input.readOptions(), metadata, group, o, output, model.request(spec),
                input.joinMode(), Joins.names(files.size()), longitudinal());
    }

    /** The per-subject summaries asked for, or null; --subject and --time go together. */
    private LongitudinalRequest longitudinal() {
        if ((subject == null) != (time == null))
            throw new CommandLine.ParameterException(spec.commandLine(), "--subject and --time go together");
        if (subject == null) {
            if (seriesExclude != null || allowMixed)
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--series-exclude and --allow-mixed go with --subject and --time");
            return null;
        }
        return new LongitudinalRequest(subject, time, seriesExclude, allowMixed);
    }
}
