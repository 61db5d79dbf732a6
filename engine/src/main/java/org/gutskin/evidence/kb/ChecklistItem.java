package org.gutskin.evidence.kb;

import java.util.List;

/** A question for the clinic discussion checklist, with the citations that motivate it. */
public record ChecklistItem(String text, List<Citation> citations) {

    public ChecklistItem {
        citations = List.copyOf(citations);
    }
}
