package org.gutskin.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.gutskin.cohort.CohortOptions;
import org.gutskin.cohort.CohortRequest;
import org.gutskin.cohort.model.AdjustedRequest;
import org.gutskin.cohort.CohortRun;
import org.gutskin.cohort.DifferentialAbundance;
import org.gutskin.cohort.Permutations;
import org.gutskin.profile.Format;
import org.gutskin.profile.InputException;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ReadOptions;

/**
 * The Spark driver of {@code gutskin cohort}: the same options as the command line, plus {@code --master URL}
 * (default {@code local[*]}; with spark-submit, its {@code --master} wins) and {@code --block-size N}. Exit codes as
 * the command line: 0 ok, 1 internal error, 2 usage error, 3 bad input.
 *
 * <pre>spark-submit --class org.gutskin.spark.CohortJob --master spark://host:7077 gutskin-spark.jar \
 *     profiles.tsv --metadata samples.tsv --group Disease -o out/</pre>
 *
 * Input and output paths are local to the driver (profiles are read on the driver and broadcast).
 */
public final class CohortJob {

    private CohortJob() {}

    /** Parsed arguments. */
    record Args(CohortRequest request, String master, int blockSize) {}

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (UsageError e) {
            System.err.println("gutskin: " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    static int run(String[] args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        Args a = parse(args);
        SparkConf conf = new SparkConf().setAppName("gutskin cohort").setIfMissing("spark.master", a.master())
                .setIfMissing("spark.ui.enabled", "false").setIfMissing("spark.driver.maxResultSize", "0");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            jsc.setLogLevel("WARN");
            CohortRun.execute(a.request(), new SparkCohortBackend(jsc, a.blockSize()));
            return 0;
        } catch (RuntimeException e) {
            Throwable t = e;
            while (!(t instanceof InputException) && t.getCause() != null && t.getCause() != t) t = t.getCause();
            if (t instanceof InputException ie) {
                System.err.println("gutskin: " + ie.describe());
                if (debug) e.printStackTrace();
                return 3;
            }
            System.err.println("gutskin: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            if (debug) e.printStackTrace();
            return 1;
        } finally {
            spark.stop();
        }
    }

    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        UsageError(String m) {
            super(m);
        }
    }

    static Args parse(String[] args) {
        List<Path> files = new ArrayList<>();
        Path metadata = null, output = null, taxonomy = null;
        String group = null, rank = "species", master = "local[*]", format = null;
        List<String> metrics = List.of("braycurtis"), alpha = CohortOptions.DEFAULT_ALPHA;
        int permutations = 999, block = 0;
        long seed = Permutations.DEFAULT_SEED;
        double prevalence = DifferentialAbundance.DEFAULT_MIN_PREVALENCE;
        boolean rows = false, standardize = true;
        String formula = null, strata = null, missing = "drop";
        List<String> references = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String s = args[i];
            String key = s, val = null;
            if (s.startsWith("--") && s.contains("=")) {
                key = s.substring(0, s.indexOf('='));
                val = s.substring(s.indexOf('=') + 1);
            }
            switch (key) {
                case "--debug", "--samples-as-rows", "--no-standardize" -> {
                    rows |= key.equals("--samples-as-rows");
                    standardize &= !key.equals("--no-standardize");
                }
                case "--metadata", "--group", "--metric", "--alpha", "--rank", "--permutations", "--seed", "--min-prevalence",
                        "--engine", "--master", "-o", "--output", "--input-format", "--taxonomy", "--block-size",
                        "--formula", "--strata", "--missing", "--reference" -> {
                    if (val == null) {
                        if (i + 1 >= args.length) throw new UsageError("option " + key + " needs a value");
                        val = args[++i];
                    }
                    try {
                        switch (key) {
                            case "--metadata" -> metadata = Path.of(val);
                            case "--group" -> group = val;
                            case "--metric" -> metrics = List.of(val.split(","));
                            case "--alpha" -> alpha = List.of(val.split(","));
                            case "--rank" -> rank = val;
                            case "--permutations" -> permutations = Integer.parseInt(val);
                            case "--seed" -> seed = Long.parseLong(val);
                            case "--min-prevalence" -> prevalence = Double.parseDouble(val);
                            case "--master" -> master = val;
                            case "-o", "--output" -> output = Path.of(val);
                            case "--input-format" -> format = val;
                            case "--taxonomy" -> taxonomy = Path.of(val);
                            case "--block-size" -> block = Integer.parseInt(val);
                            case "--formula" -> formula = val;
                            case "--strata" -> strata = val;
                            case "--missing" -> missing = val;
                            case "--reference" -> references.add(val);
                            default -> { } // --engine: this is the spark engine
                        }
                    } catch (NumberFormatException e) {
                        throw new UsageError("option " + key + ": not a number: '" + val + "'");
                    }
                }
                default -> {
                    if (s.startsWith("-")) throw new UsageError("unknown option '" + s + "'");
                    files.add(Path.of(s));
                }
            }
        }
        if (files.isEmpty()) throw new UsageError("no profile FILE given");
        if (metadata == null || group == null || output == null) throw new UsageError("--metadata, --group and -o are required");
        String rk = rank;
        Rank r = Rank.ofLabel(rank).orElseThrow(() -> new UsageError("unknown --rank '" + rk + "'"));
        ReadOptions ro = new ReadOptions(format == null ? null : org.gutskin.profile.format.ProfileFormats.named(format).format(), rows, taxonomy);
        CohortOptions o = new CohortOptions(r, alpha, metrics, permutations, seed, prevalence, 10);
        AdjustedRequest adjusted = null;
        if (formula != null) {
            try {
                adjusted = AdjustedRequest.of(formula, strata, missing, references, standardize);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
        } else if (strata != null || !references.isEmpty()) {
            throw new UsageError("--strata and --reference need --formula");
        }
        return new Args(new CohortRequest(files, ro, metadata, group, o, output, adjusted), master, block);
    }
}
