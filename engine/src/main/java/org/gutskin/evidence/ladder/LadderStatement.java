package org.gutskin.evidence.ladder;

import java.util.List;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.Wording;

/**
 * One statement on a rung: the knowledge-base item it comes from, the wording its tier allows, the text (the
 * wording's lead phrase, then the curated statement) and its verified citations.
 */
public record LadderStatement(String id, Wording wording, String text, List<Citation> citations) {

    public LadderStatement {
        citations = List.copyOf(citations);
    }

    /** The citations as printed identifiers (DOI, {@code PMID:n}, or URL for web-only guidance). */
    public List<String> citationIds() {
        return citations.stream().map(Citation::identifier).distinct().toList();
    }
}
