package org.gutskin.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gutskin.diversity.DistanceMatrix;
import org.gutskin.diversity.beta.Aitchison;
import org.gutskin.diversity.beta.BetaMetric;
import org.gutskin.diversity.beta.BetaMetrics;
import org.gutskin.io.AtomicFiles;
import org.gutskin.io.Hdf5Matrix;
import org.gutskin.io.Npy;
import org.gutskin.io.TsvCells;
import org.gutskin.io.TsvNumbers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gutskin beta}: a square distance matrix as TSV (contract: ../shared/contract/cli.md). */
@Command(name = "beta", mixinStandardHelpOptions = true, sortOptions = false,
        modelTransformer = RegistryNames.BetaMetricsHelp.class,
        description = {"Distances between every pair of samples: a square TSV matrix, first line a tab then the "
                + "sample ids, then one line per sample (id, distances)."})
final class BetaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DiversityInput input;

    @Option(names = "--metric", required = true, paramLabel = "NAME",
            completionCandidates = RegistryNames.BetaMetricNames.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    String metric;

    @Option(names = "--pseudocount", paramLabel = "C", defaultValue = "1", description = "Aitchison only: added to "
            + "every value (counts, or percent for a relative table) before the log ratio (default: ${DEFAULT-VALUE}, "
            + "as the scikit-bio comparison uses; stated on stderr).")
    double pseudocount;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the matrix to OUT (atomically) "
            + "instead of stdout.")
    Path output;

    /** The matrix's form on disk; a 20,000-sample square is 4 GB of text but 3.2 GB of float64. */
    enum MatrixFormat { tsv, npy, hdf5 }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv", description = "tsv (default); npy: "
            + "NumPy's .npy v1.0, an n×n little-endian float64 array (numpy.load), with the sample ids one per line in "
            + "OUT.ids; hdf5: HDF5 as Striped UniFrac (ssu) writes it, datasets 'order' (ids) and 'matrix' "
            + "(n×n float64), read by unifrac.h5unifrac or h5py. npy and hdf5 need -o.")
    MatrixFormat format;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (format != MatrixFormat.tsv && output == null)
            throw new CommandLine.ParameterException(cl, "--format " + format + " writes a binary file: give -o OUT");
        if (!BetaMetrics.exists(metric))
            throw new CommandLine.ParameterException(cl, "unknown beta metric '" + metric + "'; known: "
                    + String.join(", ", BetaMetrics.names()));
        if (!(pseudocount > 0) || Double.isInfinite(pseudocount))
            throw new CommandLine.ParameterException(cl, "--pseudocount must be a positive number");
        boolean tree = BetaMetrics.needsTree(metric);
        input.checkTreeOptions(cl, tree, metric);
        DiversityInput.Loaded in = input.load(cl, false, metric, tree);
        BetaMetric m = BetaMetrics.create(metric, in.tree(), pseudocount);
        String note = m instanceof Aitchison a
                ? "; CLR with pseudocount " + TsvNumbers.format(a.pseudocount()) + " added to every "
                        + (in.table().hasCounts() ? "count" : "percent value")
                : "";
        cl.getErr().println("gutskin: " + metric + " over " + in.features() + ": " + in.table().sampleCount()
                + " samples, " + in.table().taxonCount() + " features" + note);
        int n = in.table().sampleCount();
        if (!DistanceMatrix.fits(n))
            throw new org.gutskin.io.InputException(String.format(java.util.Locale.ROOT,
                    "%,d samples: a square distance matrix is written for at most %,d samples (it would be about %.0f GB "
                            + "of text); for group comparisons of larger cohorts use `gutskin cohort`, which works by rows",
                    n, DistanceMatrix.MAX_SAMPLES, (double) n * n * 10 / 1e9));
        DistanceMatrix dm = m.compute(in.table(), input.threads());
        if (format == MatrixFormat.npy) {
            // the ids first: a matrix on disk always has its ids beside it
            AtomicFiles.write(idsFile(output), (String.join("\n", dm.ids()) + "\n").getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(output, out -> Npy.write(out, n, n, dm::fill));
        } else if (format == MatrixFormat.hdf5) {
            Hdf5Matrix.write(output, dm.ids(), dm::fill);
        } else if (output != null) {
            AtomicFiles.write(output, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                write(dm, w);
                w.flush();
            });
        } else {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            write(dm, w);
            w.flush();
        }
        return Main.OK;
    }

    /** Where {@code --format npy} puts the sample ids: OUT.ids beside OUT. */
    static Path idsFile(Path output) {
        return output.resolveSibling(output.getFileName() + ".ids");
    }

    /** The square matrix, streamed row by row from the condensed triangle (never materialised as a square). */
    static void write(DistanceMatrix dm, Writer w) throws IOException {
        List<String> ids = dm.ids();
        for (String id : ids) {
            w.write('\t');
            w.write(TsvCells.text(id));
        }
        w.write('\n');
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            line.setLength(0);
            line.append(TsvCells.text(ids.get(i)));
            for (int j = 0; j < ids.size(); j++) line.append('\t').append(TsvNumbers.format(dm.get(i, j)));
            line.append('\n');
            w.write(line.toString());
        }
    }
}
