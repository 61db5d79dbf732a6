package org.gutskin.evidence.label;

import java.util.List;

/**
 * What the verified trials say about one organism of a label, for one condition (or every condition when none was
 * named): each trial that tested this exact strain, and how many tested only its species (another strain, no
 * strain, or this strain inside a mixture). The label checker's table of strains reads this; the verdict itself is
 * decided on the whole product ({@link LabelChecker}).
 */
public record OrganismEvidence(LabelOrganism organism, List<StrainTrial> strainTrials, int speciesOnlyTrials) {

    public OrganismEvidence {
        strainTrials = List.copyOf(strainTrials);
    }

    /**
     * One trial of this strain: the condition, the design in words, whether it is a controlled trial that favoured
     * the product, its citations.
     */
    public record StrainTrial(String trialId, String conditionId, String design, boolean favourable,
            List<String> citations) {

        public StrainTrial {
            citations = List.copyOf(citations);
        }
    }
}
