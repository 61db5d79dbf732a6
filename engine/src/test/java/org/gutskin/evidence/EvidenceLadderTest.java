package org.gutskin.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.gutskin.evidence.kb.CertaintyTier;
import org.gutskin.evidence.kb.EvidenceLevel;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.Wording;
import org.gutskin.evidence.ladder.ConditionLadder;
import org.gutskin.evidence.ladder.EvidenceLadder;
import org.gutskin.evidence.ladder.LadderRung;
import org.gutskin.evidence.ladder.LadderStatement;
import org.junit.jupiter.api.Test;

/** The ladder: strongest rung first, every statement cited, wording bounded by tier through the phrase table. */
class EvidenceLadderTest {

    private final List<ConditionLadder> ladders = EvidenceLadder.all(KnowledgeBase.get());

    @Test
    void rungsAreOrderedStrongestFirstAndEveryStatementIsCited() {
        for (ConditionLadder l : ladders) {
            List<Integer> levels = l.rungs().stream().map(r -> r.level().number()).toList();
            assertThat(levels).as(l.conditionId()).isSortedAccordingTo((a, b) -> b - a).doesNotHaveDuplicates();
            for (LadderStatement s : l.statements()) {
                assertThat(s.citations()).as(s.id()).isNotEmpty().allSatisfy(c -> assertThat(c.verified()).isTrue());
                assertThat(s.text()).startsWith(s.wording().lead());
            }
        }
    }

    @Test
    void everyConditionHasAtLeastThreeDistinctDoiOrPmidCitations() {
        for (ConditionLadder l : ladders)
            assertThat(l.citations().stream().filter(c -> c.hasDoiOrPmid()).count()).as(l.conditionId())
                    .isGreaterThanOrEqualTo(3);
    }

    @Test
    void noLowerTierWordingUsesAPhraseReservedForAHigherTier() {
        for (ConditionLadder l : ladders)
            for (LadderStatement s : l.statements())
                assertThat(s.wording().strongerPhraseIn(s.text())).as(s.id() + ": " + s.text()).isNull();
    }

    @Test
    void thePhraseTableItselfKeepsReservedPhrasesToTheirTier() {
        for (Wording w : Wording.values()) {
            assertThat(w.strongerPhraseIn(w.lead())).as(w.name()).isNull();
            if (!w.reserved().isEmpty()) assertThat(w.lead().toLowerCase(Locale.ROOT)).as(w.name()).contains(w.reserved().get(0));
        }
        // a statement a lower tier would not be allowed to make is caught
        assertThat(Wording.MECHANISM.strongerPhraseIn("Butyrate is associated with eczema")).isEqualTo("is associated with");
        assertThat(Wording.TRIAL_LIMITED.strongerPhraseIn("This strain may help as an adjunct")).isEqualTo("may help as an adjunct");
        assertThat(Wording.TRIAL_NO_BENEFIT.strongerPhraseIn("It may lower the risk of eczema")).isEqualTo("may lower the risk");
        assertThat(Wording.TRIAL_ADJUNCT.strongerPhraseIn("Guidelines recommend it")).isEqualTo("guidelines recommend");
        assertThat(Wording.GUIDELINE.strongerPhraseIn("Guidelines recommend it")).isNull();
    }

    @Test
    void noStatementCuresTreatsDiagnosesOrDetoxes() {
        for (ConditionLadder l : ladders)
            for (LadderStatement s : l.statements()) assertThat(Wording.forbiddenIn(s.text())).as(s.id()).isNull();
        assertThat(Wording.forbiddenIn("this probiotic cures acne")).isEqualTo("cures");
        assertThat(Wording.forbiddenIn("a gut detox")).isEqualTo("detox");
        assertThat(Wording.forbiddenIn("the test diagnoses rosacea")).isEqualTo("diagnoses");
        assertThat(Wording.forbiddenIn("it treats eczema")).isEqualTo("treats");
        assertThat(Wording.forbiddenIn("during treatment, diagnosed eczema")).isNull();
    }

    @Test
    void lowerTierConditionsNeverGetTheAdjunctWording() {
        for (ConditionLadder l : ladders) {
            boolean adjunct = l.statements().stream().anyMatch(s -> s.wording() == Wording.TRIAL_ADJUNCT);
            if (l.certaintyTier() == CertaintyTier.LOWER) assertThat(adjunct).as(l.conditionId()).isFalse();
        }
        // the phrase follows the lane's certainty (CertaintyRule), not the condition's tier: every eczema lane is
        // null-dominated or low today, so no eczema trial borrows "may help" / "may lower the risk"
        ConditionLadder ad = EvidenceLadder.forCondition("atopic-dermatitis");
        assertThat(statement(ad, "ad-int-01").wording()).isNotEqualTo(Wording.TRIAL_ADJUNCT); // 56 patients
        assertThat(statement(ad, "ad-int-06").wording()).isEqualTo(Wording.TRIAL_NO_BENEFIT);
        assertThat(statement(ad, "ad-int-08").wording()).isEqualTo(Wording.TRIAL_NO_BENEFIT); // uncontrolled: very low
        assertThat(statement(ad, "ad-int-03").wording()).isNotEqualTo(Wording.TRIAL_ADJUNCT); // 22 patients
        assertThat(statement(ad, "ad-ma-01").wording()).isNotEqualTo(Wording.TRIAL_ADJUNCT); // below the SCORAD MCID
        assertThat(statement(ad, "ad-prev-02").wording()).isNotEqualTo(Wording.TRIAL_PREVENTION); // lane null-dominated
        assertThat(statement(EvidenceLadder.forCondition("psoriasis"), "ps-int-01").wording())
                .isIn(Wording.TRIAL_LIMITED, Wording.TRIAL_NO_BENEFIT);
    }

    @Test
    void theLadderShowsAllFourRungsForAtopicDermatitisAndOnlyVerifiedItems() {
        ConditionLadder ad = EvidenceLadder.forCondition("atopic-dermatitis");
        assertThat(ad.rungs()).extracting(LadderRung::level).containsExactly(EvidenceLevel.GUIDELINE,
                EvidenceLevel.TRIAL, EvidenceLevel.ASSOCIATION, EvidenceLevel.MECHANISM);
        assertThat(ad.statements()).extracting(LadderStatement::id).doesNotContain("ad-tax-09", "ad-gl-03", "ad-int-07");
        assertThat(ad.certaintyTier()).isEqualTo(CertaintyTier.LOWER); // no lane reaches moderate (CertaintyTierTest)
    }

    private static LadderStatement statement(ConditionLadder l, String id) {
        return l.statements().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
