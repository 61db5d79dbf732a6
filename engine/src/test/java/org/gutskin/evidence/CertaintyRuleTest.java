package org.gutskin.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gutskin.evidence.kb.AgeBand;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.Purpose;
import org.gutskin.evidence.kb.Trial;
import org.gutskin.evidence.kb.Wording;
import org.gutskin.evidence.ladder.Certainty;
import org.gutskin.evidence.ladder.CertaintyRule;
import org.gutskin.evidence.ladder.ConditionLadder;
import org.gutskin.evidence.ladder.EvidenceLadder;
import org.gutskin.evidence.ladder.Lane;
import org.gutskin.evidence.ladder.LadderStatement;
import org.gutskin.evidence.ladder.TrialAssessment;
import org.junit.jupiter.api.Test;

/** Pins the wording rule ({@link CertaintyRule}) on the cited numbers of the audit (issue 14). */
class CertaintyRuleTest {

    private final KnowledgeBase kb = KnowledgeBase.get();
    private final ConditionLadder ad = EvidenceLadder.forCondition(kb, "atopic-dermatitis", null);

    private Trial trial(String id) {
        return kb.trials().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private TrialAssessment alone(String id) {
        return CertaintyRule.assess(kb, trial(id), false);
    }

    private Wording flat(String id) {
        return ad.statements().stream().filter(s -> s.id().equals(id)).map(LadderStatement::wording).findFirst()
                .orElseThrow();
    }

    @Test
    void huang2017_minus3Scorad_isBelowTheMcid_andNeverMayHelp() {
        TrialAssessment a = alone("ad-ma-01");
        assertThat(trial("ad-ma-01").effectSize().value()).isEqualTo(-3.07);
        assertThat(kb.outcome("SCORAD").mcid()).isEqualTo(8.7);
        assertThat(a.downgrades()).anyMatch(d -> d.contains("below the minimal clinically important difference of 8.7"));
        assertThat(a.certainty().atLeastModerate()).isFalse();
        assertThat(flat("ad-ma-01")).isNotEqualTo(Wording.TRIAL_ADJUNCT);
    }

    @Test
    void singleTrialsOf38To56Patients_areLimitedAtBest() {
        for (String id : List.of("ad-int-01", "ad-int-02", "ad-int-05")) {
            TrialAssessment a = alone(id);
            assertThat(trial(id).participants()).as(id).isBetween(38, 56);
            assertThat(a.downgrades()).as(id).anyMatch(d -> d.startsWith("imprecision"));
            assertThat(a.certainty()).as(id).isIn(Certainty.LOW, Certainty.VERY_LOW);
            assertThat(flat(id)).as(id).isIn(Wording.TRIAL_LIMITED, Wording.TRIAL_NO_BENEFIT);
        }
    }

    @Test
    void umborowati_inconsistentConfidenceInterval_isFlaggedAndDowngraded() {
        TrialAssessment a = alone("ad-ma-04");
        assertThat(a.downgrades()).anyMatch(d -> d.contains("internally inconsistent confidence interval"));
        assertThat(a.downgrades()).anyMatch(d -> d.startsWith("inconsistency"));
        assertThat(a.certainty()).isEqualTo(Certainty.VERY_LOW);
        assertThat(flat("ad-ma-04")).isEqualTo(Wording.TRIAL_NO_BENEFIT);
    }

    @Test
    void eczemaPreventionAndTreatmentAreSeparateLanes() {
        Lane infantPrevention = ad.lane(AgeBand.INFANT, Purpose.PREVENTION);
        Lane childTreatment = ad.lane(AgeBand.CHILD, Purpose.TREATMENT);
        Lane adultTreatment = ad.lane(AgeBand.ADULT, Purpose.TREATMENT);
        assertThat(infantPrevention).isNotNull();
        assertThat(childTreatment).isNotNull();
        assertThat(infantPrevention.trials()).allMatch(a -> a.trial().purpose() == Purpose.PREVENTION);
        assertThat(childTreatment.trials()).allMatch(a -> a.trial().purpose() == Purpose.TREATMENT);
        assertThat(ad.lane(AgeBand.ADULT, Purpose.PREVENTION)).isNull(); // no adult prevention trial
        // the LGG-in-pregnancy replication (Boyle 2011), HN019 and Allen 2014 outweigh the favourable prevention
        // trials (Kopp 2008 is in the knowledge base but unverified until its DOI/PMID is seen)
        assertThat(infantPrevention.trials()).extracting(a -> a.trial().id()).contains("ad-prev-06")
                .doesNotContain("ad-prev-05");
        assertThat(infantPrevention.nullDominated()).isTrue();
        assertThat(infantPrevention.wording()).isEqualTo(Wording.TRIAL_NO_BENEFIT);
        // treatment lanes are weighed on the pooled analyses; the Cochrane null dominates
        assertThat(childTreatment.reasons()).anyMatch(r -> r.contains("pooled"));
        assertThat(childTreatment.wording()).isEqualTo(Wording.TRIAL_NO_BENEFIT);
        assertThat(adultTreatment.wording()).isEqualTo(Wording.TRIAL_NO_BENEFIT);
        // no eczema lane may use the strongest phrases today
        for (Lane l : ad.lanes()) assertThat(l.wording()).as(l.id()).isNotIn(Wording.TRIAL_ADJUNCT, Wording.TRIAL_PREVENTION);
    }

    @Test
    void childPreventionLaneShowsTheGuidelinePositions() {
        Lane childPrevention = ad.lane(AgeBand.CHILD, Purpose.PREVENTION);
        assertThat(childPrevention).isNotNull();
        assertThat(childPrevention.trials()).isEmpty();
        assertThat(childPrevention.guidelines()).extracting(LadderStatement::id).contains("ad-gl-01");
        // the AAD "against" position (seed 003) is not shown until its wording has been seen
        assertThat(childPrevention.guidelines()).extracting(LadderStatement::id).doesNotContain("ad-gl-04");
        assertThat(childPrevention.wording()).isEqualTo(Wording.TRIAL_NO_BENEFIT);
    }

    @Test
    void readersLanesComeFirst_andAreMarked() {
        ConditionLadder adult = EvidenceLadder.forCondition(kb, "atopic-dermatitis", AgeBand.ADULT);
        assertThat(adult.lanes().get(0).ageBand()).isEqualTo(AgeBand.ADULT);
        assertThat(adult.lanes().get(0).readerLane()).isTrue();
        assertThat(adult.lanes()).filteredOn(l -> l.ageBand() != AgeBand.ADULT).noneMatch(Lane::readerLane);
        assertThat(adult.lanes()).hasSameSizeAs(ad.lanes());
        assertThat(AgeBand.parse("0.5")).isEqualTo(AgeBand.INFANT);
        assertThat(AgeBand.parse("7")).isEqualTo(AgeBand.CHILD);
        assertThat(AgeBand.parse("adult")).isEqualTo(AgeBand.ADULT);
        assertThat(AgeBand.parse("18")).isEqualTo(AgeBand.ADULT);
    }

    @Test
    void populationsAreCodedAsStudied() {
        assertThat(trial("ad-int-01").population().word()).isEqualTo("infant"); // Weston: 6-18 months
        assertThat(trial("ad-int-06").population().word()).isEqualTo("mixed"); // Folster-Holst: 1-55 months
        assertThat(trial("ad-int-06").ageBands()).containsExactly(AgeBand.INFANT, AgeBand.CHILD);
        assertThat(trial("ps-int-01").products()).allMatch(p -> p.strain() != null);
        assertThat(trial("ps-int-01").doseCfuPerDay()).isEqualTo(1.0e9);
    }
}
