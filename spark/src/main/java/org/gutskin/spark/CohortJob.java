package org.gutskin.spark;

import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.gutskin.cohort.CohortRequest;
import org.gutskin.cohort.CohortRequestJson;
import org.gutskin.cohort.CohortRun;
import org.gutskin.io.InputException;

/**
 * The Spark driver of {@code gutskin cohort}. It parses no cohort option: {@code gutskin cohort --engine spark}
 * checks the command line once and hands the request over as JSON ({@link CohortRequestJson}); on a cluster, write
 * it with {@code gutskin cohort … --engine spark --save-request request.json} and submit it. Its own options:
 * {@code --request FILE} (required), {@code --master URL} (default {@code local[*]}; with spark-submit, its
 * {@code --master} wins), {@code --block-size N} and {@code --debug}. Exit codes as the command line: 0 ok,
 * 1 internal error, 2 usage error, 3 bad input.
 *
 * <pre>spark-submit --class org.gutskin.spark.CohortJob --master spark://host:7077 gutskin-spark.jar \
 *     --request request.json</pre>
 *
 * Input and output paths are local to the driver (profiles are read on the driver and broadcast).
 */
public final class CohortJob {

    private CohortJob() {}

    /** The job's arguments: the request file, and how to run it. */
    record Args(Path request, String master, int blockSize, boolean debug) {}

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
        Args a = parse(args);
        CohortRequest request;
        try {
            request = CohortRequestJson.read(a.request());
        } catch (InputException e) {
            System.err.println("gutskin: " + e.describe());
            return 3;
        }
        SparkConf conf = new SparkConf().setAppName("gutskin cohort").setIfMissing("spark.master", a.master())
                .setIfMissing("spark.ui.enabled", "false").setIfMissing("spark.driver.maxResultSize", "0");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            jsc.setLogLevel("WARN");
            CohortRun.execute(request, new SparkCohortBackend(jsc, a.blockSize()));
            return 0;
        } catch (RuntimeException e) {
            Throwable t = e;
            while (!(t instanceof InputException) && t.getCause() != null && t.getCause() != t) t = t.getCause();
            if (t instanceof InputException ie) {
                System.err.println("gutskin: " + ie.describe());
                if (a.debug()) e.printStackTrace();
                return 3;
            }
            System.err.println("gutskin: internal error: " + e + (a.debug() ? "" : " (run with --debug for details)"));
            if (a.debug()) e.printStackTrace();
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
        Path request = null;
        String master = "local[*]";
        int block = 0;
        boolean debug = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--debug" -> debug = true;
                case "--request", "--master", "--block-size" -> {
                    if (i + 1 >= args.length) throw new UsageError("option " + args[i] + " needs a value");
                    String v = args[++i];
                    switch (args[i - 1]) {
                        case "--request" -> request = Path.of(v);
                        case "--master" -> master = v;
                        default -> {
                            try {
                                block = Integer.parseInt(v);
                            } catch (NumberFormatException e) {
                                throw new UsageError("option --block-size: not a number: '" + v + "'");
                            }
                        }
                    }
                }
                default -> throw new UsageError("unknown argument '" + args[i] + "': the job takes --request FILE"
                        + " (written by 'gutskin cohort … --engine spark --save-request FILE'), --master, --block-size");
            }
        }
        if (request == null) throw new UsageError("--request FILE is required (write it with 'gutskin cohort …"
                + " --engine spark --save-request FILE')");
        return new Args(request, master, block, debug);
    }
}
