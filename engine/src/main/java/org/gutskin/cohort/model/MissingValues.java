package org.gutskin.cohort.model;

import java.util.Locale;

/**
 * What to do with a sample whose formula or strata value is missing. {@link #DROP} (the default, as R's
 * {@code na.omit}) leaves it out and counts it per column; {@link #IMPUTE} fills a numeric covariate with the
 * median and a factor with its most frequent level (ties: the first in sorted order) over the samples that have a
 * value — deterministic, so no seed is needed. A missing strata value is never imputed (a made-up pairing would
 * break the design): such samples are always dropped.
 */
public enum MissingValues {
    DROP, IMPUTE;

    public static MissingValues of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "drop" -> DROP;
            case "impute", "impute-median" -> IMPUTE;
            default -> throw new IllegalArgumentException("unknown --missing '" + name + "'; use drop or impute (median / most frequent level)");
        };
    }

    public String label() {
        return this == DROP ? "drop" : "impute (numeric: median; factor: most frequent level)";
    }
}
