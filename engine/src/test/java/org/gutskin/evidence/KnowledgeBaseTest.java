package org.gutskin.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.Fact;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.KnowledgeBaseCopy;
import org.gutskin.evidence.kb.KnowledgeBaseException;
import org.gutskin.evidence.kb.Trial;
import org.gutskin.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled knowledge base loads and meets the bar; broken copies are rejected with file, item, reason. */
class KnowledgeBaseTest {

    @TempDir
    Path dir;

    @Test
    void bundledKnowledgeBaseHoldsAtLeastSixtyVerifiedCitedFacts() {
        KnowledgeBase kb = KnowledgeBase.get();
        assertThat(kb.version()).isNotBlank();
        assertThat(kb.conditionIds().subList(0, 5)).containsExactlyElementsOf(KnowledgeBase.CONTRACT_CONDITION_IDS);
        assertThat(kb.defaultConditionIds()).containsExactlyElementsOf(KnowledgeBase.CONTRACT_CONDITION_IDS);
        assertThat(kb.conditions()).extracting(c -> c.id()).containsExactlyElementsOf(kb.conditionIds());
        assertThat(kb.verifiedFactCount()).isGreaterThanOrEqualTo(60);
        for (String id : KnowledgeBase.CONTRACT_CONDITION_IDS) {
            for (Fact f : kb.verifiedFacts(id)) assertCitedWithIdentifiers(f.id(), f.citations().stream().toList());
            for (Trial t : kb.verifiedTrials(id)) assertCitedWithIdentifiers(t.id(), t.citations());
            assertThat(kb.verifiedFacts(id).size() + kb.verifiedTrials(id).size()).as(id).isGreaterThanOrEqualTo(4);
        }
    }

    private static void assertCitedWithIdentifiers(String item, java.util.List<Citation> cs) {
        assertThat(cs).as(item).isNotEmpty().allSatisfy(c -> {
            assertThat(c.verified()).as(item + " cites " + c.id()).isTrue();
            assertThat(c.identifier()).as(c.id()).isNotBlank();
        });
    }

    @Test
    void taxonAssociationsCarryRankDirectionSiteAndCitation() {
        var assoc = KnowledgeBase.get().taxonAssociations("atopic-dermatitis");
        assertThat(assoc).isNotEmpty().allSatisfy(a -> {
            assertThat(a.taxon()).isNotBlank();
            assertThat(a.rank()).isNotNull();
            assertThat(a.direction()).isNotNull();
            assertThat(a.bodySite()).isNotNull();
            assertThat(a.verified()).isTrue();
        });
        assertThat(assoc).anySatisfy(a -> assertThat(a.taxon()).isEqualTo("Bifidobacterium"));
    }

    @Test
    void unknownConditionIsAnInputError() {
        assertThatThrownBy(() -> KnowledgeBase.get().condition("eczema")).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown condition 'eczema'");
    }

    @Test
    void unverifiedItemsNeverReachTheVerifiedViews() {
        KnowledgeBase kb = KnowledgeBase.get();
        assertThat(kb.condition("atopic-dermatitis").facts()).anySatisfy(f -> assertThat(f.verified()).isFalse());
        assertThat(kb.verifiedFacts("atopic-dermatitis")).noneMatch(f -> f.id().equals("ad-tax-09"));
        assertThat(kb.verifiedTrials("atopic-dermatitis")).noneMatch(t -> t.id().equals("ad-int-07"));
    }

    // ------------------------------------------------------------------ broken fixtures: copy, break one thing, load

    private KnowledgeBaseException broken(String file, UnaryOperator<String> edit) throws IOException {
        return KnowledgeBaseCopy.broken(dir, file, edit);
    }

    @Test
    void intactCopyLoads() throws IOException {
        assertThatThrownBy(() -> broken("manifest.yaml", s -> s)).isInstanceOf(AssertionError.class);
    }

    @Test
    void rejectsAnUncitedItem() throws IOException {
        var e = broken("conditions/acne.yaml", s -> s.replace("    citations: [deng2018]\n    verified: true\n  - id: ac-tax-02",
                "    citations: []\n    verified: true\n  - id: ac-tax-02"));
        assertThat(e.file()).endsWith("conditions/acne.yaml");
        assertThat(e.item()).isEqualTo("ac-tax-01");
        assertThat(e.reason()).contains("no citation");
    }

    @Test
    void rejectsAnUnknownVocabularyWord() throws IOException {
        var e = broken("conditions/psoriasis.yaml", s -> s.replaceFirst("direction: decreased", "direction: lower"));
        assertThat(e.item()).isEqualTo("ps-tax-01");
        assertThat(e.describe()).contains("conditions/psoriasis.yaml").contains("unknown direction 'lower'")
                .contains("increased, decreased");
    }

