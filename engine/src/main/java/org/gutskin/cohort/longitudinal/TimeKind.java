package org.gutskin.cohort.longitudinal;

/** What a series' times are. */
public enum TimeKind {
    /** Collection dates (ISO {@code yyyy-mm-dd}); a time is the day number, elapsed time is in days. */
    DATE("days"),
    /** Numbers from a metadata column (e.g. a visit number or a study day), in that column's own unit. */
    NUMBER("time units of the column"),
    /** Only an order was given ({@code --series S1,S2,…}): the times are the positions 0, 1, 2, …. */
    ORDER("positions in the series");

    private final String unit;

    TimeKind(String unit) {
        this.unit = unit;
    }

    /** The unit of elapsed time and of slopes, for a header or a report ("per day"). */
    public String unit() {
        return unit;
    }
}
