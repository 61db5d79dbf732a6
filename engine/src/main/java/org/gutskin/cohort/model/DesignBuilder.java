package org.gutskin.cohort.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gutskin.io.InputException;
import org.gutskin.profile.SampleMetadata;

/**
 * Builds the {@link ModelDesign} of a formula from the cohort metadata, for the samples analysed (in their order).
 *
 * <ul>
 *   <li>A column is numeric when every non-missing value parses as a number (unless {@code factor(X)}), else a
 *       factor, treatment-coded against a reference level: the one given ({@code --reference Disease=Healthy}),
 *       otherwise the first level in sorted order, as R's {@code factor()} does. Columns are named as R names
 *       them: {@code DiseasePsoriasis}.</li>
 *   <li>Numeric covariates are standardised (mean 0, SD 1 over the samples kept) when {@code standardize} is set,
 *       as MaAsLin2 does by default ({@code standardize = TRUE}); their coefficient is then per SD.</li>
 *   <li>Missing values follow {@link MissingValues}; every dropped or imputed sample is counted per column in the
 *       notes.</li>
 * </ul>
 */
public final class DesignBuilder {

    /** The design and, for each of its samples, the index in the sample list given. */
    public record Result(ModelDesign design, int[] kept) {}

    private DesignBuilder() {}

    public static Result build(SampleMetadata md, List<String> sampleIds, Formula formula, String strataColumn,
            MissingValues missing, Map<String, String> references, boolean standardize) {
        return build(md, sampleIds, formula, strataColumn, List.of(), missing, references, standardize);
    }

