package org.gutskin.index;

/** What an index says about one sample; {@link #label()} is the spelling used in outputs. */
public enum HealthCall {
    HEALTHY("healthy"),
    NON_HEALTHY("non-healthy"),
    /** Inside the model's reject band (GMWI2: |score| &lt; 1), or exactly on the boundary for GMHI (score 0). */
    UNCERTAIN("uncertain");

    private final String label;

    HealthCall(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
