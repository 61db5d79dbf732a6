package org.gutskin.evidence.label;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the web UI's label checker shows people: the headline, the dose in words and the table of strains. */
class LabelStrainTableTest {

    private final LabelChecker checker = new LabelChecker(KnowledgeBase.get());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1e10    | 10 billion",
            "2.5e9   | 2.5 billion",
            "5e8     | 500 million",
            "1e12    | 1 trillion",
            "123456  | 123 thousand",
            "1.2345e10 | 12.3 billion",
            "999     | 999",
            "3e15    | 3000 trillion",
    })
    void amountsInWords(double amount, String words) {
        assertThat(Cfu.words(amount)).isEqualTo(words);
    }

    @Test
    void dosePerDayIsWrittenAsPeopleReadIt() {
        // 5 billion per capsule, two capsules a day: 5e9 × 2 = 1e10 a day
        Dose d = checker.evaluate("Lactobacillus rhamnosus GG 5 billion CFU per capsule, take 2 capsules daily", null)
                .label().dose();
        assertThat(d.perDayWords()).isEqualTo("10 billion CFU a day");
        assertThat(new Dose(100, Dose.Unit.MG, 1, null).perDayWords()).isEqualTo("100 mg a day");
    }

    @Test
    void headlinesArePlainAndUseNoForbiddenWord() {
        for (Verdict v : Verdict.values()) {
            assertThat(v.headline()).as(v.id()).isNotBlank().doesNotContain("-");
            assertThat(Wording.forbiddenIn(v.headline())).as(v.id()).isNull();
        }
    }

    @Test
    void lggForEczemaListsItsOwnTrialsAndCountsTheSpeciesOnlyOnes() {
        // interventions.yaml, verified atopic-dermatitis trials naming L. rhamnosus: GG in ad-int-06 (RCT, no effect),
        // ad-prev-01 (RCT, benefit) and ad-prev-06 (RCT, no effect); HN001 in ad-prev-02 (another strain: species only).
        // ad-int-07 and ad-prev-05 (GG) are unverified and never shown.
        LabelVerdict v = checker.evaluate("Lactobacillus rhamnosus GG, 10 billion CFU", "atopic-dermatitis");
        assertThat(v.evidence()).hasSize(1);
        OrganismEvidence e = v.evidence().get(0);
        assertThat(e.organism().printed()).startsWith("Lactobacillus rhamnosus GG");
        assertThat(e.strainTrials()).extracting(OrganismEvidence.StrainTrial::trialId)
                .containsExactlyInAnyOrder("ad-int-06", "ad-prev-01", "ad-prev-06");
        assertThat(e.strainTrials()).filteredOn(OrganismEvidence.StrainTrial::favourable)
                .extracting(OrganismEvidence.StrainTrial::trialId).containsExactly("ad-prev-01");
        assertThat(e.strainTrials()).allSatisfy(t -> assertThat(t.citations()).isNotEmpty());
        assertThat(e.speciesOnlyTrials()).isEqualTo(1);

        JsonNode json = LabelVerdictJson.toNode(v, "test");
        assertThat(json.get("headline").asText()).isEqualTo(v.verdict().headline());
        JsonNode org = json.get("organisms").get(0);
        assertThat(org.get("printed").asText()).startsWith("Lactobacillus rhamnosus GG");
        assertThat(org.at("/trials/strain")).hasSize(3);
        assertThat(org.at("/trials/speciesOnly").asInt()).isEqualTo(1);
        assertThat(json.at("/dose/perDayWords").asText()).isEqualTo("10 billion CFU a day");
    }

    @Test
    void anOrganismWithoutAStrainHasNoStrainTrials() {
        LabelVerdict v = checker.evaluate("Lactobacillus rhamnosus, 10 billion CFU", "atopic-dermatitis");
        assertThat(v.evidence().get(0).strainTrials()).isEmpty();
        // all four verified L. rhamnosus trials above tested only its species as far as this label can tell
        assertThat(v.evidence().get(0).speciesOnlyTrials()).isEqualTo(4);
        assertThat(List.of(v.verdict())).containsExactly(Verdict.SPECIES_ONLY_EVIDENCE);
    }
}