    /**
     * With random intercepts: {@code random} names the grouping columns ({@code --random subject,site}); a sample
     * without a value in one of them is left out of the models (counted in the notes), as for the strata column.
     */
    public static Result build(SampleMetadata md, List<String> sampleIds, Formula formula, String strataColumn,
            List<String> random, MissingValues missing, Map<String, String> references, boolean standardize) {
        List<Formula.Term> terms = formula.terms();
        for (String r : random)
            if (terms.stream().anyMatch(t -> t.column().equals(r)))
                throw new InputException("--random " + r + ": '" + r + "' is also a fixed term of the formula " + formula
                        + "; a column is either a fixed effect or a random intercept");
        int[] randomCols = random.stream().mapToInt(md::column).toArray();
        int[] cols = terms.stream().mapToInt(t -> md.column(t.column())).toArray();
        for (String ref : references.keySet())
            if (terms.stream().noneMatch(t -> t.column().equals(ref)))
                throw new InputException("--reference " + ref + "=…: '" + ref + "' is not a term of the formula " + formula);
        int strataCol = strataColumn == null ? -1 : md.column(strataColumn);
        int n = sampleIds.size();
        String[][] raw = new String[terms.size()][n];
        boolean[] numeric = new boolean[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            boolean num = !terms.get(t).forcedFactor();
            for (int i = 0; i < n; i++) {
                raw[t][i] = md.value(sampleIds.get(i), cols[t]).orElse(null);
                if (raw[t][i] != null && num && !isNumber(raw[t][i])) num = false;
            }
            numeric[t] = num;
        }
        List<String> notes = new ArrayList<>();
        boolean[] drop = new boolean[n];
        for (int t = 0; t < terms.size(); t++) {
            int missingCount = 0;
            for (int i = 0; i < n; i++) if (raw[t][i] == null) missingCount++;
            if (missingCount == 0) continue;
            if (missing == MissingValues.DROP) {
                for (int i = 0; i < n; i++) if (raw[t][i] == null) drop[i] = true;
                notes.add(missingCount + " sample(s) without a value for '" + terms.get(t).column() + "'");
            } else {
                String fill = numeric[t] ? median(raw[t]) : mode(raw[t]);
                if (fill == null) throw new InputException(md.source(), 0, "column '" + terms.get(t).column() + "' has no value to impute from");
                for (int i = 0; i < n; i++) if (raw[t][i] == null) raw[t][i] = fill;
                notes.add(missingCount + " missing value(s) of '" + terms.get(t).column() + "' imputed with the "
                        + (numeric[t] ? "median, " : "most frequent level, ") + fill);
            }
        }
        String[] strataRaw = new String[n];
        if (strataCol >= 0) {
            int missingCount = 0;
            for (int i = 0; i < n; i++) {
                strataRaw[i] = md.value(sampleIds.get(i), strataCol).orElse(null);
                if (strataRaw[i] == null) { drop[i] = true; missingCount++; }
            }
            if (missingCount > 0) notes.add(missingCount + " sample(s) without a value for the strata column '" + strataColumn + "'");
        }
        String[][] randomRaw = new String[random.size()][n];
        for (int k = 0; k < random.size(); k++) {
            int missingCount = 0;
            for (int i = 0; i < n; i++) {
                randomRaw[k][i] = md.value(sampleIds.get(i), randomCols[k]).orElse(null);
                if (randomRaw[k][i] == null) { drop[i] = true; missingCount++; }
            }
            if (missingCount > 0) notes.add(missingCount + " sample(s) without a value for the random intercept '" + random.get(k) + "'");
        }
        int[] kept = java.util.stream.IntStream.range(0, n).filter(i -> !drop[i]).toArray();
        int dropped = n - kept.length;
        if (dropped > 0) notes.add(0, dropped + " of " + n + " sample(s) left out of the adjusted models for a missing value (--missing drop)");
        if (kept.length < 3) throw new InputException(md.source(), 0, "only " + kept.length + " sample(s) have every value of " + formula + "; a model needs more");
        List<DesignTerm> out = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            String name = terms.get(t).column();
            String[] column = raw[t];
            String[] v = Arrays.stream(kept).mapToObj(i -> column[i]).toArray(String[]::new);
            out.add(numeric[t] ? numericTerm(name, v, standardize) : factorTerm(md, name, v, references.get(name)));
        }
        int[] strata = null;
        if (strataCol >= 0) {
            Map<String, Integer> ids = new LinkedHashMap<>();
            strata = Arrays.stream(kept).map(i -> ids.computeIfAbsent(strataRaw[i], k -> ids.size())).toArray();
        }
        RandomEffects re = null;
        if (!random.isEmpty()) {
            int[][] levels = new int[random.size()][];
            int[] counts = new int[random.size()];
            for (int k = 0; k < random.size(); k++) {
                Map<String, Integer> codes = new LinkedHashMap<>();
                String[] column = randomRaw[k];
                levels[k] = Arrays.stream(kept).map(i -> codes.computeIfAbsent(column[i], x -> codes.size())).toArray();
                counts[k] = codes.size();
                if (counts[k] < 2 || counts[k] >= kept.length)
                    throw new InputException(md.source(), 0, "--random " + random.get(k) + ": " + counts[k] + " level(s) among "
                            + kept.length + " samples; a random intercept needs at least two levels and repeated samples within them");
            }
            re = new RandomEffects(random, levels, counts);
        }
        List<String> ids = Arrays.stream(kept).mapToObj(sampleIds::get).toList();
        return new Result(new ModelDesign(ids, out, strata, notes, re), kept);
    }

    private static DesignTerm numericTerm(String name, String[] v, boolean standardize) {
        double[] x = Arrays.stream(v).mapToDouble(Double::parseDouble).toArray();
        if (standardize) {
            double mean = Arrays.stream(x).average().orElse(0), ss = 0;
            for (double a : x) ss += (a - mean) * (a - mean);
            double sd = Math.sqrt(ss / (x.length - 1));
            if (!(sd > 0)) throw new InputException("covariate '" + name + "' is constant over the samples analysed; remove it from the formula");
            for (int i = 0; i < x.length; i++) x[i] = (x[i] - mean) / sd;
        }
        return new DesignTerm(name, false, List.of(name), new double[][] {x});
    }

    private static DesignTerm factorTerm(SampleMetadata md, String name, String[] v, String reference) {
        TreeSet<String> levels = new TreeSet<>(Arrays.asList(v));
        if (levels.size() < 2)
            throw new InputException(md.source(), 0, "factor '" + name + "' has a single level " + levels + " among the samples analysed");
        if (reference != null && !levels.contains(reference))
            throw new InputException(md.source(), 0, "--reference " + name + "=" + reference + ": no such level; the levels are " + levels);
        String ref = reference != null ? reference : levels.first();
        List<String> others = levels.stream().filter(l -> !l.equals(ref)).toList();
        double[][] cols = new double[others.size()][v.length];
        for (int c = 0; c < others.size(); c++)
            for (int i = 0; i < v.length; i++) cols[c][i] = v[i].equals(others.get(c)) ? 1 : 0;
        return new DesignTerm(name, true, others.stream().map(l -> name + l).toList(), cols);
    }

    private static boolean isNumber(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String median(String[] v) {
        double[] x = Arrays.stream(v).filter(s -> s != null).mapToDouble(Double::parseDouble).sorted().toArray();
        if (x.length == 0) return null;
        double m = x.length % 2 == 1 ? x[x.length / 2] : (x[x.length / 2 - 1] + x[x.length / 2]) / 2;
        return Double.toString(m);
    }

    private static String mode(String[] v) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String s : v) if (s != null) counts.merge(s, 1, Integer::sum);
        return counts.entrySet().stream().max((a, b) -> a.getValue() != b.getValue().intValue()
                ? Integer.compare(a.getValue(), b.getValue()) : b.getKey().compareTo(a.getKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
