package org.gutskin.evidence.label;

import java.util.List;

/**
 * The safety block of a label verdict: the person's context (safety-context red-flag keys), the product's traits
 * ({@code yeast}, {@code spore-former}, {@code multi-strain-high-dose} …), the fired concerns (any one makes the
 * verdict {@code safety-concern}) and the notes (shown, never change the verdict). Computed by {@link SafetyRules}.
 */
public record LabelSafety(List<String> context, List<String> productTraits, List<SafetyFinding> concerns,
        List<SafetyFinding> notes) {

    public LabelSafety {
        context = List.copyOf(context);
        productTraits = List.copyOf(productTraits);
        concerns = List.copyOf(concerns);
        notes = List.copyOf(notes);
    }

    public boolean hasConcern() {
        return !concerns.isEmpty();
    }
}
