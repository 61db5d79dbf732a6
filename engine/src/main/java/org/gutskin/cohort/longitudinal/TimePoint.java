package org.gutskin.cohort.longitudinal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One sample of a series.
 *
 * @param time the sample's time on the series' {@link TimeKind} scale (the epoch day for a date)
 * @param date the collection date, when the series is dated
 */
public record TimePoint(String sampleId, double time, Optional<LocalDate> date, SampleLabels labels) {

    public TimePoint {
        if (sampleId == null || sampleId.isEmpty()) throw new IllegalArgumentException("empty sample id");
        if (!Double.isFinite(time)) throw new IllegalArgumentException("time of " + sampleId + " is not finite");
        labels = labels == null ? SampleLabels.UNKNOWN : labels;
    }
}
