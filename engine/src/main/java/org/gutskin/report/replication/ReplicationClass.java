package org.gutskin.report.replication;

/** What the cohort says about one literature association (see {@link Replication} for the rules). */
public enum ReplicationClass {
    /** q below the threshold, cohort estimate in the knowledge base's direction. */
    REPLICATED("replicated"),
    /** q below the threshold, cohort estimate in the opposite direction. */
    OPPOSITE("opposite"),
    /** Not significant although the cohort had at least the required power for the stated effect. */
    NOT_DETECTED("not detected (adequately powered)"),
    /** Not significant and the cohort's power for the stated effect was below the required power. */
    NOT_DETECTABLE("not detectable at this sample size"),
    /** The taxon matched a feature, but the models gave no estimate for it (e.g. filtered out, or the fit failed). */
    NO_ESTIMATE("no estimate"),
    /** No row of the table matched the taxon (the reason is given). */
    UNMATCHED("unmatched"),
    /** The knowledge-base direction is neither increased nor decreased, so there is nothing to replicate. */
    NO_DIRECTION("no direction to test"),
    /** An unverified knowledge-base fact: the cohort's numbers are shown, never classed as evidence. */
    UNVERIFIED("unverified, not evidence");

    private final String label;

    ReplicationClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The TSV spelling, e.g. {@code not_detectable}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
