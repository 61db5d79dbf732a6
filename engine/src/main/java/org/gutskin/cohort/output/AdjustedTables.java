package org.gutskin.cohort.output;

import java.util.List;
import org.gutskin.cohort.model.AdjustedResult;
import org.gutskin.cohort.model.CoefficientEstimate;
import org.gutskin.cohort.model.MarginalPermanovaRow;
import org.gutskin.io.TsvCells;
import org.gutskin.io.TsvNumbers;

/**
 * The adjusted models as TSV: {@code models.tsv} (per taxon and coefficient), {@code alpha_models.tsv} (per alpha
 * metric and coefficient; {@code df} last: n − p for least squares, Satterthwaite's per coefficient for {@code lmm})
 * and {@code permanova_margin.tsv} (adonis2's marginal table). Full precision (17
 * significant digits), {@code NaN} for undefined numbers.
 */
public final class AdjustedTables {

    static final String COEFFICIENT_HEADER = "estimate\tstd_error\tci_low\tci_high\tstatistic\tp_value\tq_value\tn\tprevalence\tmodel\tdf";

    private AdjustedTables() {}

    public static String taxa(AdjustedResult r) {
        return coefficients("taxon", r.taxa());
    }

    public static String alpha(AdjustedResult r) {
        return coefficients("metric", r.alpha());
    }

    static String coefficients(String first, List<CoefficientEstimate> rows) {
        StringBuilder sb = new StringBuilder(first).append("\tterm\tcolumn\t").append(COEFFICIENT_HEADER).append('\n');
        for (CoefficientEstimate c : rows)
            sb.append(TsvCells.text(c.response())).append('\t').append(TsvCells.text(c.term())).append('\t')
                    .append(TsvCells.text(c.column())).append('\t')
                    .append(TsvNumbers.format(c.estimate())).append('\t').append(TsvNumbers.format(c.standardError())).append('\t')
                    .append(TsvNumbers.format(c.ciLow())).append('\t').append(TsvNumbers.format(c.ciHigh())).append('\t')
                    .append(TsvNumbers.format(c.statistic())).append('\t').append(TsvNumbers.format(c.pValue())).append('\t')
                    .append(TsvNumbers.format(c.qValue())).append('\t').append(c.n()).append('\t')
                    .append(TsvNumbers.format((double) c.nonZero() / c.n())).append('\t').append(c.model()).append('\t')
                    .append(TsvNumbers.format(c.degreesOfFreedom())).append('\n');
        return sb.toString();
    }

    public static String permanova(AdjustedResult r) {
        StringBuilder sb = new StringBuilder("term\tdf\tsum_of_squares\tr2\tpseudo_f\tp_value\tpermutations\tmetric\n");
        List<MarginalPermanovaRow> rows = new java.util.ArrayList<>(r.permanova().terms());
        rows.add(r.permanova().residual());
        rows.add(r.permanova().total());
        for (MarginalPermanovaRow t : rows)
            sb.append(TsvCells.text(t.term())).append('\t').append(t.df()).append('\t').append(TsvNumbers.format(t.sumOfSquares())).append('\t')
                    .append(TsvNumbers.format(t.r2())).append('\t').append(TsvNumbers.format(t.pseudoF())).append('\t')
                    .append(TsvNumbers.format(t.pValue())).append('\t').append(t.permutations()).append('\t').append(r.metric()).append('\n');
        return sb.toString();
    }
}
