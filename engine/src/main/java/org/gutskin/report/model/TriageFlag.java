package org.gutskin.report.model;

import java.util.List;

/** A red flag the user answered yes to: its contract key, the question, what to do, and the sources. */
public record TriageFlag(String id, String question, String action, List<String> citations) {

    public TriageFlag {
        citations = List.copyOf(citations);
    }
}
