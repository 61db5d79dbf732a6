package org.gutskin.evidence.label;

import static org.assertj.core.api.Assertions.assertThat;

import org.gutskin.evidence.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The label findings of issue 14: designations, renamed genera, dose per day and units, claims, conditions, context. */
class LabelFindingsTest {

    private final LabelParser parser = new LabelParser(KnowledgeBase.get());
    private final LabelChecker checker = new LabelChecker(KnowledgeBase.get());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Bifidobacterium longum 35624, 1 billion CFU     | Bifidobacterium longum                 | 35624",
            "B. infantis 35624                                | Bifidobacterium longum subsp. infantis | 35624",
            "Lactobacillus casei Shirota                      | Lacticaseibacillus casei               | Shirota",
            "L. casei DN-173 010                              | Lacticaseibacillus casei               | DN-173 010",
            "Lactobacillus rhamnosus SD-5220                  | Lacticaseibacillus rhamnosus           | SD-5220",
            "Lactobacillus rhamnosus HN001                    | Lacticaseibacillus rhamnosus           | HN001",
            "B. lactis HN019                                  | Bifidobacterium animalis subsp. lactis | HN019",
            "L. reuteri DSM 17938                             | Limosilactobacillus reuteri            | DSM 17938",
            "L. reuteri ATCC PTA 6475                         | Limosilactobacillus reuteri            | ATCC PTA 6475",
            "B. lactis BB-12                                  | Bifidobacterium animalis subsp. lactis | BB-12",
            "B. lactis Bi-07                                  | Bifidobacterium animalis subsp. lactis | Bi-07",
            "L. acidophilus NCFM                              | Lactobacillus acidophilus              | NCFM",
            "L. acidophilus La-14                             | Lactobacillus acidophilus              | La-14",
            "L. acidophilus LA-5                              | Lactobacillus acidophilus              | LA-5",
            "L. plantarum 299v                                | Lactiplantibacillus plantarum          | 299v",
            "L. rhamnosus GR-1 and L. reuteri RC-14           | Lacticaseibacillus rhamnosus           | GR-1",
            "Streptococcus salivarius K12                     | Streptococcus salivarius               | K12",
            "Streptococcus salivarius M18                     | Streptococcus salivarius               | M18",
            "Bacillus coagulans GBI-30 6086                   | Heyndrickxia coagulans                 | GBI-30 6086",
            "Lactobacillus sporogenes 100 mg                  | Heyndrickxia coagulans                 | -",
            "Weizmannia coagulans                             | Heyndrickxia coagulans                 | -",
            "Clostridium butyricum                            | Clostridium butyricum                  | -",
    })
    void readsDesignationsAndRenamedGenera(String text, String name, String strain) {
        LabelOrganism o = parser.parse(text).organisms().get(0);
        assertThat(o.name()).isEqualTo(name);
        assertThat(o.strain()).isEqualTo(strain.equals("-") ? null : strain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // text                                                                   | organisms (name/strain; …)
            "Bidobacteria longum BB536                                                | Bifidobacterium longum/BB536",
            "Bidobacteria longun BB536                                                | -",
            "Lactobacillus casei var. rhamnosus                                       | Lacticaseibacillus rhamnosus/-",
            "Lactobacillus casei variedad rhamnosus 1 g                               | Lacticaseibacillus rhamnosus/-",
            "120 millones de Lactobacilos acidófilos vivos                            | Lactobacillus acidophilus/-",
            "una sospensione di 4 ceppi (SIN, O/C, T, N/R) di spore di Bacillus clausii | Bacillus clausii/N/R; Bacillus clausii/O/C; Bacillus clausii/SIN; Bacillus clausii/T",
            "3 ceppi (SIN, O/C) di Bacillus clausii                                   | Bacillus clausii/-",
            "Bacillus clausii (SIN, O/C, T, N/R)                                      | Bacillus clausii/N/R; Bacillus clausii/O/C; Bacillus clausii/SIN; Bacillus clausii/T",
            "Saccharomyces cerevisiae HANSEN CBS 5926 (auch Saccharomyces boulardii)  | Saccharomyces cerevisiae/CBS 5926",
            "Enterococcus faecalis Bakterien (DSM 16440, Zellen)                      | Enterococcus faecalis/DSM 16440",
    })
    void readsLeafletForms(String text, String expected) {
        java.util.TreeSet<String> got = new java.util.TreeSet<>();
        for (LabelOrganism o : parser.parse(text).organisms()) got.add(o.name() + "/" + (o.strain() == null ? "-" : o.strain()));
        assertThat(String.join("; ", got)).isEqualTo(expected.equals("-") ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // two equal per-strain amounts are summed; a labelled total is the total; a study's dose is not the product's
            "1x10^9 CFU L. acidophilus LA-5, 1x10^9 CFU B. lactis BB-12               | 2e9",
            "Total 1x10^9 CFU: L. acidophilus LA-5 5x10^8 CFU, B. lactis BB-12 5x10^8 CFU | 1e9",
            "L. paracasei ST11 3 billion CFU. In a clinical study, participants took 10 billion CFU of L. paracasei ST11. | 3e9",
    })
    void readsPerStrainTotalsAndIgnoresStudyDoses(String text, double perDay) {
        assertThat(parser.parse(text).dose().perDay()).as(text).isCloseTo(perDay, org.assertj.core.data.Percentage.withPercentage(1e-6));
    }

    @Test
    void readsDropsPerMlAndGermanDailyAmounts() {
        Dose d = parser.parse("1 ml (= 12 Tropfen) enthalten: Enterococcus faecalis entsprechend 1,5 – 4,5 x 107lebenden Zellen. "
                + "Dosierung: 3-mal täglich 30 Tropfen einnehmen.").dose();
        assertThat(d.amount()).isEqualTo(1.5e7);
        assertThat(d.perDay()).isCloseTo(1.125e8, org.assertj.core.data.Percentage.withPercentage(1e-6));
        Dose mg = parser.parse("dreimal täglich eine Kapsel (entsprechend 750 Milligramm Trockenhefe aus Saccharomyces cerevisiae täglich)").dose();
        assertThat(mg.unit()).isEqualTo(Dose.Unit.MG);
        assertThat(mg.perDay()).isEqualTo(750);
    }

    @Test
    void aBareNumberFollowedByAnAmountIsADose() {
        LabelOrganism o = parser.parse("Lactobacillus rhamnosus 10 billion CFU").organisms().get(0);
        assertThat(o.strain()).isNull();
    }

    @Test
    void sporeFormerNoteFiresForRenamedBacillus() {
        for (String text : new String[] {"Bacillus coagulans 2 billion CFU", "Lactobacillus sporogenes 150 million spores",
                "Heyndrickxia coagulans", "Clostridium butyricum"}) {
            LabelVerdict v = checker.evaluate(text, null);
            assertThat(v.safety().productTraits()).as(text).contains("spore-former");
            assertThat(v.safety().notes()).as(text).extracting(SafetyFinding::rule).contains("spore-former-product");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // text                                                                   | amount | unit | per day
            "1×10⁹ CFU twice daily                                                    | 1e9    | CFU  | 2e9",
            "1 x 10^9 CFU, 2x daily                                                   | 1e9    | CFU  | 2e9",
            "5 billion CFU three times a day                                          | 5e9    | CFU  | 1.5e10",
            "1 billion CFU per capsule. Take 2 capsules daily                         | 1e9    | CFU  | 2e9",
            "10 billion CFU per 2 capsules. Take 2 capsules daily                     | 1e10   | CFU  | 1e10",
            "Each capsule contains 2 billion CFU. Adults: 1 capsule BID               | 2e9    | CFU  | 4e9",
            "4 billion CFU TID                                                        | 4e9    | CFU  | 1.2e10",
            "1 x 10^8 CFU per daily dose                                              | 1e8    | CFU  | 1e8",
            "10 billion CFU                                                           | 1e10   | CFU  | 1e10",
            "53.6 Billion AFU per serving                                             | 5.36e10| AFU  | 5.36e10",
            "10 bilion CFU                                                            | 1e10   | CFU  | 1e10",
            "10 billon CFU                                                            | 1e10   | CFU  | 1e10",
            "500 milion CFU                                                           | 5e8    | CFU  | 5e8",
            "ten billion live cultures                                                | 1e10   | CFU  | 1e10",
            "10 mil millones UFC                                                      | 1e10   | CFU  | 1e10",
            "Bacillus coagulans 100 mg twice daily                                    | 100    | mg   | 200",
    })
    void readsDosePerDayAndUnit(String text, double amount, String unit, double perDay) {
        Dose d = parser.parse(text).dose();
        assertThat(d).as(text).isNotNull();
        assertThat(d.amount()).isCloseTo(amount, org.assertj.core.data.Percentage.withPercentage(1e-6));
        assertThat(d.unit().word()).isEqualTo(unit);
        assertThat(d.perDay()).isCloseTo(perDay, org.assertj.core.data.Percentage.withPercentage(1e-6));
    }

    @Test
    void afuIsNeverReportedAsCfu() {
        ParsedLabel p = parser.parse("Bifidobacterium longum 53.6 Billion AFU");
        assertThat(p.doseCfu()).isNull();
        assertThat(p.dose().unit()).isEqualTo(Dose.Unit.AFU);
    }

    @Test
    void doseBelowStudiedUsesThePerDayAmount() {
        // VRI-033 PCC was studied at 2×10^9 CFU/day: 1×10^9 twice daily is not below it
        assertThat(checker.evaluate("Lactobacillus fermentum VRI-033 PCC, 1 x 10^9 CFU twice daily, for eczema", null)
                .verdict()).isEqualTo(Verdict.STRAIN_EVIDENCE_SUPPORTS_ADJUNCT_TRIAL);
        assertThat(checker.evaluate("Lactobacillus fermentum VRI-033 PCC, 1 x 10^9 CFU once daily, for eczema", null)
                .verdict()).isEqualTo(Verdict.DOSE_BELOW_STUDIED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "clears eczema in weeks | CURE", "get rid of acne | CURE", "eliminates breakouts | CURE",
            "heilt Neurodermitis | CURE", "guérit l'eczéma | CURE", "cura el acné | CURE",
            "clinically proven | CLINICAL", "clinically shown to help | CLINICAL", "clinically tested | CLINICAL",
            "clinically studied strains | CLINICAL", "klinisch getestet | CLINICAL", "cliniquement prouvé | CLINICAL",
            "clínicamente probado | CLINICAL", "clinicamente testato | CLINICAL",
            "supports skin health | STRUCTURE_FUNCTION", "for healthy skin | STRUCTURE_FUNCTION",
            "promotes a healthy complexion | STRUCTURE_FUNCTION", "für gesunde Haut | STRUCTURE_FUNCTION",
            "pour une peau saine | STRUCTURE_FUNCTION", "para una piel sana | STRUCTURE_FUNCTION",
            "per una pelle sana | STRUCTURE_FUNCTION",
    })
    void readsClaimWording(String phrase, ClaimWording.Kind kind) {
        assertThat(ClaimWording.claims("Lactobacillus rhamnosus GG " + phrase)).extracting(ClaimWording.Claim::kind)
                .as(phrase).containsExactly(kind);
    }

    @Test
    void negatedWordingIsNotAClaim() {
        assertThat(ClaimWording.claims("This product does not cure eczema")).isEmpty();
    }

    @Test
    void clinicallyProvenExceedsUnlessAStrainTrialFavouredIt() {
        LabelVerdict none = checker.evaluate("Lactobacillus acidophilus, clinically proven for acne", null);
        assertThat(none.verdict()).isEqualTo(Verdict.CLAIM_EXCEEDS_EVIDENCE);
        LabelVerdict trial = checker.evaluate("Lactobacillus fermentum VRI-033 PCC, 2 billion CFU a day, clinically "
                + "proven, for children with eczema", null);
        assertThat(trial.verdict()).isEqualTo(Verdict.STRAIN_EVIDENCE_SUPPORTS_ADJUNCT_TRIAL);
        assertThat(trial.reasons()).anySatisfy(r -> assertThat(r.text()).contains("trial evidence is limited to"));
    }

    @Test
    void structureFunctionClaimIsExplainedWithoutChangingTheVerdict() {
        LabelVerdict v = checker.evaluate("Lactobacillus acidophilus supports skin health, for eczema", null);
        assertThat(v.verdict()).isEqualTo(checker.evaluate("Lactobacillus acidophilus, for eczema", null).verdict());
        assertThat(v.reasons()).anySatisfy(r -> assertThat(r.text()).contains("structure/function claim")
                .contains("not evidence of an effect on"));
    }

    @Test
    void everyConditionNamedIsEvaluated() {
        LabelVerdict v = checker.evaluate("Lactobacillus fermentum VRI-033 PCC 2 billion CFU a day for eczema and acne", null);
        assertThat(v.conditions()).extracting(ConditionVerdict::conditionId).containsExactly("atopic-dermatitis", "acne");
        assertThat(v.conditions().get(0).verdict()).isEqualTo(Verdict.STRAIN_EVIDENCE_SUPPORTS_ADJUNCT_TRIAL);
        // the summary is the most cautious one
        assertThat(v.verdict()).isEqualTo(v.conditions().get(1).verdict());
        assertThat(v.supportive()).isFalse();
        assertThat(v.conditionId()).isEqualTo("acne");
    }

    @Test
    void speciesOnlySaysNoTrialOfThisStrainAndListsOthersAsContext() {
        for (String[] c : new String[][] {
                {"Lacticaseibacillus paracasei Shirota, 6.5 billion", "sensitive-skin"},
                {"Lactobacillus rhamnosus 10 billion CFU for eczema", null}}) {
            LabelVerdict v = checker.evaluate(c[0], c[1]);
            assertThat(v.verdict()).as(c[0]).isEqualTo(Verdict.SPECIES_ONLY_EVIDENCE);
            assertThat(v.reasons()).anySatisfy(r -> assertThat(r.text()).startsWith("No trial of this strain"));
            assertThat(v.reasons()).noneSatisfy(r -> assertThat(r.text()).startsWith("Species-level evidence"));
            assertThat(v.reasons()).filteredOn(r -> r.text().contains("Context only")).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.text()).doesNotContain("lowered").doesNotContain("improved"));
        }
    }
}
