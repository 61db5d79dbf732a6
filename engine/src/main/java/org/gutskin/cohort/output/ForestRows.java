package org.gutskin.cohort.output;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.model.AdjustedResult;
import org.gutskin.cohort.model.CoefficientEstimate;
import org.gutskin.cohort.plot.ForestPlot;

/**
 * Which coefficients the forest plots show, in which order: the {@link #TOP_TAXA} rows of {@code models.tsv} with the
 * smallest q (ties: smaller p, then name), and every row of {@code alpha_models.tsv}, also by q. Rows without a q
 * (an undefined p) come last. The plots are {@code forest_taxa} and {@code forest_alpha} (none when a table is empty).
 */
public final class ForestRows {

    public static final int TOP_TAXA = 20;

    private ForestRows() {}

    static final Comparator<CoefficientEstimate> BY_Q = Comparator
            .comparingDouble((CoefficientEstimate c) -> Double.isNaN(c.qValue()) ? Double.POSITIVE_INFINITY : c.qValue())
            .thenComparingDouble(c -> Double.isNaN(c.pValue()) ? Double.POSITIVE_INFINITY : c.pValue())
            .thenComparing(CoefficientEstimate::response).thenComparing(CoefficientEstimate::column);

    /** The rows of one forest plot, in plot order (top first). */
    public static List<CoefficientEstimate> select(List<CoefficientEstimate> rows, int limit) {
        return rows.stream().sorted(BY_Q).limit(limit).toList();
    }

    static Map<String, ForestPlot> plots(AdjustedResult r) {
        Map<String, ForestPlot> out = new LinkedHashMap<>();
        if (!r.taxa().isEmpty())
            out.put("forest_taxa", plot("Adjusted taxon coefficients: the " + TOP_TAXA + " smallest q (95% CI)",
                    "coefficient (log2 abundance per unit; red: q < " + AdjustedPage.SHOWN_Q + ")",
                    select(r.taxa(), TOP_TAXA)));
        if (!r.alpha().isEmpty())
            out.put("forest_alpha", plot("Adjusted alpha-diversity coefficients (95% CI)",
                    "coefficient (score units per unit; red: q < " + AdjustedPage.SHOWN_Q + ")",
                    select(r.alpha(), Integer.MAX_VALUE)));
        return out;
    }

    private static ForestPlot plot(String title, String xLabel, List<CoefficientEstimate> rows) {
        boolean oneColumn = rows.stream().map(CoefficientEstimate::column).distinct().count() == 1;
        return new ForestPlot(title, xLabel, rows.stream().map(c -> new ForestPlot.Row(
                c.response() + (oneColumn ? "" : " · " + c.column()), c.estimate(), c.ciLow(), c.ciHigh(), c.qValue()))
                .toList(), AdjustedPage.SHOWN_Q);
    }
}
