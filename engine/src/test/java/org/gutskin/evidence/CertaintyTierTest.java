package org.gutskin.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.gutskin.evidence.kb.CertaintyTier;
import org.gutskin.evidence.kb.Condition;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.ladder.Certainty;
import org.gutskin.evidence.ladder.CertaintyRule;
import org.gutskin.evidence.ladder.Lane;

/**
 * A condition's overall certainty tier (the summary sentence every reader sees) may not claim more than its best
 * population × purpose lane earns under {@link CertaintyRule}: "moderate" needs a lane of moderate or high certainty
 * that is not null-dominated, "higher" a high one. Atopic dermatitis was "moderate" for every reader although no lane
 * reaches it (the audit's finding); it is now "lower".
 */
class CertaintyTierTest {

    @org.junit.jupiter.api.Test
    void noConditionTierIsStrongerThanItsBestLane() {
        KnowledgeBase kb = KnowledgeBase.get();
        for (Condition c : kb.conditions()) {
            Certainty best = CertaintyRule.lanes(kb, c.id()).stream().filter(l -> !l.nullDominated())
                    .map(Lane::certainty).min(Enum::compareTo).orElse(Certainty.VERY_LOW);
            CertaintyTier earned = best == Certainty.HIGH ? CertaintyTier.HIGHER
                    : best == Certainty.MODERATE ? CertaintyTier.MODERATE : CertaintyTier.LOWER;
            assertThat(c.certaintyTier().ordinal()).as(c.id() + ": tier " + c.certaintyTier().word() + ", best lane "
                    + best.word()).isGreaterThanOrEqualTo(earned.ordinal());
        }
        assertThat(kb.condition("atopic-dermatitis").certaintyTier()).isEqualTo(CertaintyTier.LOWER);
    }
}
