package org.gutskin.evidence.triage;

import java.util.ArrayList;
import java.util.List;
import org.gutskin.evidence.kb.RedFlagEntry;

/**
 * The outcome of triage: the route and the red flags answered "true", in contract order. When the route is
 * clinician-first, {@link #notice()} must be shown before every other statement ({@link #first(List)} does the
 * ordering for any list of lines).
 */
public record TriageResult(Route route, List<RedFlagEntry> redFlags) {

    public TriageResult {
        redFlags = List.copyOf(redFlags);
    }

    public boolean clinicianFirst() {
        return route == Route.CLINICIAN_FIRST;
    }

    /** The red-flag keys, contract order. */
    public List<String> redFlagKeys() {
        return redFlags.stream().map(RedFlagEntry::key).toList();
    }

    /** The routing message: empty for the standard route, else one line per red flag after a heading. */
    public List<String> notice() {
        if (!clinicianFirst()) return List.of();
        List<String> lines = new ArrayList<>();
        lines.add("ROUTE: clinician-first. Your answers raise a red flag: see a doctor or dermatologist before acting on "
                + "anything below. Nothing in this output replaces that visit.");
        for (RedFlagEntry r : redFlags) lines.add("  - " + r.question() + " " + r.action());
        return lines;
    }

    /** {@code body} with the routing notice in front of it (unchanged for the standard route). */
    public List<String> first(List<String> body) {
        List<String> out = new ArrayList<>(notice());
        out.addAll(body);
        return out;
    }
}
