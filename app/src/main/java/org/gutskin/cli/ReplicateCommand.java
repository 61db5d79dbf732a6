package org.gutskin.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gutskin.cohort.CohortRun;
import org.gutskin.cohort.model.AdjustedAnalysis;
import org.gutskin.cohort.model.AdjustedRequest;
import org.gutskin.cohort.model.TaxonModels;
import org.gutskin.io.AtomicFiles;
import org.gutskin.profile.SampleMetadata;
import org.gutskin.report.replication.EstimateSupplier;
import org.gutskin.report.replication.ReplicationOptions;
import org.gutskin.report.replication.ReplicationRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code gutskin replicate FILE... --condition psoriasis [--metadata TSV --formula "Disease + Sex + BMI"
 * [--strata Family] --column DiseasePsoriasis] -o DIR}: the replication report (see {@code ReplicationRun}), with the
 * same adjusted models as {@code gutskin cohort --formula} ({@link #models}).
 */
@Command(name = "replicate", mixinStandardHelpOptions = true,
        description = {"Compare a cohort with the gut taxon associations the knowledge base holds for a condition: "
                + "each literature association beside the cohort's adjusted estimate, 95%% CI, q-value and power, classed "
                + "replicated, opposite, not detected, or not detectable at this sample size. Writes replication.tsv and "
                + "replication.html (and provenance.json) in DIR.",
                "Defaults: q < 0.1, power for a 0.5 residual-SD effect at alpha 0.05, adequate power 0.8."})
final class ReplicateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Profile files (any supported format).")
    List<Path> files;

    @Option(names = "--condition", required = true, paramLabel = "ID", description = "Condition id, e.g. psoriasis.")
    String condition;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "Sample metadata for the adjusted models: " + SampleMetadata.HELP)
    Path metadata;

    @Mixin
    ModelOptions model;

    @Option(names = "--column", paramLabel = "NAME",
            description = "The design column of the condition effect, e.g. DiseasePsoriasis (required with --formula).")
    String column;

    @Option(names = "--q-threshold", defaultValue = "" + ReplicationOptions.DEFAULT_Q, description = "Default: ${DEFAULT-VALUE}.")
    double q;

    @Option(names = "--effect-size", defaultValue = "" + ReplicationOptions.DEFAULT_EFFECT,
            description = "Standardized effect (residual SDs) the power refers to (default: ${DEFAULT-VALUE}).")
    double effect;

    @Option(names = "--power", defaultValue = "" + ReplicationOptions.DEFAULT_POWER, description = "Adequate power (default: ${DEFAULT-VALUE}).")
    double power;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output directory.")
    Path output;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    /**
     * The adjusted per-taxon models of {@code --formula}/{@code --strata} fitted on each table the report asks for
     * (its features already merged per literature taxon), exactly as {@code gutskin cohort --formula} fits them:
     * the same design and missing-value handling, MaAsLin2's defaults, the paired design with strata, BH over
     * every row of that table.
     */
    EstimateSupplier models(AdjustedRequest req) {
        SampleMetadata md = SampleMetadata.read(metadata);
        return (rank, table) -> AdjustedAnalysis.taxonModels(req, md, table, TaxonModels.DEFAULT_MIN_PREVALENCE,
                CohortRun.localBackend());
    }

    @Override
    public Integer call() {
        AdjustedRequest req = model.request(spec);
        if (req != null && (metadata == null || column == null))
            throw new CommandLine.ParameterException(spec.commandLine(), "--formula needs --metadata and --column");
        ReplicationOptions o;
        try {
            o = new ReplicationOptions(column == null ? "(none)" : column, q, effect, 0.05, power);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        EstimateSupplier m = req == null ? null : models(req);
        Map<String, String> modelOptions = new LinkedHashMap<>();
        if (req == null) modelOptions.put("formula", "none (taxon matching only, no estimates)");
        else {
            modelOptions.put("formula", req.formula().toString());
            if (req.strata() != null) modelOptions.put("strata", req.strata());
        }
        Map<String, byte[]> files = ReplicationRun.render(this.files, input.readOptions(), input.joinMode(), metadata, condition, m, o, modelOptions);
        AtomicFiles.writeDirectory(output, files);
        if (req == null)
            spec.commandLine().getErr().println("gutskin replicate: no --formula given; wrote the taxon-matching report only");
        return Main.OK;
    }
}
