package org.gutskin.cohort.model;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;

/**
 * A linear mixed model with random intercepts, fitted by REML as R's {@code lme4::lmer} fits it and tested as
 * {@code lmerTest} tests it — what MaAsLin2's LM pipeline runs with {@code random_effects}.
 *
 * <p><b>Model.</b> y = Xβ + Σ_k Z_k b_k + ε with ε ~ N(0, σ²I) and, per grouping k, b_k ~ N(0, σ²θ_k² I):
 * θ_k is the relative standard deviation of grouping k's intercepts (lme4's Λ_θ is diag(θ_k per level)).
 *
 * <p><b>Criterion.</b> The profiled REML criterion of Bates, Mächler, Bolker &amp; Walker 2015, "Fitting linear
 * mixed-effects models using lme4", J Stat Softw 67(1), doi:10.18637/jss.v067.i01, §3.4 ("The REML criterion"):
 * d(θ) = log|L_θ|² + log|R_X|² + (n − p)(1 + log(2π r²(θ)/(n − p))), where L_θL_θᵀ = ΛZᵀZΛ + I,
 * R_XᵀR_X = XᵀX − XᵀZΛ(ΛZᵀZΛ + I)⁻¹ΛZᵀX (= XᵀV⁻¹X with V = I + ZΛΛZᵀ) and r²(θ) = (y − Xβ̂)ᵀV⁻¹(y − Xβ̂)
 * the penalised residual sum of squares. Everything is computed in the space of the q random levels (Woodbury),
 * never an n × n matrix: per evaluation one q × q Cholesky factor (Hipparchus). θ is minimised over θ ≥ 0 from
 * θ = 1 as lme4 starts: one grouping by Brent's method on [0, {@value #THETA_MAX}], several by BOBYQA (Powell
 * 2009; both from Hipparchus's optim module). β̂ is the GLS estimate at θ̂,
 * σ̂² = r²/(n − p), Cov(β̂) = σ̂²(R_XᵀR_X)⁻¹ — lme4's {@code fixef}, {@code sigma} and {@code vcov}.
 *
 * <p><b>Degrees of freedom.</b> Satterthwaite's, as lmerTest's {@code summary} (Kuznetsova, Brockhoff &amp;
 * Christensen 2017, "lmerTest package: tests in linear mixed effects models", J Stat Softw 82(13),
 * doi:10.18637/jss.v082.i13, §3.2): for coefficient j, ν_j = 2 c_j² / (∇c_jᵀ A ∇c_j), with c_j = Var(β̂_j) as a
 * function of the variance parameters φ = (θ_1 … θ_m, σ), A = 2H⁺ the asymptotic covariance of φ̂ from the
 * Hessian H of the unprofiled REML deviance D(θ, σ) = log|L_θ|² + log|R_X|² + r²(θ)/σ² + (n − p)log(2πσ²)
 * (Bates et al. eq. for −2ℓ_R(θ, σ²)), and H⁺ its inverse on the eigenvalues above 1e-8, as lmerTest's
 * {@code as_lmerModLT}. lmerTest differentiates numerically; here the derivatives are exact (with P = V⁻¹ −
 * V⁻¹X(XᵀV⁻¹X)⁻¹XᵀV⁻¹, G_kl = Z_kᵀPZ_l, g_k = Z_kᵀPy, F_k = Z_kᵀV⁻¹X, M = XᵀV⁻¹X):
 * ∂²D/∂θ_k∂θ_l = 2δ_kl tr G_kk − 4θ_kθ_l‖G_kl‖²_F + (8θ_kθ_l g_kᵀG_kl g_l − 2δ_kl‖g_k‖²)/σ²,
 * ∂²D/∂θ_k∂σ = 4θ_k‖g_k‖²/σ³, ∂²D/∂σ² = 6r²/σ⁴ − 2(n − p)/σ²,
 * ∂c_j/∂θ_k = 2θ_kσ²‖F_k M⁻¹e_j‖², ∂c_j/∂σ = 2σ(M⁻¹)_jj. The p-value is two-sided from Student's t with ν_j.
 *
 * <p>Refused (an {@link IllegalArgumentException} naming the grouping): a grouping with fewer than two levels, or
 * with as many levels as samples (lme4 refuses both); an aliased fixed-effects column, as {@link LeastSquares}.
 * A response constant within every level can put θ̂ on the boundary 0 — the fit is then least squares with
 * Satterthwaite's degrees of freedom, as lme4 reports a singular fit.
 */
