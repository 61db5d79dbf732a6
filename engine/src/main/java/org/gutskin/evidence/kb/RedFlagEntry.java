package org.gutskin.evidence.kb;

import java.util.List;

/** A triage question as data: its contract key, the question, what to do when it is true, and citations. */
public record RedFlagEntry(String key, String question, String action, List<Citation> citations) {

    public RedFlagEntry {
        citations = List.copyOf(citations);
    }
}
