package org.gutskin.evidence.label;

import java.util.List;
import org.gutskin.evidence.kb.Population;
import org.gutskin.evidence.kb.Purpose;

/**
 * What the parser read from a label: the organisms, the dose (amount per serving, unit, servings per day; null if no
 * amount is printed), every condition named (first mentioned first; empty if none), who it is for and whether it
 * claims prevention (null when not said), and the claim wording ({@link ClaimWording}: cure, clinical,
 * structure/function).
 */
public record ParsedLabel(String text, List<LabelOrganism> organisms, Dose dose, List<String> conditionIds,
        Population population, Purpose purpose, List<ClaimWording.Claim> claims) {

    public ParsedLabel {
        organisms = List.copyOf(organisms);
        conditionIds = List.copyOf(conditionIds);
        claims = List.copyOf(claims);
    }

    /** The CFU amount per serving (the contract's {@code doseCfu}); null when none is printed or it is AFU or mg. */
    public Double doseCfu() {
        return dose != null && dose.isCfu() ? dose.amount() : null;
    }

    /** The first condition named, or null. */
    public String conditionId() {
        return conditionIds.isEmpty() ? null : conditionIds.get(0);
    }

    /** Cure-type wording as printed (always exceeds the evidence). */
    public List<String> overclaims() {
        return phrases(ClaimWording.Kind.CURE);
    }

    /** "Clinically proven/shown/tested" wording as printed. */
    public List<String> clinicalClaims() {
        return phrases(ClaimWording.Kind.CLINICAL);
    }

    /** Structure/function wording as printed ("supports skin health"). */
    public List<String> structureFunctionClaims() {
        return phrases(ClaimWording.Kind.STRUCTURE_FUNCTION);
    }

    private List<String> phrases(ClaimWording.Kind kind) {
        return claims.stream().filter(c -> c.kind() == kind).map(ClaimWording.Claim::text).toList();
    }
}
