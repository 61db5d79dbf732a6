package org.gutskin.report.model;

import java.util.List;

/**
 * A red flag answered yes: its contract key, the question, how urgent ({@code urgent-care} or
 * {@code clinician-first}) and in what time frame ("today"), what to do and why, and the guideline or regulator.
 */
public record TriageFlag(String id, String question, String urgency, String timeFrame, String action,
        List<String> citations) {

    public TriageFlag {
        citations = List.copyOf(citations);
    }
}