public final class MixedModel implements ResponseModel {

    private static final long serialVersionUID = 1L;

    /** The largest relative standard deviation searched with one grouping (lme4's is unbounded; 10³ is far beyond any fit seen). */
    static final double THETA_MAX = 1e3;

    /** H's eigenvalues at or below this are left out of its inverse, as lmerTest's {@code tol = 1e-8}. */
    static final double EIGEN_TOLERANCE = 1e-8;

    private final double[][] x; // n × p, column 0 the intercept
    private final String[] terms, columns; // per column 1..p-1
    private final String[] groupings;
    private final int[][] level; // per grouping, per sample: the global level index (offset of the grouping + level)
    private final int[] offset; // per grouping, its first global level; offset[m] = q
    private final double[][] ztz, ztx, xtx;
    private final int n, p, q, m;

    public MixedModel(ModelDesign design) {
        RandomEffects re = design.random();
        if (re == null) throw new IllegalArgumentException("the design has no random intercepts");
        n = design.size();
        LeastSquares.Columns c = LeastSquares.Columns.of(design.terms(), n);
        x = c.x();
        p = x[0].length;
        terms = c.terms();
        columns = c.columns();
        m = re.terms();
        groupings = re.names().toArray(String[]::new);
        offset = new int[m + 1];
        for (int k = 0; k < m; k++) {
            int levels = re.levelCounts()[k];
            if (levels < 2)
                throw new IllegalArgumentException("random intercept '" + groupings[k] + "' has a single level among the "
                        + n + " samples: it needs at least two");
            if (levels >= n)
                throw new IllegalArgumentException("random intercept '" + groupings[k] + "' has " + levels + " levels for "
                        + n + " samples: every level needs repeated samples (lme4 refuses this too)");
            offset[k + 1] = offset[k] + levels;
        }
        q = offset[m];
        level = new int[m][n];
        for (int k = 0; k < m; k++)
            for (int i = 0; i < n; i++) level[k][i] = offset[k] + re.levels()[k][i];
        ztz = new double[q][q];
        ztx = new double[q][p];
        xtx = new double[p][p];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                int a = level[k][i];
                for (int l = 0; l < m; l++) ztz[a][level[l][i]] += 1;
                for (int j = 0; j < p; j++) ztx[a][j] += x[i][j];
            }
            for (int j = 0; j < p; j++)
                for (int k = 0; k < p; k++) xtx[j][k] += x[i][j] * x[i][k];
        }
    }

    @Override
    public int samples() {
        return n;
    }

    /** The random groupings' names, in the order of {@link Fit#theta}. */
    public List<String> groupings() {
        return List.of(groupings);
    }

    /** Zᵀy, Xᵀy and yᵀy of one response (centred: the intercept absorbs the mean, and the cancellation in r² is smaller). */
    private record Response(double[] zty, double[] xty, double yty, double mean) {}

    private Response response(double[] y) {
        if (y.length != n) throw new IllegalArgumentException(y.length + " values for " + n + " samples");
        double mean = 0;
        for (double v : y) mean += v;
        mean /= n;
        double[] zty = new double[q], xty = new double[p];
        double yty = 0;
        for (int i = 0; i < n; i++) {
            double v = y[i] - mean;
            yty += v * v;
            for (int k = 0; k < m; k++) zty[level[k][i]] += v;
            for (int j = 0; j < p; j++) xty[j] += x[i][j] * v;
        }
        return new Response(zty, xty, yty, mean);
    }

    /** The penalised least-squares solution at one θ: log|L_θ|², log|R_X|², r², β̂ (centred y) and the factors. */
    private final class Solution {
        final double[] theta, lambda, beta;
        final double logDetA, logDetM, r2;
        final DecompositionSolver aSolver, mSolver;
        final RealMatrix b; // ΛZᵀX
        final double[] cy; // ΛZᵀy

        Solution(double[] theta, Response r) {
            this.theta = theta.clone();
            lambda = new double[q];
            for (int k = 0; k < m; k++)
                for (int a = offset[k]; a < offset[k + 1]; a++) lambda[a] = theta[k];
            double[][] a = new double[q][q];
            for (int i = 0; i < q; i++) {
                for (int j = 0; j < q; j++) a[i][j] = lambda[i] * ztz[i][j] * lambda[j];
                a[i][i] += 1;
            }
            CholeskyDecomposition ca = new CholeskyDecomposition(new Array2DRowRealMatrix(a, false), 1e-12, 1e-12);
            logDetA = logDet(ca);
            aSolver = ca.getSolver();
            double[][] bd = new double[q][p];
            cy = new double[q];
            for (int i = 0; i < q; i++) {
                for (int j = 0; j < p; j++) bd[i][j] = lambda[i] * ztx[i][j];
                cy[i] = lambda[i] * r.zty()[i];
            }
            b = new Array2DRowRealMatrix(bd, false);
            RealMatrix w = aSolver.solve(b);
            double[] wy = aSolver.solve(new org.hipparchus.linear.ArrayRealVector(cy, false)).toArray();
            double[][] md = new double[p][p];
            double[] mv = new double[p];
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    double s = xtx[j][k];
                    for (int i = 0; i < q; i++) s -= bd[i][j] * w.getEntry(i, k);
                    md[j][k] = s;
                }
                double s = r.xty()[j];
                for (int i = 0; i < q; i++) s -= bd[i][j] * wy[i];
                mv[j] = s;
            }
            for (int j = 0; j < p; j++) // symmetrise the rounding
                for (int k = j + 1; k < p; k++) md[j][k] = md[k][j] = 0.5 * (md[j][k] + md[k][j]);
            double s = r.yty();
            for (int i = 0; i < q; i++) s -= cy[i] * wy[i];
            CholeskyDecomposition cm = new CholeskyDecomposition(new Array2DRowRealMatrix(md, false), 1e-12, 0);
            logDetM = logDet(cm);
            mSolver = cm.getSolver();
            beta = mSolver.solve(new org.hipparchus.linear.ArrayRealVector(mv, false)).toArray();
            for (int j = 0; j < p; j++) s -= mv[j] * beta[j];
            r2 = s;
        }

        /** The profiled REML criterion d(θ). */
        double criterion() {
            int df = n - p;
            return logDetA + logDetM + df * (1 + Math.log(2 * Math.PI * r2 / df));
        }
    }

    private static double logDet(CholeskyDecomposition c) {
        RealMatrix l = c.getL();
        double s = 0;
        for (int i = 0; i < l.getRowDimension(); i++) s += Math.log(l.getEntry(i, i));
        return 2 * s;
    }

    /** A fit with its variance parameters: θ̂ per grouping (in {@link #groupings()} order) and σ̂. */
    public record Fit(ModelFit fit, double[] theta, double sigma, double reml) {}

    @Override
    public ModelFit fit(double[] y) {
        return fitWithVariances(y).fit();
    }

    /** The fit and its variance parameters. */
    public Fit fitWithVariances(double[] y) {
        Response r = response(y);
        double[] theta = optimise(r);
        return result(polish(new Solution(theta, r), r), r);
    }

    /** θ̂: Brent's method for one grouping, BOBYQA for several; starting from θ = 1 as lme4. */
    private double[] optimise(Response r) {
        if (m == 1) {
            BrentOptimizer brent = new BrentOptimizer(1e-10, 1e-12);
            UnivariatePointValuePair best = brent.optimize(new MaxEval(10_000), GoalType.MINIMIZE,
                    new UnivariateObjectiveFunction(t -> new Solution(new double[] {t}, r).criterion()),
                    new SearchInterval(0, THETA_MAX, 1));
            // Brent never evaluates the interval's ends: the boundary θ = 0 (a singular fit) is compared explicitly
            double atZero = new Solution(new double[] {0}, r).criterion();
            return new double[] {atZero <= best.getValue() ? 0 : best.getPoint()};
        }
        double[] lower = new double[m], upper = new double[m], start = new double[m];
        java.util.Arrays.fill(upper, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(start, 1);
        BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(2 * m + 1, 0.25, 1e-10);
        PointValuePair best = bobyqa.optimize(new MaxEval(100_000), GoalType.MINIMIZE, new InitialGuess(start),
                new SimpleBounds(lower, upper), new ObjectiveFunction(t -> new Solution(t, r).criterion()));
        return best.getPoint();
    }

    private Fit result(Solution s, Response r) {
        int df = n - p;
        double sigma2 = s.r2 / df, sigma = Math.sqrt(sigma2);
        RealMatrix mInv = s.mSolver.getInverse();
        double[][] h = hessian(s, r, sigma);
        double[][] aVp = pseudoInverseTimesTwo(h);
        // F = ZᵀV⁻¹X = ZᵀX − ZᵀZ·K·ZᵀX with K = ΛA⁻¹Λ: here as ZᵀX − ZᵀZ·Λ·(A⁻¹·ΛZᵀX)
        double[][] f = zTvInv(s, ztx, p);
        List<ModelFit.Coefficient> out = new ArrayList<>(p - 1);
        for (int j = 1; j < p; j++) {
            double cjj = sigma2 * mInv.getEntry(j, j);
            double[] grad = new double[m + 1];
            double[] u = new double[q]; // F·M⁻¹e_j
            for (int a = 0; a < q; a++) {
                double v = 0;
                for (int k = 0; k < p; k++) v += f[a][k] * mInv.getEntry(k, j);
                u[a] = v;
            }
            for (int k = 0; k < m; k++) {
                double ss = 0;
                for (int a = offset[k]; a < offset[k + 1]; a++) ss += u[a] * u[a];
                grad[k] = 2 * s.theta[k] * sigma2 * ss;
            }
            grad[m] = 2 * sigma * mInv.getEntry(j, j);
            double denom = 0;
            for (int a = 0; a <= m; a++)
                for (int b = 0; b <= m; b++) denom += grad[a] * aVp[a][b] * grad[b];
            double nu = 2 * cjj * cjj / denom;
            out.add(ModelFit.Coefficient.of(terms[j - 1], columns[j - 1], s.beta[j], Math.sqrt(cjj), nu));
        }
        return new Fit(new ModelFit(out, sigma), s.theta.clone(), sigma, s.criterion());
    }

    /** Zᵀ V⁻¹ W for the q × cols matrix ZᵀW given: ZᵀW − ZᵀZ Λ A⁻¹ Λ ZᵀW. */
    private double[][] zTvInv(Solution s, double[][] ztw, int cols) {
        double[][] lw = new double[q][cols];
        for (int a = 0; a < q; a++)
            for (int c = 0; c < cols; c++) lw[a][c] = s.lambda[a] * ztw[a][c];
        RealMatrix sol = s.aSolver.solve(new Array2DRowRealMatrix(lw, false));
        double[][] out = new double[q][cols];
        for (int a = 0; a < q; a++)
            for (int c = 0; c < cols; c++) {
                double v = ztw[a][c];
                for (int b = 0; b < q; b++) if (ztz[a][b] != 0) v -= ztz[a][b] * s.lambda[b] * sol.getEntry(b, c);
                out[a][c] = v;
            }
        return out;
    }

    /**
     * The per-grouping sums the derivatives are made of, at one θ: tr G_kk, ‖g_k‖², ‖G_kl‖²_F and g_kᵀG_kl g_l, with
     * G = ZᵀPZ = ZᵀV⁻¹Z − F M⁻¹ Fᵀ and g = ZᵀPy = ZᵀV⁻¹y − F β̂ (F = ZᵀV⁻¹X).
     */
    private record Sums(double[] trace, double[] gg, double[][] frob, double[][] ggg) {}

    private Sums sums(Solution s, Response r) {
        double[][] zvz = zTvInv(s, ztz, q);
        double[][] f = zTvInv(s, ztx, p);
        double[][] zy = new double[q][1];
        for (int a = 0; a < q; a++) zy[a][0] = r.zty()[a];
        double[][] zvy = zTvInv(s, zy, 1);
        RealMatrix mInv = s.mSolver.getInverse();
        double[][] fm = new double[q][p]; // F M⁻¹
        for (int a = 0; a < q; a++)
            for (int k = 0; k < p; k++) {
                double v = 0;
                for (int j = 0; j < p; j++) v += f[a][j] * mInv.getEntry(j, k);
                fm[a][k] = v;
            }
        double[][] g = new double[q][q];
        double[] gy = new double[q];
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                double v = zvz[a][b];
                for (int k = 0; k < p; k++) v -= fm[a][k] * f[b][k];
                g[a][b] = v;
            }
            double v = zvy[a][0];
            for (int k = 0; k < p; k++) v -= f[a][k] * s.beta[k];
            gy[a] = v;
        }
        double[] trace = new double[m], gg = new double[m];
        double[][] frob = new double[m][m], ggg = new double[m][m];
        for (int k = 0; k < m; k++) {
            for (int a = offset[k]; a < offset[k + 1]; a++) {
                trace[k] += g[a][a];
                gg[k] += gy[a] * gy[a];
            }
            for (int l = 0; l < m; l++)
                for (int a = offset[k]; a < offset[k + 1]; a++)
                    for (int b = offset[l]; b < offset[l + 1]; b++) {
                        frob[k][l] += g[a][b] * g[a][b];
                        ggg[k][l] += gy[a] * g[a][b] * gy[b];
                    }
        }
        return new Sums(trace, gg, frob, ggg);
    }

    /** The Hessian of D(θ, σ) in (θ_1 … θ_m, σ) at the solution (exact; see the class comment). */
    private double[][] hessian(Solution s, Response r, double sigma) {
        Sums d = sums(s, r);
        double sigma2 = sigma * sigma;
        double[][] h = new double[m + 1][m + 1];
        for (int k = 0; k < m; k++) {
            for (int l = 0; l < m; l++) {
                double tk = s.theta[k], tl = s.theta[l];
                h[k][l] = -4 * tk * tl * d.frob()[k][l] + 8 * tk * tl * d.ggg()[k][l] / sigma2;
                if (k == l) h[k][l] += 2 * d.trace()[k] - 2 * d.gg()[k] / sigma2;
            }
            h[k][m] = h[m][k] = 4 * s.theta[k] * d.gg()[k] / (sigma2 * sigma);
        }
        h[m][m] = 6 * s.r2 / (sigma2 * sigma2) - 2.0 * (n - p) / sigma2;
        return h;
    }

    /**
     * Newton steps on the profiled criterion with its exact gradient and Hessian, from the optimiser's θ: the
     * derivative-free optimisers stop where d(θ) ≈ 10⁴ no longer changes in its last digits, which leaves a flat
     * direction (a grouping with few levels) uncertain in the fifth digit; the gradient has no such floor.
     * ∂d/∂θ_k = 2θ_k(tr G_kk − (n − p)‖g_k‖²/r²); ∂²d/∂θ_k∂θ_l = 2δ_kl tr G_kk − 4θ_kθ_l‖G_kl‖²_F +
     * (n − p)[(8θ_kθ_l g_kᵀG_kl g_l − 2δ_kl‖g_k‖²)/r² − 4θ_kθ_l‖g_k‖²‖g_l‖²/r⁴]. A grouping at the boundary θ = 0
     * stays there; a step that does not lower d is not taken.
     */
    private Solution polish(Solution start, Response r) {
        Solution s = start;
        int df = n - p;
        for (int iter = 0; iter < 20; iter++) {
            Sums d = sums(s, r);
            double[] now = s.theta;
            int[] free = java.util.stream.IntStream.range(0, m).filter(k -> now[k] > 0).toArray();
            if (free.length == 0) return s;
            double r2 = s.r2;
            double[] grad = new double[free.length];
            double[][] h = new double[free.length][free.length];
            for (int a = 0; a < free.length; a++) {
                int k = free[a];
                double tk = s.theta[k];
                grad[a] = 2 * tk * (d.trace()[k] - df * d.gg()[k] / r2);
                for (int b = 0; b < free.length; b++) {
                    int l = free[b];
                    double tl = s.theta[l];
                    double v = -4 * tk * tl * d.frob()[k][l]
                            + df * (8 * tk * tl * d.ggg()[k][l] / r2 - 4 * tk * tl * d.gg()[k] * d.gg()[l] / (r2 * r2));
                    if (k == l) v += 2 * d.trace()[k] - 2 * df * d.gg()[k] / r2;
                    h[a][b] = v;
                }
            }
            double[] step;
            try {
                step = new CholeskyDecomposition(new Array2DRowRealMatrix(h, false), 1e-10, 0).getSolver()
                        .solve(new org.hipparchus.linear.ArrayRealVector(grad, false)).toArray();
            } catch (org.hipparchus.exception.MathIllegalArgumentException notPositive) {
                return s; // not a minimum in the free directions: keep the optimiser's point
            }
            double[] theta = s.theta.clone();
            double largest = 0;
            for (int a = 0; a < free.length; a++) {
                theta[free[a]] = Math.max(0, theta[free[a]] - step[a]);
                largest = Math.max(largest, Math.abs(step[a]) / Math.max(1, theta[free[a]]));
            }
            Solution next = new Solution(theta, r);
            if (!(next.criterion() <= s.criterion() + 1e-12 * Math.abs(s.criterion()))) return s;
            s = next;
            if (largest < 1e-13) return s;
        }
        return s;
    }

    /** 2H⁺: twice the inverse of H on its eigenvalues above {@link #EIGEN_TOLERANCE}, as lmerTest. */
    private static double[][] pseudoInverseTimesTwo(double[][] h) {
        EigenDecompositionSymmetric e = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(h, false));
        double[] ev = e.getEigenvalues();
        int d = h.length;
        double[][] out = new double[d][d];
        for (int k = 0; k < ev.length; k++) {
            if (!(ev[k] > EIGEN_TOLERANCE)) continue;
            double[] v = e.getEigenvector(k).toArray();
            for (int a = 0; a < d; a++)
                for (int b = 0; b < d; b++) out[a][b] += 2 * v[a] * v[b] / ev[k];
        }
        return out;
    }

    /** D(θ, σ), the unprofiled REML deviance (for tests of the derivatives). */
    double deviance(double[] y, double[] theta, double sigma) {
        Solution s = new Solution(theta, response(y));
        return s.logDetA + s.logDetM + s.r2 / (sigma * sigma) + (n - p) * Math.log(2 * Math.PI * sigma * sigma);
    }

    /** Var(β̂_j) at (θ, σ) (for tests of the derivatives). */
    double coefficientVariance(double[] y, double[] theta, double sigma, int j) {
        return sigma * sigma * new Solution(theta, response(y)).mSolver.getInverse().getEntry(j, j);
    }

    /** The exact Hessian of {@link #deviance} at (θ, σ) (for tests). */
    double[][] hessian(double[] y, double[] theta, double sigma) {
        Response r = response(y);
        return hessian(new Solution(theta, r), r, sigma);
    }
}
