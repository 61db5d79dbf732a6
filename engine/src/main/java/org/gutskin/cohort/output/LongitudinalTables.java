package org.gutskin.cohort.output;

import java.util.List;
import java.util.Map;
import org.gutskin.cohort.longitudinal.LongitudinalResult;
import org.gutskin.cohort.longitudinal.LongitudinalTest;
import org.gutskin.cohort.longitudinal.Series;
import org.gutskin.cohort.longitudinal.SeriesDistances;
import org.gutskin.cohort.longitudinal.SubjectSummary;
import org.gutskin.cohort.longitudinal.TimePoint;
import org.gutskin.io.TsvCells;
import org.gutskin.io.TsvNumbers;

/**
 * The longitudinal tables of {@code cohort --subject --time}: {@code longitudinal.tsv} (one row per subject),
 * {@code longitudinal_distances.tsv} (one row per sample of a series: its distances to the first and the previous
 * sample) and {@code longitudinal_tests.tsv} (the group tests of each per-subject measure). Numbers as
 * {@link TsvNumbers} writes them ({@code NaN} where undefined: a single sample, a series' first sample).
 */
public final class LongitudinalTables {

    private LongitudinalTables() {}

    public static String subjects(LongitudinalResult r) {
        List<String> measures = r.measures();
        StringBuilder sb = new StringBuilder("subject\tgroup\tsamples\tfirst_sample\tlast_sample\tspan\ttime_unit");
        for (String m : measures) sb.append('\t').append(m);
        sb.append("\tlabel\n");
        for (int k = 0; k < r.summaries().size(); k++) {
            SubjectSummary s = r.summaries().get(k);
            Series series = r.set().series().get(k);
            sb.append(TsvCells.text(s.subject())).append('\t').append(TsvCells.text(r.groupOfSubject().get(s.subject())))
                    .append('\t').append(s.samples()).append('\t').append(TsvCells.text(series.point(0).sampleId()))
                    .append('\t').append(TsvCells.text(series.point(series.size() - 1).sampleId())).append('\t')
                    .append(TsvNumbers.format(s.span())).append('\t').append(TsvCells.text(r.timeUnit()));
            Map<String, Double> values = s.measures();
            for (String m : measures) sb.append('\t').append(TsvNumbers.format(values.get(m)));
            sb.append('\t').append(TsvCells.text(String.join("; ", s.labels()))).append('\n');
        }
        return sb.toString();
    }

    public static String distances(LongitudinalResult r) {
        StringBuilder sb = new StringBuilder("subject\tsample_id\ttime\telapsed");
        for (String m : r.metrics()) sb.append('\t').append(m).append("_to_first\t").append(m).append("_to_previous");
        sb.append("\tlabel_to_first\tlabel_to_previous\n");
        for (int k = 0; k < r.set().series().size(); k++) {
            Series s = r.set().series().get(k);
            List<SeriesDistances> ds = r.distances().get(k);
            for (int i = 0; i < s.size(); i++) {
                TimePoint p = s.point(i);
                sb.append(TsvCells.text(s.subject())).append('\t').append(TsvCells.text(p.sampleId())).append('\t')
                        .append(p.date().map(Object::toString).orElse(TsvNumbers.format(p.time()))).append('\t')
                        .append(TsvNumbers.format(s.elapsed(i)));
                for (SeriesDistances d : ds)
                    sb.append('\t').append(TsvNumbers.format(d.toFirst()[i])).append('\t')
                            .append(TsvNumbers.format(d.toPrevious()[i]));
                sb.append('\t').append(TsvCells.text(s.comparisonLabel(i, 0).orElse(""))).append('\t')
                        .append(TsvCells.text(i == 0 ? "" : s.comparisonLabel(i, i - 1).orElse(""))).append('\n');
            }
        }
        return sb.toString();
    }

    public static String tests(LongitudinalResult r) {
        StringBuilder sb = new StringBuilder("test\tmeasure\tstatistic\tp_value\tsubjects\n");
        for (LongitudinalTest t : r.tests())
            sb.append(t.test()).append('\t').append(t.measure()).append('\t').append(TsvNumbers.format(t.statistic()))
                    .append('\t').append(TsvNumbers.format(t.pValue())).append('\t').append(t.subjects()).append('\n');
        return sb.toString();
    }
}
