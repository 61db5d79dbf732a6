package org.gutskin.report.model;

import java.util.List;

/** A clinical term or score that appears in the report, explained in plain words, with its sources when it states facts. */
public record GlossaryEntry(String term, String meaning, List<String> citations) {

    public GlossaryEntry {
        citations = List.copyOf(citations);
    }
}
