package org.gutskin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.gutskin.cohort.model.DesignTerm;
import org.gutskin.cohort.model.MarginalPermanova;
import org.gutskin.cohort.model.MarginalPermanovaRow;
import org.gutskin.cohort.model.MarginalPermanovaTable;
import org.gutskin.cohort.model.ModelDesign;
import org.gutskin.diversity.DistanceMatrix;

/**
 * The gutskin side of {@code bench/permanova-margin-vs-vegan.sh}: reads the condensed distances (one per line, R's
 * {@code as.vector(dist)} order = row-major upper triangle) and a metadata table with columns {@code sample_id g h x
 * [block]} ({@code g}, {@code h} factors, {@code x} numeric — fixed here, this is not a formula parser), runs the
 * marginal PERMANOVA {@code g + h + x} with 999 permutations once to warm up and {@code rounds} times measured,
 * and prints the table and the median wall milliseconds ({@code gutskin_ms N}).
 * Run: {@code java -cp bench/target/benchmarks.jar org.gutskin.bench.MarginalPermanovaTimer dist.txt meta.tsv 3}
 */
public final class MarginalPermanovaTimer {

    public static void main(String[] args) throws Exception {
        double[] d = Files.readAllLines(Path.of(args[0])).stream().mapToDouble(Double::parseDouble).toArray();
        List<String> lines = Files.readAllLines(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> head = Arrays.asList(lines.get(0).split("\t"));
        List<String[]> rows = lines.stream().skip(1).map(l -> l.split("\t")).toList();
        int n = rows.size();
        List<String> ids = rows.stream().map(r -> r[head.indexOf("sample_id")]).toList();
        List<DesignTerm> terms = List.of(factor(rows, head.indexOf("g"), "g"), factor(rows, head.indexOf("h"), "h"),
                new DesignTerm("x", false, List.of("x"),
                        new double[][] {rows.stream().mapToDouble(r -> Double.parseDouble(r[head.indexOf("x")])).toArray()}));
        int[] strata = head.contains("block") ? rows.stream().mapToInt(r -> Integer.parseInt(r[head.indexOf("block")])).toArray() : null;
        ModelDesign design = new ModelDesign(ids, terms, strata, List.of());
        DistanceMatrix dm = new DistanceMatrix(ids, d);
        MarginalPermanovaTable t = MarginalPermanova.test(dm, design, 999, 42);
        long[] ms = new long[rounds];
        for (int k = 0; k < rounds; k++) {
            long t0 = System.nanoTime();
            t = MarginalPermanova.test(dm, design, 999, 42);
            ms[k] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.println("          Df  SumOfSqs        R2         F  Pr(>F)");
        List<MarginalPermanovaRow> all = new ArrayList<>(t.terms());
        all.add(t.residual());
        all.add(t.total());
        for (MarginalPermanovaRow r : all)
            System.out.printf(Locale.ROOT, "%-9s %4d %9.4f %9.5f %9.4f %7.3f%n", r.term(), r.df(), r.sumOfSquares(), r.r2(),
                    r.pseudoF(), r.pValue());
        System.out.println("gutskin_ms " + ms[rounds / 2] + " (n " + n + ", " + Runtime.getRuntime().availableProcessors() + " cores)");
    }

    static DesignTerm factor(List<String[]> rows, int col, String name) {
        List<String> levels = new ArrayList<>(new TreeSet<>(rows.stream().map(r -> r[col]).toList()));
        double[][] c = new double[levels.size() - 1][rows.size()];
        List<String> names = new ArrayList<>();
        for (int l = 1; l < levels.size(); l++) {
            names.add(name + levels.get(l));
            for (int i = 0; i < rows.size(); i++) c[l - 1][i] = rows.get(i)[col].equals(levels.get(l)) ? 1 : 0;
        }
        return new DesignTerm(name, true, names, c);
    }

    private MarginalPermanovaTimer() {}
}
