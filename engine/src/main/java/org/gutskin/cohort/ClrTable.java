package org.gutskin.cohort;

import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.SparseVector;

/**
 * Centred log-ratio transform of a sparse composition table (Aitchison 1982, doi:10.1111/j.2517-6161.1982.tb01195.x),
 * with zeros replaced as scikit-bio 0.5.8's {@code clr(multiplicative_replacement(x))} does
 * (Martín-Fernández et al. 2003, doi:10.1023/A:1023866030544):
 *
 * <pre>x̃ = x / Σx;   zeros → δ = 1/D²;   non-zeros → (1 − z·δ) · x̃;   clr_t = ln x̃'_t − (1/D) Σ_u ln x̃'_u</pre>
 *
 * with D the number of taxa in the table and z the sample's number of zeros. The table stays sparse: a zero's
 * CLR is the per-sample constant ln δ − m_s, so a taxon's column is produced on demand in O(samples).
 * Samples summing to zero have no composition; callers drop them first.
 */
public final class ClrTable {

    private final int samples, taxa;
    private final double delta;
    private final double[] zeroClr; // ln δ − m_s
    private final int[][] colSample; // per taxon: samples where it is non-zero
    private final double[][] colValue; // per taxon: the CLR there

    public ClrTable(AbundanceTable t) {
        samples = t.sampleCount();
        taxa = t.taxonCount();
        delta = 1.0 / ((double) taxa * taxa);
        zeroClr = new double[samples];
        int[] nnz = new int[taxa];
        for (int s = 0; s < samples; s++) {
            SparseVector v = t.sample(s);
            for (int k = 0; k < v.size(); k++) nnz[v.taxon(k)]++;
        }
        colSample = new int[taxa][];
        colValue = new double[taxa][];
        for (int j = 0; j < taxa; j++) {
            colSample[j] = new int[nnz[j]];
            colValue[j] = new double[nnz[j]];
        }
        int[] fill = new int[taxa];
        double logDelta = Math.log(delta);
        for (int s = 0; s < samples; s++) {
            SparseVector v = t.sample(s);
            double sum = v.sum();
            if (!(sum > 0)) throw new IllegalArgumentException("sample " + t.sampleIds().get(s) + " sums to zero");
            int zeros = taxa - v.size();
            double scale = (1.0 - zeros * delta) / sum;
            double logSum = zeros * logDelta;
            for (int k = 0; k < v.size(); k++) logSum += Math.log(v.value(k) * scale);
            double m = logSum / taxa;
            zeroClr[s] = logDelta - m;
            for (int k = 0; k < v.size(); k++) {
                int j = v.taxon(k);
                colSample[j][fill[j]] = s;
                colValue[j][fill[j]++] = Math.log(v.value(k) * scale) - m;
            }
        }
    }

    public int taxonCount() {
        return taxa;
    }

    public int sampleCount() {
        return samples;
    }

    /** The replacement value δ used for zeros. */
    public double delta() {
        return delta;
    }

    /** Fraction of samples in which taxon j is non-zero. */
    public double prevalence(int j) {
        return colSample[j].length / (double) samples;
    }

    /** The CLR values of taxon j across all samples, in sample order. */
    public double[] column(int j) {
        double[] c = zeroClr.clone();
        int[] s = colSample[j];
        double[] v = colValue[j];
        for (int k = 0; k < s.length; k++) c[s[k]] = v[k];
        return c;
    }
}
