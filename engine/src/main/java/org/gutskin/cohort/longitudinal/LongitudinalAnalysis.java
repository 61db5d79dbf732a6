package org.gutskin.cohort.longitudinal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gutskin.cohort.Grouping;
import org.gutskin.cohort.KruskalWallis;
import org.gutskin.cohort.MannWhitneyU;
import org.gutskin.cohort.RankTest;
import org.gutskin.profile.AbundanceTable;

/**
 * The per-subject summaries of a cohort and their group tests: for each series the distances on each beta metric
 * ({@link SeriesDistances}) and the summary ({@link SubjectSummary}); then, for each summary measure, Kruskal–Wallis
 * across the groups (and Mann–Whitney U for two groups) over the subjects with a value — the same tests, and the
 * same rule, as the cohort's per-sample scores. A subject's group is its samples' group; a subject whose samples are
 * in different groups is summarised but left out of the tests, and counted in a note. Single-sample subjects have
 * no change (NaN) and are left out of the tests, counted too.
 */
public final class LongitudinalAnalysis {

    private LongitudinalAnalysis() {}

    /**
     * @param set the series (their samples among {@code sampleIds})
     * @param relative the analysed samples at the analysis rank, renormalised (what the cohort's beta metrics see)
     * @param sampleIds the analysed samples, in the order of {@code g} and of each score's values
     * @param scores per-sample scores (alpha metrics, indices), in {@code sampleIds} order
     * @param g the analysed samples' groups
     */
    public static LongitudinalResult run(SeriesSet set, AbundanceTable relative, List<String> sampleIds,
            Map<String, double[]> scores, Grouping g, List<String> metrics) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < sampleIds.size(); i++) at.put(sampleIds.get(i), i);
        List<List<SeriesDistances>> distances = new ArrayList<>();
        List<SubjectSummary> summaries = new ArrayList<>();
        Map<String, String> groupOf = new LinkedHashMap<>();
        int singles = 0, mixedGroups = 0, mixedSeries = 0;
        for (Series s : set.series()) {
            List<SeriesDistances> ds = new ArrayList<>();
            for (String m : metrics) ds.add(SeriesDistances.compute(s, relative, m));
            Map<String, double[]> inOrder = new LinkedHashMap<>();
            for (Map.Entry<String, double[]> e : scores.entrySet()) {
                double[] v = new double[s.size()];
                for (int i = 0; i < v.length; i++) v[i] = e.getValue()[index(at, s.point(i).sampleId())];
                inOrder.put(e.getKey(), v);
            }
            distances.add(ds);
            summaries.add(SubjectSummary.of(s, ds, inOrder));
            Set<String> groups = new LinkedHashSet<>();
            for (TimePoint p : s.points()) groups.add(g.labels().get(g.codes()[index(at, p.sampleId())]));
            groupOf.put(s.subject(), groups.size() == 1 ? groups.iterator().next() : "");
            if (s.isSingle()) singles++;
            if (groups.size() > 1) mixedGroups++;
            if (s.isMixed()) mixedSeries++;
        }
        List<String> scoreNames = List.copyOf(scores.keySet());
        List<LongitudinalTest> tests = new ArrayList<>();
        for (String measure : SubjectSummary.measureNames(metrics, scoreNames)) {
            List<Double> values = new ArrayList<>();
            List<Integer> codes = new ArrayList<>();
            for (SubjectSummary sum : summaries) {
                double v = sum.measures().get(measure);
                String group = groupOf.get(sum.subject());
                if (!Double.isFinite(v) || group.isEmpty()) continue;
                values.add(v);
                codes.add(g.labels().indexOf(group));
            }
            double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
            int[] c = codes.stream().mapToInt(Integer::intValue).toArray();
            RankTest kw = KruskalWallis.test(v, c, g.groupCount());
            tests.add(new LongitudinalTest("kruskal", measure, kw.statistic(), kw.pValue(), v.length));
            if (g.groupCount() == 2) {
                Grouping sub = new Grouping(g.labels(), c);
                RankTest mw = MannWhitneyU.test(sub.select(v, 0), sub.select(v, 1));
                tests.add(new LongitudinalTest("mannwhitneyu", measure, mw.statistic(), mw.pValue(), v.length));
            }
        }
        List<String> notes = new ArrayList<>();
        String unit = switch (set.kind()) {
            case DATE -> "dates, elapsed time in days";
            case NUMBER -> "column '" + set.timeColumn() + "' as numbers, elapsed time in its units";
            case ORDER -> "the order given";
        };
        notes.add("Longitudinal: " + set.series().size() + " subject(s) by '" + set.subjectColumn() + "', time from "
                + unit + "; per subject the first-to-last distance and the mean distance between consecutive samples on "
                + String.join(", ", metrics) + ", and the OLS slope of each score over time; each tested between groups"
                + " over the subjects with a value (Kruskal–Wallis" + (g.groupCount() == 2 ? ", Mann–Whitney U" : "") + ").");
        if (singles > 0)
            notes.add("Longitudinal: " + singles + " subject(s) with a single sample: no change is computed for them (NaN),"
                    + " and they are left out of the tests.");
        if (mixedGroups > 0)
            notes.add("Longitudinal: " + mixedGroups + " subject(s) whose samples are in different groups are left out of"
                    + " the group tests (their group column is empty).");
        if (mixedSeries > 0)
            notes.add("Longitudinal: " + mixedSeries + " series mix profilers or body sites (allowed); their comparisons"
                    + " carry a label in longitudinal.tsv and longitudinal_distances.tsv.");
        Map<String, Long> leftOut = new LinkedHashMap<>();
        for (SeriesSet.LeftOut l : set.leftOut()) leftOut.merge(l.why(), 1L, Long::sum);
        for (Map.Entry<String, Long> e : leftOut.entrySet())
            notes.add("Longitudinal: " + e.getValue() + " analysed sample(s) in no series: " + e.getKey() + ".");
        return new LongitudinalResult(set, metrics, scoreNames, distances, summaries, groupOf, tests, notes);
    }

    private static int index(Map<String, Integer> at, String id) {
        Integer i = at.get(id);
        if (i == null) throw new IllegalArgumentException("series sample " + id + " is not among the analysed samples");
        return i;
    }
}
