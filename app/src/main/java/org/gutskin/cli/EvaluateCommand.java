package org.gutskin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.gutskin.index.HealthIndex;
import org.gutskin.index.IndexScores;
import org.gutskin.index.evaluation.Bootstrap;
import org.gutskin.index.evaluation.Evaluation;
import org.gutskin.index.evaluation.Interval;
import org.gutskin.index.evaluation.Labels;
import org.gutskin.index.evaluation.RocPlot;
import org.gutskin.io.AtomicFiles;
import org.gutskin.io.TsvCells;
import org.gutskin.io.TsvNumbers;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.profile.SampleMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gutskin evaluate FILE... --labels TSV --index NAME}: how well an index separates labelled samples. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluates a health index against health labels: balanced accuracy, sensitivity, specificity"
                        + " and AUC, each with a seeded, class-stratified percentile bootstrap interval; for an index"
                        + " with a reject band (gmwi2: |score| < 1) also outside and inside the band.",
                "Positive class = non-healthy: sensitivity = non-healthy samples called non-healthy, specificity ="
                        + " healthy samples called healthy. A GMHI of exactly 0 counts as wrong for both classes.",
                "Prints the table (TSV) on stdout; with -o DIR also writes evaluation.tsv, scores.tsv, roc.svg and"
                        + " roc.png there."})
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Profile files.")
    List<Path> files;

    @Option(names = {"--labels", "--metadata"}, required = true, paramLabel = "FILE",
            description = "Sample metadata with the labels: " + SampleMetadata.HELP)
    Path labels;

    @Option(names = "--index", required = true, paramLabel = "NAME", description = "gmhi or gmwi2.")
    String index;

    @Option(names = "--label-column", paramLabel = "COLUMN",
            description = "Column holding the health status (default: the first column after the sample id).")
    String labelColumn;

    @Option(names = "--healthy", split = ",", paramLabel = "VALUE",
            description = "Label values meaning healthy, case-insensitive (default: healthy); every other value is"
                    + " non-healthy; missing labels (see --labels) are skipped.")
    List<String> healthy = List.of("healthy");

    @Option(names = "--exclude", paramLabel = "COLUMN=VALUE",
            description = "Leave out samples whose COLUMN holds VALUE (repeatable).")
    Map<String, String> exclude = new LinkedHashMap<>();

    @Option(names = "--labels-transposed", description = "The labels table has samples as columns (HMP2 layout).")
    boolean transposed;

    @Option(names = "--reject-band", paramLabel = "X",
            description = "Report samples with |score| >= X and < X separately (default: the model's band, gmwi2 1,"
                    + " gmhi none).")
    Double rejectBand;

    @Option(names = "--bootstrap", paramLabel = "N", description = "Bootstrap replicates (default: ${DEFAULT-VALUE}).")
    int replicates = 2000;

    @Option(names = "--seed", paramLabel = "N", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--allow-mismatch", description = "Score input the model was not built for, with a warning.")
    boolean allowMismatch;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Directory for the table, scores and plots.")
    Path outDir;

    @Override
    public Integer call() throws IOException {
        if (replicates < 1) throw new InputException("--bootstrap must be at least 1");
        HealthIndex ix = HealthIndex.named(index);
        IndexScores scores = scoreAll(ix);
        Labels lab = Labels.read(labels, labelColumn, new LinkedHashSet<>(healthy), exclude, transposed);
        double band = rejectBand == null ? ix.rejectBand() : rejectBand;
        if (!(band >= 0)) throw new InputException("--reject-band must be a number >= 0");
        Evaluation.Result r = Evaluation.run(scores, ix, lab.healthy(), new Bootstrap(replicates, seed, 0.95), band);
        if (r.ids().isEmpty())
            throw new InputException(labels, 0, "no sample of the profiles has a usable label (label column '"
                    + (labelColumn == null ? "first" : labelColumn) + "')");
        int nH = r.rows().get(0).result().point().nHealthy();
        long unlabelled = r.unlabelled().stream().filter(id -> !lab.excluded().contains(id)).count();
        System.err.printf(Locale.ROOT, "gutskin: evaluated %d samples (%d healthy, %d non-healthy); %d scored without"
                + " a label, %d labelled without a score, %d excluded%n", r.ids().size(), nH, r.ids().size() - nH,
                unlabelled, r.unscored().size(), lab.excluded().size());
        String table = table(ix, r);
        if (outDir != null) writeOutputs(ix, r, table, band);
        System.out.print(table);
        System.out.flush();
        return Main.OK;
    }

    private IndexScores scoreAll(HealthIndex ix) {
        return IndexFiles.scoreAll(ix, files, input.readOptions(), allowMismatch, System.err);
    }

    private static String table(HealthIndex ix, Evaluation.Result r) {
        StringBuilder sb = new StringBuilder("index\tmodel\tsubset\tn\tcoverage\tn_healthy\tn_nonhealthy\thealthy_correct"
                + "\tnonhealthy_correct");
        for (String m : List.of("balanced_accuracy", "sensitivity", "specificity", "auc"))
            sb.append('\t').append(m).append('\t').append(m).append("_ci_low\t").append(m).append("_ci_high");
        sb.append('\n');
        for (Evaluation.Row row : r.rows()) {
            Bootstrap.Result b = row.result();
            sb.append(ix.model().id()).append('\t').append(ix.model().tag()).append('\t').append(row.subset())
                    .append('\t').append(b.point().n()).append('\t').append(TsvNumbers.format(row.coverage()))
                    .append('\t').append(b.point().nHealthy()).append('\t').append(b.point().nNonHealthy())
                    .append('\t').append(b.point().healthyCorrect()).append('\t').append(b.point().nonHealthyCorrect());
            for (Interval i : List.of(b.balancedAccuracy(), b.sensitivity(), b.specificity(), b.auc()))
                sb.append('\t').append(TsvNumbers.format(i.estimate())).append('\t').append(TsvNumbers.format(i.low()))
                        .append('\t').append(TsvNumbers.format(i.high()));
            sb.append('\n');
        }
        return sb.toString();
    }

    private void writeOutputs(HealthIndex ix, Evaluation.Result r, String table, double band) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("evaluation.tsv", table.getBytes(StandardCharsets.UTF_8));
        StringBuilder s = new StringBuilder("sample_id\t" + ix.model().id() + "\tcall\thealthy\n");
        for (int i = 0; i < r.ids().size(); i++)
            s.append(TsvCells.text(r.ids().get(i))).append('\t').append(TsvNumbers.format(r.score()[i])).append('\t')
                    .append(ix.call(r.score()[i]).label()).append('\t').append(r.healthy()[i]).append('\n');
        out.put("scores.tsv", s.toString().getBytes(StandardCharsets.UTF_8));

        Bootstrap.Result all = r.rows().get(0).result();
        List<String> legend = new ArrayList<>();
        legend.add(String.format(Locale.ROOT, "AUC %.3f (95%% CI %.3f–%.3f)", all.auc().estimate(), all.auc().low(),
                all.auc().high()));
        legend.add(String.format(Locale.ROOT, "balanced accuracy %.1f %% (score > 0)", 100 * all.balancedAccuracy().estimate()));
        for (Evaluation.Row row : r.rows().subList(1, r.rows().size()))
            legend.add(String.format(Locale.ROOT, "%s: %.1f %% BA, %.0f %% of samples", row.subset().replace('_', ' '),
                    100 * row.result().balancedAccuracy().estimate(), 100 * row.coverage()));
        legend.add(String.format(Locale.ROOT, "n = %d (%d healthy, %d non-healthy)", all.point().n(),
                all.point().nHealthy(), all.point().nNonHealthy()));
        String title = ix.model().id().toUpperCase(Locale.ROOT) + " (" + ix.model().tag() + "): healthy vs non-healthy";
        String subtitle = "profiles: " + files.get(0).getFileName() + (files.size() > 1 ? " and " + (files.size() - 1)
                + " more" : "") + " · labels: " + labels.getFileName()
                + (labelColumn == null ? "" : " [" + labelColumn + "]");
        RocPlot plot = new RocPlot(title, subtitle, r.roc(), legend, band);
        out.put("roc.svg", plot.svg().getBytes(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        if (!ImageIO.write(plot.png(), "png", png)) throw new UncheckedIOException(new IOException("no PNG writer"));
        out.put("roc.png", png.toByteArray());
        AtomicFiles.writeDirectory(outDir, out);
    }
}
