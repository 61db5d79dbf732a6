package org.gutskin.evidence.triage;

import java.util.ArrayList;
import java.util.List;
import org.gutskin.evidence.kb.AnswerConflict;
import org.gutskin.evidence.kb.RedFlagEntry;

/**
 * The outcome of triage: the route; the red flags answered yes (most urgent first, then question order); the
 * questions not asked; how many were asked of how many; and the answer conflicts found (kept as given, named).
 * When the route is flagged or not assessed, {@link #notice()} must be shown before every other statement
 * ({@link #first(List)} does the ordering for any list of lines).
 */
public record TriageResult(Route route, List<RedFlagEntry> redFlags, List<RedFlagEntry> notAsked, int asked,
        int total, List<AnswerConflict> conflicts) {

    public TriageResult {
        redFlags = List.copyOf(redFlags);
        notAsked = List.copyOf(notAsked);
        conflicts = List.copyOf(conflicts);
    }

    public boolean flagged() {
        return route.flagged();
    }

    /** The red-flag keys, most urgent first. */
    public List<String> redFlagKeys() {
        return redFlags.stream().map(RedFlagEntry::key).toList();
    }

    /**
     * The routing message, one line per item: for a flagged route a heading and each red flag with its time frame
     * and reason; for not-assessed the questions that were not asked; for standard one line saying all were asked.
     */
    public List<String> notice() {
        List<String> lines = new ArrayList<>();
        switch (route) {
            case URGENT_CARE -> lines.add("ROUTE: urgent-care. Seek medical care today (same day; emergency services "
                    + "if you feel very unwell). Do not act on anything below before that.");
            case CLINICIAN_FIRST -> lines.add("ROUTE: clinician-first. See a doctor or dermatologist before acting on "
                    + "anything below. Nothing in this output replaces that visit.");
            case NOT_ASSESSED -> lines.add("ROUTE: not-assessed. " + (asked == 0 ? "The safety questions were not asked"
                    : "Only " + asked + " of the " + total + " safety questions were asked")
                    + ", so warning signs have not been checked. Answer them (--answers) before acting on anything"
                    + " below; a yes to any of them means seeing a clinician first:");
            case STANDARD -> lines.add("ROUTE: standard. All " + total + " safety questions were asked and answered no.");
        }
        for (RedFlagEntry r : redFlags)
            lines.add("  - " + r.question() + " You answered yes. " + capital(r.timeFrame()) + ": " + r.action());
        if (route == Route.NOT_ASSESSED) for (RedFlagEntry r : notAsked) lines.add("  - " + r.question());
        for (AnswerConflict c : conflicts) lines.add("  Note: " + c.text());
        return lines;
    }

    /** {@code body} with the routing notice in front of it. */
    public List<String> first(List<String> body) {
        List<String> out = new ArrayList<>(notice());
        out.add("");
        out.addAll(body);
        return out;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
