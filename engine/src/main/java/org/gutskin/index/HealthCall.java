package org.gutskin.index;

/** What an index says about one sample; {@link #label()} is the spelling used in outputs. */
public enum HealthCall {
    HEALTHY("healthy"),
    NON_HEALTHY("non-healthy"),
    /** Inside the model's reject band (GMWI2: |score| &lt; 1), or exactly on the boundary for GMHI (score 0). */
    UNCERTAIN("uncertain"),
    /** Too few of the index's taxa were detected in the sample to say anything ({@link IndexApplicability}). */
    NO_CALL("no-call"),
    /** The index does not apply to this profile's profiler or database ({@link IndexApplicability}). */
    NOT_APPLICABLE("not-applicable");

    private final String label;

    HealthCall(String label) {
        this.label = label;
    }

    /** True for the two calls that say something about the sample (healthy, non-healthy). */
    public boolean decisive() {
        return this == HEALTHY || this == NON_HEALTHY;
    }

    public String label() {
        return label;
    }
}
