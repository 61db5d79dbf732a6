package org.gutskin.evidence.triage;

import org.gutskin.evidence.kb.Urgency;

/**
 * Where a result sends the reader, most urgent first (the contract's four values). {@code standard} is earned only
 * when every triage question was asked and answered no; when none or only some were asked the route is
 * {@code not-assessed}, never {@code standard}.
 */
public enum Route {
    URGENT_CARE("urgent-care"),
    CLINICIAN_FIRST("clinician-first"),
    NOT_ASSESSED("not-assessed"),
    STANDARD("standard");

    private final String id;

    Route(String id) {
        this.id = id;
    }

    /** The contract's value. */
    public String id() {
        return id;
    }

    /** True for the two routes a red flag sets. */
    public boolean flagged() {
        return this == URGENT_CARE || this == CLINICIAN_FIRST;
    }

    /** The route a raised red flag of this urgency sets. */
    public static Route of(Urgency u) {
        return u == Urgency.URGENT_CARE ? URGENT_CARE : CLINICIAN_FIRST;
    }

    /** The route with this contract value; null when there is none. */
    public static Route byId(String id) {
        for (Route r : values()) if (r.id.equals(id)) return r;
        return null;
    }
}
