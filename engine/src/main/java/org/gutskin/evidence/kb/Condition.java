package org.gutskin.evidence.kb;

import java.util.List;

/**
 * A skin condition: its id (one of the contract's five), display name, the words labels and questions use for it,
 * the certainty tier of its gut-skin evidence with the reason, its facts (all, verified or not) and checklist.
 */
public record Condition(String id, String name, List<String> aliases, CertaintyTier certaintyTier,
        String certaintyNote, List<Citation> certaintyCitations, List<Fact> facts, List<ChecklistItem> checklist) {

    public Condition {
        aliases = List.copyOf(aliases);
        certaintyCitations = List.copyOf(certaintyCitations);
        facts = List.copyOf(facts);
        checklist = List.copyOf(checklist);
    }
}
