package org.gutskin.cohort.longitudinal;

import java.util.List;

/**
 * {@code cohort --subject COLUMN --time COLUMN [--series-exclude ID,…] [--allow-mixed]}: per-subject change
 * summaries beside the group comparison. Travels inside the cohort request (and its JSON for the Spark job).
 *
 * @param exclude samples left out of every series (e.g. technical replicates), still in the group comparison
 */
public record LongitudinalRequest(String subjectColumn, String timeColumn, List<String> exclude, boolean allowMixed) {

    public LongitudinalRequest {
        if (subjectColumn == null || subjectColumn.isBlank()) throw new IllegalArgumentException("no subject column");
        if (timeColumn == null || timeColumn.isBlank()) throw new IllegalArgumentException("no time column");
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }
}
