package org.gutskin.evidence.label;

import java.util.List;
import org.gutskin.evidence.kb.Citation;

/** One fired probiotic-safety rule: its id, its plain-words text and its citations (each with a DOI or PMID). */
public record SafetyFinding(String rule, String text, List<Citation> citations) {

    public SafetyFinding {
        citations = List.copyOf(citations);
    }

    /** The citation identifiers (DOI or {@code PMID:n}). */
    public List<String> citationIds() {
        return citations.stream().map(Citation::identifier).distinct().toList();
    }
}
