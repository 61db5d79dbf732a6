package org.gutskin.evidence.label;

import java.util.List;
import org.gutskin.evidence.kb.Citation;

/** One reason behind a label verdict, with its citations (each with a DOI or PMID). */
public record Reason(String text, List<Citation> citations) {

    public Reason {
        citations = List.copyOf(citations);
    }

    /** The citation identifiers (DOI or {@code PMID:n}). */
    public List<String> citationIds() {
        return citations.stream().map(Citation::identifier).distinct().toList();
    }
}
