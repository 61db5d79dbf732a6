package org.gutskin.cohort.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Ordinary least squares for many responses on one design: X = [1, term columns…] (n × p) is factored once
 * (Householder QR, X = QR), then each response y costs O(np): β = R⁻¹R⁻ᵀXᵀy, σ² = ‖y − Xβ‖²/(n − p),
 * SE(β_j) = σ·‖row j of R⁻¹‖, t = β/SE with n − p degrees of freedom, two-sided p and a 95% interval from
 * Student's t — what R's {@code lm}/{@code glm(family = gaussian)} and statsmodels' OLS report. Only X and
 * R⁻¹ are kept (no n × n matrix), and they are plain arrays, so a fit can be shipped to Spark tasks.
 *
 * <p>A design with an aliased column (|R_jj| below 1e-10 of the largest) is refused, naming the column.
 */
public final class LeastSquares implements ResponseModel {

    private static final long serialVersionUID = 1L;

    /**
     * The fixed-effects matrix X = [1, term columns…] (n × p) of a design, the formula term and R-style name of
     * each column after the intercept, and the upper-triangular R of its QR factorisation (p × p).
     */
    record Columns(double[][] x, String[] terms, String[] columns, RealMatrix r) {

        /** X of {@code termList} for {@code n} samples; an aliased column is refused, naming it. */
        static Columns of(List<DesignTerm> termList, int n) {
            List<String> tn = new ArrayList<>(), cn = new ArrayList<>();
            List<double[]> cols = new ArrayList<>();
            double[] one = new double[n];
            java.util.Arrays.fill(one, 1.0);
            cols.add(one);
            for (DesignTerm t : termList)
                for (int c = 0; c < t.degreesOfFreedom(); c++) {
                    cols.add(t.columns()[c]);
                    tn.add(t.name());
                    cn.add(t.columnNames().get(c));
                }
            int p = cols.size();
            if (n <= p) throw new IllegalArgumentException(n + " samples for " + p + " coefficients: no residual degrees of freedom");
            double[][] x = new double[n][p];
            for (int j = 0; j < p; j++) for (int i = 0; i < n; i++) x[i][j] = cols.get(j)[i];
            String[] columns = cn.toArray(String[]::new);
            RealMatrix r = new QRDecomposition(MatrixUtils.createRealMatrix(x), 0).getR().getSubMatrix(0, p - 1, 0, p - 1);
            double max = 0;
            for (int j = 0; j < p; j++) max = Math.max(max, Math.abs(r.getEntry(j, j)));
            for (int j = 0; j < p; j++)
                if (Math.abs(r.getEntry(j, j)) <= 1e-10 * max)
                    throw new IllegalArgumentException("column '" + (j == 0 ? "(Intercept)" : columns[j - 1])
                            + "' is a linear combination of the others (aliased); remove a term");
            return new Columns(x, tn.toArray(String[]::new), columns, r);
        }
    }

    private final double[][] x; // n × p, column 0 the intercept
    private final double[][] rInv; // p × p upper triangular
    private final String[] terms, columns; // per column 1..p-1
    private final int n, p;

    public LeastSquares(ModelDesign design) {
        this(design.terms(), design.size());
    }

    /** The design of {@code terms} (term columns in order) for {@code n} samples. */
    public LeastSquares(List<DesignTerm> termList, int n) {
        Columns c = Columns.of(termList, n);
        this.n = n;
        this.x = c.x();
        this.p = x[0].length;
        terms = c.terms();
        columns = c.columns();
        rInv = MatrixUtils.inverse(c.r()).getData();
    }

    /** β = R⁻¹ (R⁻ᵀ Xᵀy). */
    private double[] solve(double[] y) {
        double[] xty = new double[p];
        for (int i = 0; i < n; i++) {
            double[] xi = x[i];
            for (int j = 0; j < p; j++) xty[j] += xi[j] * y[i];
        }
        double[] z = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int k = 0; k <= j; k++) s += rInv[k][j] * xty[k];
            z[j] = s;
        }
        double[] beta = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int k = j; k < p; k++) s += rInv[j][k] * z[k];
            beta[j] = s;
        }
        return beta;
    }

    private double[] residuals(double[] y, double[] beta) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double f = 0;
            for (int j = 0; j < p; j++) f += x[i][j] * beta[j];
            r[i] = y[i] - f;
        }
        return r;
    }

    @Override
    public int samples() {
        return n;
    }

    @Override
    public ModelFit fit(double[] y) {
        // semi-normal equations plus one step of iterative refinement: as accurate as solving with Q (Björck 1987,
        // doi:10.1016/0024-3795(87)90101-7) without keeping the n × n factor
        double[] beta = solve(y);
        double[] r = residuals(y, beta);
        double[] delta = solve(r);
        for (int j = 0; j < p; j++) beta[j] += delta[j];
        r = residuals(y, beta);
        double rss = 0;
        for (double v : r) rss += v * v;
        int df = n - p;
        double sigma = Math.sqrt(rss / df);
        List<ModelFit.Coefficient> out = new ArrayList<>(p - 1);
        for (int j = 1; j < p; j++) {
            double norm = 0;
            for (int k = j; k < p; k++) norm += rInv[j][k] * rInv[j][k];
            out.add(ModelFit.Coefficient.of(terms[j - 1], columns[j - 1], beta[j], sigma * Math.sqrt(norm), df));
        }
        return new ModelFit(out, sigma);
    }
}