    @Test
    void rejectsAnUnknownEvidenceLevelStudyTypeAndOutcomeType() throws IOException {
        assertThat(broken("conditions/rosacea.yaml", s -> s.replaceFirst("level: association", "level: anecdote"))
                .reason()).contains("unknown level 'anecdote'");
        assertThat(broken("interventions.yaml", s -> s.replaceFirst("studyType: rct", "studyType: rtc")).reason())
                .contains("unknown studyType 'rtc'");
        var e = broken("interventions.yaml", s -> s.replaceFirst("outcomeType: symptom-score", "outcomeType: vibes"));
        assertThat(e.item()).isEqualTo("ad-int-01");
        assertThat(e.reason()).contains("unknown outcomeType 'vibes'");
        assertThat(broken("conditions/acne.yaml", s -> s.replace("certaintyTier: lower", "certaintyTier: low"))
                .reason()).contains("unknown certaintyTier 'low'");
    }

    @Test
    void rejectsACitationMissingFromTheRegistry() throws IOException {
        var e = broken("conditions/sensitive-skin.yaml", s -> s.replace("citations: [misery2017]\n    verified",
                "citations: [misery2099]\n    verified"));
        assertThat(e.item()).isEqualTo("ss-gl-01");
        assertThat(e.reason()).contains("'misery2099'").contains("not in the citation registry");
    }

    @Test
    void rejectsAVerifiedItemCitingAnUnverifiedSource() throws IOException {
        var e = broken("interventions.yaml", s -> s.replace("citations: [weston2005]", "citations: [weston2005, dermres2020]"));
        assertThat(e.item()).isEqualTo("ad-int-01");
        assertThat(e.reason()).contains("unverified citation 'dermres2020'");
    }

    @Test
    void rejectsForbiddenWordsAndReservedPhrasesInCuratedText() throws IOException {
        var e = broken("conditions/acne.yaml", s -> s.replace("were the most depleted gut taxa in acne",
                "were the most depleted gut taxa in acne, so a probiotic cures it"));
        assertThat(e.reason()).contains("forbidden word 'cures'");
        var r = broken("conditions/acne.yaml", s -> s.replace("Gut diversity differed", "Gut diversity is associated with acne and differed"));
        assertThat(r.item()).isEqualTo("ac-div-01");
        assertThat(r.reason()).contains("reserved ladder phrase 'is associated with'");
    }

    @Test
    void rejectsUnknownFieldsDuplicateIdsAndBadIdentifiers() throws IOException {
        assertThat(broken("conditions/rosacea.yaml", s -> s.replaceFirst("    bodySite: gut", "    bodysite: gut"))
                .reason()).contains("unknown field 'bodysite'");
        assertThat(broken("conditions/rosacea.yaml", s -> s.replace("id: ro-tax-02", "id: ro-tax-01")).reason())
                .contains("id 'ro-tax-01' is used by another item");
        var e = broken("citations.yaml", s -> s.replace("doi: 10.1371/journal.pone.0166026", "doi: journal.pone.0166026"));
        assertThat(e.item()).isEqualTo("zheng2016");
        assertThat(e.reason()).contains("doi 'journal.pone.0166026'");
    }

    @Test
    void rejectsAnUnknownTrialOrganismAndTriageKey() throws IOException {
        assertThat(broken("interventions.yaml", s -> s.replace("organism: Limosilactobacillus fermentum",
                "organism: Lactobacillus fermentum")).reason()).contains("not a current species name");
        // the keys are data: a red flag without an alarm rule, or a rule for no red flag, is refused
        assertThat(broken("red-flags.yaml", s -> s.replace("key: infection_signs", "key: infected_skin")).reason())
                .contains("unknown triage key 'infection_signs'");
        assertThat(broken("question-alarms.yaml", s -> s.replace("key: infection_signs", "key: infected_skin")).reason())
                .contains("unknown triage key 'infected_skin'");
        assertThat(broken("red-flags.yaml", s -> s.replace("urgency: urgent-care", "urgency: soon")).reason())
                .contains("unknown urgency 'soon'");
        assertThat(broken("question-alarms.yaml", s -> s.replace("negations: [\"no\"", "negations: [no")).reason())
                .contains("a boolean: quote words");
    }

    /** The triage keys are the contract's, read from ../shared/contract/cli.md (the one list users' scripts rely on). */
    @Test
    void triageKeysAreExactlyTheContractKeys() throws IOException {
        Path contract = Path.of("..", "..", "shared", "contract", "cli.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(contract), "contract not beside the project");
        String section = Files.readString(contract).split("## Triage answers")[1].split("`route` in every output")[0];
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([a-z]+_[a-z_]+)`").matcher(section);
        java.util.Set<String> keys = new java.util.TreeSet<>();
        while (m.find()) keys.add(m.group(1));
        assertThat(keys).hasSize(19);
        assertThat(new java.util.TreeSet<>(KnowledgeBase.get().redFlagKeys())).isEqualTo(keys);
    }

    @Test
    void rejectsInvalidYamlWithTheLine() throws IOException {
        var e = broken("definitions.yaml", s -> s.replace("term: prebiotic", "term: [prebiotic"));
        assertThat(e.file()).startsWith(dir.toString()).contains("definitions.yaml:");
        assertThat(e.reason()).contains("not valid YAML");
    }
}
