package org.gutskin.evidence.label;

import java.util.List;
import org.gutskin.evidence.kb.Population;
import org.gutskin.evidence.kb.Purpose;

/**
 * What the parser read from a label: the organisms, the CFU amount per serving (null if none printed), the claimed
 * condition (null if none), who it is for and whether it claims prevention (null when not said), and any wording
 * that overclaims.
 */
public record ParsedLabel(String text, List<LabelOrganism> organisms, Double doseCfu, String conditionId,
        Population population, Purpose purpose, List<String> overclaims) {

    public ParsedLabel {
        organisms = List.copyOf(organisms);
        overclaims = List.copyOf(overclaims);
    }
}
