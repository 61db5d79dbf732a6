package org.gutskin.cohort.longitudinal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A subject's samples over time: the one home of that concept for {@code cohort} (per-subject summaries) and the
 * follow-up report. The points are in time order with strictly increasing times (two samples of one subject at the
 * same time are refused where the series is built, naming the file and row). A series of one sample is allowed;
 * its users say so ({@link #isSingle()}) instead of computing a change.
 *
 * <p>Mixed series: samples of one subject from different profilers, or from gut and skin, are not comparable as
 * they stand. A series is built with them only when {@code allowMixed} is set, and then every comparison between
 * such samples carries a label ({@link #comparisonLabel}); without it the builders refuse the series.
 *
 * <p>Built by {@link SeriesReader#fromMetadata} (a metadata table with subject and time columns) or
 * {@link SeriesReader#fromList} (an explicit order of sample ids).
 */
public record Series(String subject, TimeKind kind, List<TimePoint> points, boolean allowMixed) {

    public Series {
        if (subject == null || subject.isEmpty()) throw new IllegalArgumentException("empty subject");
        points = List.copyOf(points);
        if (points.isEmpty()) throw new IllegalArgumentException("subject " + subject + " has no samples");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            if (!ids.add(points.get(i).sampleId()))
                throw new IllegalArgumentException("sample " + points.get(i).sampleId() + " twice in a series");
            if (i > 0 && !(points.get(i).time() > points.get(i - 1).time()))
                throw new IllegalArgumentException("times of subject " + subject + " are not strictly increasing");
        }
        if (!allowMixed) {
            for (int i = 0; i < points.size(); i++)
                for (int j = 0; j < i; j++)
                    if (points.get(i).labels().mismatch(points.get(j).labels()).isPresent())
                        throw new IllegalArgumentException("series of " + subject + " is mixed and mixing is not allowed");
        }
    }

    public int size() {
        return points.size();
    }

    /** One sample: there is no change to compute; reports say it is a single sample. */
    public boolean isSingle() {
        return points.size() == 1;
    }

    public TimePoint point(int i) {
        return points.get(i);
    }

    public List<String> sampleIds() {
        return points.stream().map(TimePoint::sampleId).toList();
    }

    /** Time of point {@code i} since the first point, in {@link TimeKind#unit()} (days for dates). */
    public double elapsed(int i) {
        return points.get(i).time() - points.get(0).time();
    }

    /** {@link #elapsed} of every point: 0 first. */
    public double[] elapsedTimes() {
        double[] t = new double[points.size()];
        for (int i = 0; i < t.length; i++) t[i] = elapsed(i);
        return t;
    }

    /**
     * The label a comparison of points {@code i} and {@code j} carries when their samples are not comparable as they
     * stand (different profilers or body sites; only in a series built with {@code allowMixed}), else empty.
     */
    public Optional<String> comparisonLabel(int i, int j) {
        return points.get(i).labels().mismatch(points.get(j).labels());
    }

    /** Whether any two of the samples have different known profilers or body sites. */
    public boolean isMixed() {
        for (int i = 0; i < points.size(); i++)
            for (int j = 0; j < i; j++)
                if (comparisonLabel(i, j).isPresent()) return true;
        return false;
    }
}
