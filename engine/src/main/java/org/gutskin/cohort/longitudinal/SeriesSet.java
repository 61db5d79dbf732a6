package org.gutskin.cohort.longitudinal;

import java.nio.file.Path;
import java.util.List;

/**
 * The series a metadata table gives, one per subject in the order subjects first appear in the file, and the
 * samples that are in no series and why (for the provenance: a sample without a subject or a time, or excluded).
 */
public record SeriesSet(Path source, String subjectColumn, String timeColumn, TimeKind kind, List<Series> series,
        List<LeftOut> leftOut) {

    /** A sample of the table (and of the profiles) that is in no series. */
    public record LeftOut(String sampleId, String why) {}

    public SeriesSet {
        series = List.copyOf(series);
        leftOut = List.copyOf(leftOut);
    }

    /** The series with one sample (allowed; no change is computed for them). */
    public List<Series> singles() {
        return series.stream().filter(Series::isSingle).toList();
    }
}
