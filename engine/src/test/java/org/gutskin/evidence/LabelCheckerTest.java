package org.gutskin.evidence;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.Wording;
import org.gutskin.evidence.label.LabelChecker;
import org.gutskin.evidence.label.LabelOrganism;
import org.gutskin.evidence.label.LabelVerdict;
import org.gutskin.evidence.label.LabelVerdictJson;
import org.gutskin.evidence.label.Reason;
import org.gutskin.evidence.label.Verdict;
import org.gutskin.io.InputException;
import org.junit.jupiter.api.Test;

/** One label per verdict; every reason cited with a DOI or PMID; the public contract cases. */
@RequiresShared
class LabelCheckerTest {

    /** The citation form the contract check accepts. */
    private static final Pattern CITE = Pattern.compile("^(10\\.\\d{4,9}/\\S+|PMID:?\\s*\\d+|\\d{6,9})$");

    private static LabelVerdict check(String text, String condition) {
        LabelVerdict v = LabelChecker.check(text, condition);
        assertThat(v.reasons()).as(text).isNotEmpty();
        for (Reason r : v.reasons()) {
            assertThat(r.citationIds()).as(r.text()).isNotEmpty().allSatisfy(c -> assertThat(c).matches(CITE));
            assertThat(Wording.forbiddenIn(r.text().replaceAll("“[^”]*”", ""))).as(r.text()).isNull();
        }
        assertThat(v.supportive()).isEqualTo(v.verdict() == Verdict.STRAIN_EVIDENCE_SUPPORTS_ADJUNCT_TRIAL);
        return v;
    }

    @Test
    void strainEvidenceSupportsAnAdjunctTrial() {
        LabelVerdict v = check("Lactobacillus fermentum VRI-033 PCC, 2 billion CFU a day, for children with eczema", null);
        assertThat(v.verdict()).isEqualTo(Verdict.STRAIN_EVIDENCE_SUPPORTS_ADJUNCT_TRIAL);
        assertThat(v.supportive()).isTrue();
        assertThat(v.reasons()).anySatisfy(r -> assertThat(r.text()).startsWith("Strain-level evidence")
                .contains("Studied dose 2×10^9 CFU/day; label 2×10^9 CFU."));
        assertThat(check("Lactobacillus paracasei NCC 2461 (ST11), 1e10 CFU, for reactive skin", null).verdict())
                .isEqualTo(Verdict.STRAIN_EVIDENCE_SUPPORTS_ADJUNCT_TRIAL);
    }

    @Test
    void doseBelowTheStudiedDose() {
        LabelVerdict v = check("Lactobacillus fermentum VRI-033 PCC, 1 x 10^9 CFU, for eczema", null);
        assertThat(v.verdict()).isEqualTo(Verdict.DOSE_BELOW_STUDIED);
        assertThat(v.reasons()).anySatisfy(r -> assertThat(r.text()).contains("below the lowest dose"));
    }

    @Test
    void mixedStrainEvidence() {
        LabelVerdict v = check("Lactobacillus rhamnosus GG, 10 billion CFU, for eczema", null);
        assertThat(v.verdict()).isEqualTo(Verdict.STRAIN_EVIDENCE_MIXED);
        assertThat(v.supportive()).isFalse();
        assertThat(v.reasons()).anySatisfy(r -> assertThat(r.text()).contains("result no-effect"))
                .anySatisfy(r -> assertThat(r.text()).contains("prevention").contains("result benefit"));
    }

    @Test
    void strainStudiedWithoutBenefit() {
        assertThat(check("Bifidobacterium lactis HN019 for eczema", null).verdict())
                .isEqualTo(Verdict.STRAIN_STUDIED_NO_BENEFIT);
    }

    @Test
    void strainStudiedOnlyInAnotherPopulation() {
        assertThat(check("Lactobacillus salivarius LS01 drops for children with eczema", null).verdict())
                .isEqualTo(Verdict.STRAIN_STUDIED_OTHER_POPULATION);
        assertThat(check("Lactobacillus salivarius LS01 for adults with eczema", null).verdict())
                .isEqualTo(Verdict.STRAIN_EVIDENCE_SUPPORTS_ADJUNCT_TRIAL);
    }

    @Test
    void speciesOnlyEvidence() {
        LabelVerdict v = check("Lactobacillus rhamnosus 10 billion CFU for eczema", null);
        assertThat(v.verdict()).isEqualTo(Verdict.SPECIES_ONLY_EVIDENCE);
        assertThat(v.reasons()).anySatisfy(r -> assertThat(r.text()).startsWith("No strain designation"));
        // one strain of a tested three-strain mixture is not the tested product
        assertThat(check("Bifidobacterium lactis CECT 8145 for eczema", null).verdict())
                .isEqualTo(Verdict.SPECIES_ONLY_EVIDENCE);
        assertThat(check("B. lactis CECT 8145, B. longum CECT 7347, L. casei CECT 9104 for eczema", null).verdict())
                .isEqualTo(Verdict.STRAIN_EVIDENCE_SUPPORTS_ADJUNCT_TRIAL);
    }

