package org.gutskin.evidence.triage;

/** Where a result sends the reader: to a clinician before anything else, or the standard reading. */
public enum Route {
    CLINICIAN_FIRST("clinician-first"),
    STANDARD("standard");

    private final String id;

    Route(String id) {
        this.id = id;
    }

    /** The contract's value ({@code clinician-first} or {@code standard}). */
    public String id() {
        return id;
    }
}
