package org.gutskin.cohort.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gutskin.cohort.CohortResult;
import org.gutskin.cohort.CohortTest;
import org.gutskin.cohort.Ordination;
import org.gutskin.cohort.TaxonAssociation;
import org.gutskin.io.TsvCells;
import org.gutskin.io.TsvNumbers;

/**
 * The TSV tables of a cohort result, as the command-line contract names them: {@code alpha.tsv},
 * {@code tests.tsv}, {@code differential_abundance.tsv}, {@code ordination.tsv} (and the axes' eigenvalues in
 * {@code ordination_axes.tsv}). Numbers as {@link TsvNumbers} writes them (round-trip precision, undefined
 * values as {@code NaN}).
 */
public final class CohortTables {

    private CohortTables() {}

    public static String alpha(CohortResult r) {
        StringBuilder sb = new StringBuilder("sample_id\tgroup");
        for (String m : r.scores().keySet()) sb.append('\t').append(m);
        sb.append('\n');
        for (int i = 0; i < r.sampleIds().size(); i++) {
            sb.append(TsvCells.text(r.sampleIds().get(i))).append('\t')
                    .append(TsvCells.text(r.grouping().labels().get(r.grouping().codes()[i])));
            for (double[] v : r.scores().values()) sb.append('\t').append(TsvNumbers.format(v[i]));
            sb.append('\n');
        }
        return sb.toString();
    }

    public static String tests(CohortResult r) {
        StringBuilder sb = new StringBuilder("test\tmetric\tstatistic\tp_value\tpermutations\n");
        for (CohortTest t : r.tests())
            sb.append(t.test()).append('\t').append(t.metric()).append('\t').append(TsvNumbers.format(t.statistic())).append('\t')
                    .append(TsvNumbers.format(t.pValue())).append('\t').append(t.permutations()).append('\n');
        return sb.toString();
    }

    /** Sorted by p-value (undefined last), then taxon. */
    public static String differential(CohortResult r) {
        List<String> labels = r.grouping().labels();
        StringBuilder sb = new StringBuilder("taxon\teffect_size\teffect_measure\tp_value\tq_value\ttest\tstatistic\tprevalence");
        for (String l : labels) sb.append("\tmean_clr_").append(l);
        sb.append('\n');
        List<TaxonAssociation> rows = new ArrayList<>(r.differential());
        rows.sort(Comparator.comparingDouble((TaxonAssociation t) -> Double.isNaN(t.pValue()) ? 2 : t.pValue())
                .thenComparing(TaxonAssociation::taxon));
        for (TaxonAssociation t : rows) {
            sb.append(TsvCells.text(t.taxon())).append('\t').append(TsvNumbers.format(t.effectSize())).append('\t').append(t.effectMeasure())
                    .append('\t').append(TsvNumbers.format(t.pValue())).append('\t').append(TsvNumbers.format(t.qValue())).append('\t')
                    .append(t.test()).append('\t').append(TsvNumbers.format(t.statistic())).append('\t').append(TsvNumbers.format(t.prevalence()));
            for (double m : t.meanClr()) sb.append('\t').append(TsvNumbers.format(m));
            sb.append('\n');
        }
        return sb.toString();
    }

    public static String ordination(CohortResult r) {
        Ordination o = r.ordination();
        StringBuilder sb = new StringBuilder("sample_id\tgroup");
        for (int a = 0; a < o.axes(); a++) sb.append("\tPC").append(a + 1);
        sb.append('\n');
        for (int i = 0; i < o.ids().size(); i++) {
            sb.append(TsvCells.text(o.ids().get(i))).append('\t')
                    .append(TsvCells.text(r.grouping().labels().get(r.grouping().codes()[i])));
            for (int a = 0; a < o.axes(); a++) sb.append('\t').append(TsvNumbers.format(o.coordinates()[i][a]));
            sb.append('\n');
        }
        return sb.toString();
    }

    public static String ordinationAxes(CohortResult r) {
        Ordination o = r.ordination();
        StringBuilder sb = new StringBuilder("axis\teigenvalue\tproportion_explained\n");
        for (int a = 0; a < o.axes(); a++)
            sb.append("PC").append(a + 1).append('\t').append(TsvNumbers.format(o.eigenvalues()[a])).append('\t')
                    .append(TsvNumbers.format(o.proportionExplained()[a])).append('\n');
        return sb.toString();
    }


}
