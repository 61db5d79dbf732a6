package org.gutskin.cohort.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.gutskin.cohort.BenjaminiHochberg;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.SparseVector;

/**
 * Per-taxon linear models with covariates as MaAsLin2 fits them with its defaults (Mallick et al. 2021,
 * doi:10.1371/journal.pcbi.1009442; {@code Maaslin2()} with normalization TSS, transform LOG, analysis_method LM,
 * min_abundance 0, min_prevalence 0.1, min_variance 0, correction BH):
 *
 * <ol>
 *   <li>keep a taxon when more than n·min_prevalence samples have it above 0 (MaAsLin2's strict {@code >}) and its
 *       SD over the samples is above 0;</li>
 *   <li>TSS: divide each sample by its total over the kept taxa;</li>
 *   <li>LOG: per taxon, zeros replaced by half its smallest non-zero value, then log2;</li>
 *   <li>ordinary least squares of each taxon on the design ({@link LeastSquares}), or with random intercepts
 *       ({@code random_effects}) a linear mixed model fitted by REML with Satterthwaite's degrees of freedom, as
 *       MaAsLin2's {@code lmerTest::lmer} ({@link MixedModel});</li>
 *   <li>Benjamini–Hochberg over every (taxon, coefficient) row together, as MaAsLin2's {@code p.adjust} does.</li>
 * </ol>
 *
 * The per-taxon step ({@link #fit(int)}) needs only this prepared, serializable object, so the local engine and
 * the Spark engine run the same code on the same numbers.
 */
public final class TaxonModels implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final double DEFAULT_MIN_PREVALENCE = 0.1;

    private final ResponseModel ls;
    private final String model;
    private final String[] names;
    private final int[] nonZero;
    private final double[][] transformed; // kept taxon × sample, log2 of TSS values

    private TaxonModels(ResponseModel ls, String model, String[] names, int[] nonZero, double[][] transformed) {
        this.ls = ls;
        this.model = model;
        this.names = names;
        this.nonZero = nonZero;
        this.transformed = transformed;
    }

    /**
     * @param table the samples of {@code design}, in its order, at the analysis rank
     * @param model the model's name in outputs ({@code lm}; {@code lm+strata} for the paired design; {@code lmm} mixed)
     */
    public static TaxonModels prepare(AbundanceTable table, ModelDesign design, double minPrevalence, String model) {
        if (!table.sampleIds().equals(design.sampleIds())) throw new IllegalArgumentException("table and design samples differ");
        int n = table.sampleCount(), k = table.taxonCount();
        double[][] dense = new double[k][];
        int[] present = new int[k];
        for (int s = 0; s < n; s++) {
            SparseVector v = table.sample(s);
            for (int e = 0; e < v.size(); e++) {
                int t = v.taxon(e);
                if (v.value(e) > 0) {
                    if (dense[t] == null) dense[t] = new double[n];
                    dense[t][s] = v.value(e);
                    present[t]++;
                }
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int t = 0; t < k; t++) if (present[t] > n * minPrevalence && sd(dense[t]) > 0) kept.add(t);
        double[] total = new double[n];
        for (int t : kept) for (int s = 0; s < n; s++) total[s] += dense[t][s];
        String[] names = new String[kept.size()];
        int[] nz = new int[kept.size()];
        double[][] y = new double[kept.size()][n];
        for (int j = 0; j < kept.size(); j++) {
            int t = kept.get(j);
            names[j] = table.taxa().get(t).name();
            nz[j] = present[t];
            double min = Double.POSITIVE_INFINITY;
            for (int s = 0; s < n; s++) {
                y[j][s] = total[s] > 0 ? dense[t][s] / total[s] : 0;
                if (y[j][s] > 0) min = Math.min(min, y[j][s]);
            }
            for (int s = 0; s < n; s++) y[j][s] = log2(y[j][s] > 0 ? y[j][s] : min / 2);
        }
        return new TaxonModels(ResponseModel.of(design), model, names, nz, y);
    }

    public int taxonCount() {
        return names.length;
    }

    /** The name of kept taxon {@code j}. */
    String taxon(int j) {
        return names[j];
    }

    /** The transformed values (log2 of TSS) of kept taxon {@code j}, the response its model is fitted to. */
    double[] response(int j) {
        return transformed[j].clone();
    }

    /** The fitted coefficients of kept taxon {@code j}, before BH (q NaN). */
    public List<CoefficientEstimate> fit(int j) {
        return ResponseFits.estimates(names[j], ls.fit(transformed[j]), ls.samples(), nonZero[j], model);
    }

    /** Every kept taxon fitted in this JVM, with q-values. */
    public List<CoefficientEstimate> fitAll() {
        List<CoefficientEstimate> all = new ArrayList<>();
        for (int j = 0; j < names.length; j++) all.addAll(fit(j));
        return withQValues(all);
    }

    /** Benjamini–Hochberg over all rows together (rows with an undefined p keep q NaN). */
    public static List<CoefficientEstimate> withQValues(List<CoefficientEstimate> rows) {
        int[] defined = java.util.stream.IntStream.range(0, rows.size()).filter(i -> !Double.isNaN(rows.get(i).pValue())).toArray();
        double[] q = BenjaminiHochberg.adjust(java.util.Arrays.stream(defined).mapToDouble(i -> rows.get(i).pValue()).toArray());
        List<CoefficientEstimate> out = new ArrayList<>(rows);
        for (int k = 0; k < defined.length; k++) out.set(defined[k], rows.get(defined[k]).withQValue(q[k]));
        return out;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    private static double sd(double[] v) {
        if (v == null) return 0;
        double m = 0;
        for (double a : v) m += a;
        m /= v.length;
        double ss = 0;
        for (double a : v) ss += (a - m) * (a - m);
        return Math.sqrt(ss / (v.length - 1));
    }
}