    @Test
    void noEvidenceForTheCondition() {
        LabelVerdict v = check("Saccharomyces boulardii CNCM I-745", "acne");
        assertThat(v.verdict()).isEqualTo(Verdict.NO_EVIDENCE_FOR_CONDITION);
        assertThat(v.conditionId()).isEqualTo("acne");
    }

    @Test
    void claimExceedsEvidence() {
        LabelVerdict v = check("Bifidobacterium lactis and Lactobacillus acidophilus, 30 billion CFU — banishes acne for good", null);
        assertThat(v.verdict()).isEqualTo(Verdict.CLAIM_EXCEEDS_EVIDENCE);
        assertThat(v.reasons().get(0).text()).contains("“banishes”").contains("“for good”");
        // even a well-studied strain cannot carry a cure claim
        assertThat(check("Lactobacillus fermentum VRI-033 PCC 2 billion CFU cures eczema", null).verdict())
                .isEqualTo(Verdict.CLAIM_EXCEEDS_EVIDENCE);
    }

    @Test
    void noConditionClaimed() {
        LabelVerdict v = check("Lactiplantibacillus plantarum IS-10506, 1.0E10 cfu/g", null);
        assertThat(v.verdict()).isEqualTo(Verdict.NO_CONDITION_CLAIMED);
        assertThat(v.reasons()).anySatisfy(r -> assertThat(r.text()).contains("Atopic dermatitis"));
    }

    @Test
    void unparseable() {
        LabelVerdict v = check("Super skin formula with zinc and vitamin C", "acne");
        assertThat(v.verdict()).isEqualTo(Verdict.UNPARSEABLE);
        assertThat(v.label().organisms()).isEmpty();
    }

    @Test
    void unknownConditionOptionIsAnInputError() {
        assertThatThrownBy(() -> LabelChecker.check("LGG", "eczema")).isInstanceOf(InputException.class);
    }

    @Test
    void theConditionOptionOverridesTheText() {
        assertThat(check("Lactobacillus paracasei NCC 2461 for eczema", "sensitive-skin").conditionId())
                .isEqualTo("sensitive-skin");
    }

    @Test
    void publicContractCasesPass() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode cases = json.readTree(Path.of(Shared.root().toString(), "checks", "labels-public.json").toFile());
        assertThat(cases.size()).isGreaterThan(0);
        for (JsonNode c : cases) {
            String condition = c.has("condition") ? c.get("condition").asText() : null;
            LabelVerdict v = check(c.get("text").asText(), condition);
            JsonNode doc = json.readTree(LabelVerdictJson.write(v, KnowledgeBase.get().version()));
            for (JsonNode exp : c.get("organisms")) {
                JsonNode hit = null;
                for (JsonNode o : doc.get("organisms"))
                    if (o.get("name").asText().equalsIgnoreCase(exp.get("name").asText())) hit = o;
                assertThat(hit).as(c + " " + exp).isNotNull();
                assertThat(hit.get("strainLevel").asBoolean()).isEqualTo(exp.get("strainLevel").asBoolean());
                if (exp.has("strain"))
                    assertThat(hit.get("strain").asText().replaceAll("[\\s-]", "").toLowerCase())
                            .isEqualTo(exp.get("strain").asText().replaceAll("[\\s-]", "").toLowerCase());
            }
            if (c.has("dose")) assertThat(doc.get("doseCfu").asDouble()).isCloseTo(c.get("dose").asDouble(),
                    org.assertj.core.data.Percentage.withPercentage(1e-4));
            if (c.has("supportive")) assertThat(doc.get("supportive").asBoolean()).isEqualTo(c.get("supportive").asBoolean());
            for (String key : new String[] {"input", "condition", "organisms", "doseCfu", "verdict", "supportive",
                    "reasons", "disclaimer"}) assertThat(doc.has(key)).as(key).isTrue();
        }
    }

    @Test
    void jsonCarriesFormerNamesAndNullsWhereUnknown() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(LabelVerdictJson.write(
                LabelChecker.check("Lactobacillus acidophilus", null), "v"));
        assertThat(doc.get("condition").isNull()).isTrue();
        assertThat(doc.get("doseCfu").isNull()).isTrue();
        JsonNode o = doc.get("organisms").get(0);
        assertThat(o.get("formerName").isNull()).isTrue();
        assertThat(o.get("strain").isNull()).isTrue();
        assertThat(LabelChecker.check("Lactobacillus rhamnosus GG", null).label().organisms())
                .extracting(LabelOrganism::formerName).containsExactly("Lactobacillus rhamnosus");
    }

    @Test
    void theDocsDocumentExactlyTheVerdictSet() throws IOException {
        String readme = java.nio.file.Files.readString(Path.of("..", "docs", "evidence.md")); // the label checker's page
        java.util.Set<String> documented = new java.util.TreeSet<>();
        java.util.regex.Matcher m = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|").matcher(readme);
        while (m.find()) documented.add(m.group(1));
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (Verdict v : Verdict.values()) ids.add(v.id());
        assertThat(documented).containsAll(ids);
    }
}
