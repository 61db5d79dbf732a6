package org.gutskin.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gutskin.diversity.alpha.AlphaDiversity;
import org.gutskin.diversity.alpha.AlphaMetric;
import org.gutskin.diversity.alpha.AlphaMetrics;
import org.gutskin.io.TsvCells;
import org.gutskin.io.TsvNumbers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gutskin alpha}: alpha diversity per sample, TSV on stdout (contract: ../shared/contract/cli.md). */
@Command(name = "alpha", mixinStandardHelpOptions = true, sortOptions = false,
        modelTransformer = RegistryNames.AlphaMetricsHelp.class,
        description = {"Alpha diversity of every sample: TSV on stdout, header sample_id then one column per metric.",
                "Values as scikit-bio computes them (NaN where undefined, e.g. pielou_e of a single-feature sample)."})
final class AlphaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DiversityInput input;

    @Option(names = "--metrics", paramLabel = "LIST", split = ",", completionCandidates = RegistryNames.AlphaMetricNames.class,
            description = "Metrics in output order, from: ${COMPLETION-CANDIDATES}. Default: every metric that needs "
                    + "neither counts nor a tree, then those that need counts when the input has counts, then those "
                    + "that need a tree when one is given.")
    List<String> metrics;

    @Option(names = "--base", paramLabel = "e|2|10", defaultValue = "e", description = "Logarithm base of Shannon's "
            + "index (default: e, natural log, i.e. nats; scikit-bio 0.5.8's own default was 2).")
    String base;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        double b = switch (base) {
            case "e" -> Math.E;
            case "2" -> 2.0;
            case "10" -> 10.0;
            default -> throw new CommandLine.ParameterException(cl, "--base must be e, 2 or 10, got '" + base + "'");
        };
        List<String> names = metrics == null ? null : metrics.stream().map(String::trim).toList();
        if (names != null) {
            for (String n : names)
                if (!AlphaMetrics.exists(n))
                    throw new CommandLine.ParameterException(cl, "unknown alpha metric '" + n + "'; known: "
                            + String.join(", ", AlphaMetrics.names()));
            input.checkTreeOptions(cl, names.stream().anyMatch(AlphaMetrics::needsTree), "faith_pd");
        } else {
            input.checkTreeOptions(cl, false, "");
        }
        boolean wantCounts = names != null && names.stream().anyMatch(AlphaMetrics::needsCounts);
        boolean wantTree = names == null ? (input.tree != null || input.taxonomyTree) : names.stream().anyMatch(AlphaMetrics::needsTree);
        DiversityInput.Loaded in = input.load(cl, wantCounts, "chao1", wantTree);
        if (names == null) names = AlphaMetrics.defaults(in.table().hasCounts(), in.tree() != null);
        List<AlphaMetric> ms = new ArrayList<>();
        for (String n : names) ms.add(AlphaMetrics.create(n, b, in.tree()));
        double[][] values = AlphaDiversity.compute(in.table(), ms);
        cl.getErr().println("gutskin: alpha over " + in.features() + ": " + in.table().sampleCount() + " samples, "
                + in.table().taxonCount() + " features" + (names.contains("shannon") ? "; shannon base " + base : ""));
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        try {
            w.write("sample_id");
            for (String n : names) w.write("\t" + n);
            w.write("\n");
            for (int s = 0; s < values.length; s++) {
                w.write(TsvCells.text(in.table().sampleIds().get(s)));
                for (double v : values[s]) {
                    w.write('\t');
                    w.write(TsvNumbers.format(v));
                }
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Main.OK;
    }
}
