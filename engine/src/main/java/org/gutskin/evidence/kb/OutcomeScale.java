package org.gutskin.evidence.kb;

import java.util.List;

/**
 * An outcome instrument with its minimal clinically important difference (from {@code interventions.yaml},
 * {@code outcomes}): {@code kind} {@code difference} (a score; {@code mcid} in its units, e.g. SCORAD 8.7 points)
 * or {@code responder} (a share reaching a threshold such as PASI 75 or IGA 0/1; no MCID, the threshold is the
 * clinical bar). The source is cited; an unverified source is used for the rule but not printed as a reference.
 */
public record OutcomeScale(String id, String name, String kind, Double mcid, String unit, List<Citation> citations,
        String note) {

    public OutcomeScale {
        citations = List.copyOf(citations);
    }

    public boolean responder() {
        return "responder".equals(kind);
    }
}
