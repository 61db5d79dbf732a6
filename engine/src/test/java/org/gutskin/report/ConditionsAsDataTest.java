package org.gutskin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.KnowledgeBaseCopy;
import org.gutskin.evidence.kb.KnowledgeBaseException;
import org.gutskin.evidence.kb.KnowledgeBaseLoader;
import org.gutskin.evidence.label.LabelChecker;
import org.gutskin.evidence.ladder.EvidenceLadder;
import org.gutskin.evidence.triage.QuestionRouter;
import org.gutskin.profile.Profile;
import org.gutskin.report.reference.ReferenceDistribution;
import org.gutskin.report.model.ConditionSection;
import org.gutskin.report.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conditions are data: a condition file plus one manifest line reaches the ladder, the report, the label checker's
 * condition detection and the question router with no Java edit; the contract's five must be listed; only the
 * conditions marked {@code default: true} are in a report or ladder when none is asked.
 */
class ConditionsAsDataTest {

    @TempDir
    Path dir;

    static final String EXTRA = """
            id: test-condition
            name: Test condition
            aliases: [testitis, test condition]
            certaintyTier: lower
            certaintyNote: A fixture for the conditions-as-data test.
            certaintyCitations: [misery2017]
            facts:
              - id: tc-gl-01
                level: guideline
                statement: "A fixture statement that cites a verified source."
                citations: [misery2017]
                verified: true
            checklist:
              - text: "A fixture question for the clinician?"
                citations: [misery2017]
            """;

    private KnowledgeBase copy(UnaryOperator<String> manifestEdit, boolean withExtra) throws IOException {
        KnowledgeBaseCopy.write(dir, "manifest.yaml", manifestEdit);
        if (withExtra) Files.writeString(dir.resolve("conditions/test-condition.yaml"), EXTRA);
        return KnowledgeBaseLoader.fromDirectory(dir);
    }

    private KnowledgeBase withSixth() throws IOException {
        return copy(m -> m.stripTrailing() + "\n    - {file: conditions/test-condition.yaml}\n", true);
    }

    @Test
    void theBundledManifestListsTheContractFiveFirstAndAsDefault() {
        KnowledgeBase kb = KnowledgeBase.get();
        assertThat(kb.conditionIds()).containsAll(KnowledgeBase.CONTRACT_CONDITION_IDS);
        assertThat(kb.conditionIds().subList(0, 5)).containsExactlyElementsOf(KnowledgeBase.CONTRACT_CONDITION_IDS);
        assertThat(kb.defaultConditionIds()).containsExactlyElementsOf(KnowledgeBase.CONTRACT_CONDITION_IDS);
        assertThat(kb.conditionIds(List.of())).containsExactlyElementsOf(KnowledgeBase.CONTRACT_CONDITION_IDS);
    }

    @Test
    void aSixthConditionFromYamlAloneReachesEveryDoor() throws Exception {
        KnowledgeBase kb = withSixth();
        assertThat(kb.conditionIds()).endsWith("test-condition").hasSize(KnowledgeBase.get().conditionIds().size() + 1);
        assertThat(kb.defaultConditionIds()).doesNotContain("test-condition");
        // ladder: by id, not in the default list
        assertThat(EvidenceLadder.forCondition(kb, "test-condition").name()).isEqualTo("Test condition");
        assertThat(EvidenceLadder.all(kb)).extracting(l -> l.conditionId()).doesNotContain("test-condition");
        // label checker: the alias names the condition
        assertThat(new LabelChecker(kb).evaluate("Lactobacillus rhamnosus GG for testitis", null).conditionId())
                .isEqualTo("test-condition");
        // question router: the alias names the condition
        assertThat(QuestionRouter.route(kb, "does anything help my testitis?").next().conditionId())
                .isEqualTo("test-condition");
        // report: asked by id it is there, and the default report keeps the five
        ReportService s = new ReportService(kb, ReferenceDistribution.bundled(),
                Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));
        Profile p = ReportFixtures.read(ReportFixtures.gmwi2Example());
        Report asked = s.build(p, ReportFixtures.GMWI2_SAMPLE,
                ReportOptions.defaults().withConditions(List.of("test-condition", "acne")));
        assertThat(asked.conditions()).extracting(ConditionSection::id).containsExactly("acne", "test-condition");
        // the recipe's promise: the report is valid against the shipped schema, and the registries' lists have it
        ReportStructureTest.loadSchema();
        assertThat(ReportStructureTest.validate(asked)).isEmpty();
        assertThat(Registries.lists(kb).get(Registries.CONDITIONS)).endsWith("test-condition");
        Report all = s.build(p, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults());
        assertThat(all.conditions()).extracting(ConditionSection::id)
                .containsExactlyElementsOf(KnowledgeBase.CONTRACT_CONDITION_IDS);
    }

    @Test
    void aConditionMarkedDefaultJoinsTheDefaultList() throws IOException {
        KnowledgeBase kb = copy(m -> m.stripTrailing() + "\n    - {file: conditions/test-condition.yaml, default: true}\n",
                true);
        assertThat(kb.defaultConditionIds()).endsWith("test-condition").hasSize(6);
    }

    @Test
    void aMissingContractConditionIsRejected() {
        assertThatThrownBy(() -> copy(m -> m.replace("    - {file: conditions/rosacea.yaml, default: true}\n", ""), false))
                .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining("rosacea")
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).file()).endsWith("manifest.yaml"));
    }

    @Test
    void anIllFormedIdOrUnknownManifestFieldIsRejected() throws IOException {
        assertThatThrownBy(() -> copy(m -> m.replace("conditions/acne.yaml, default: true}",
                "conditions/acne.yaml, default: true, shown: yes}"), false))
                .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining("shown");
        KnowledgeBase ok = withSixth();
        assertThat(ok.hasCondition("test-condition")).isTrue();
        Files.writeString(dir.resolve("conditions/test-condition.yaml"), EXTRA.replace("id: test-condition", "id: Test_Condition"));
        assertThatThrownBy(() -> KnowledgeBaseLoader.fromDirectory(dir)).isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("Test_Condition");
    }

    @Test
    void seborrhoeicDermatitisAndHidradenitisSuppurativaAreAskedByIdOnly() {
        KnowledgeBase kb = KnowledgeBase.get();
        for (String id : List.of("seborrhoeic-dermatitis", "hidradenitis-suppurativa")) {
            assertThat(kb.conditionIds()).as(id).contains(id);
            assertThat(kb.defaultConditionIds()).as(id).doesNotContain(id);
            assertThat(kb.condition(id).certaintyTier().word()).as(id).isEqualTo("lower");
            assertThat(kb.condition(id).checklist()).as(id).isNotEmpty();
            assertThat(kb.verifiedFacts(id)).as(id).isNotEmpty().allSatisfy(f -> assertThat(f.citations())
                    .allSatisfy(c -> assertThat(c.verified()).as(f.id() + " cites " + c.id()).isTrue()));
            assertThat(kb.verifiedTrials(id)).as(id + ": no probiotic trial is claimed").isEmpty();
            assertThat(EvidenceLadder.forCondition(kb, id).conditionId()).isEqualTo(id);
        }
        // the unverified McCarthy 2022 item (no DOI seen) stays out of every output
        assertThat(kb.verifiedFacts("hidradenitis-suppurativa")).noneMatch(f -> f.id().equals("hs-tax-03"));
        assertThat(kb.taxonAssociations("hidradenitis-suppurativa")).extracting(f -> f.taxon())
                .contains("Fusicatenibacter", "Faecalibacterium");
        // the label checker and the question router find them by alias
        assertThat(LabelChecker.check("Lactobacillus rhamnosus GG for acne inversa", null).conditionId())
                .isEqualTo("hidradenitis-suppurativa");
        assertThat(LabelChecker.check("Lactobacillus rhamnosus GG, helps seborrheic dermatitis", null).conditionId())
                .isEqualTo("seborrhoeic-dermatitis");
        assertThat(QuestionRouter.route(kb, "can probiotics help my hidradenitis?").next().conditionId())
                .isEqualTo("hidradenitis-suppurativa");
    }

    @Test
    void aReportAskedForANewConditionHasItAndValidates() throws Exception {
        Profile p = ReportFixtures.read(ReportFixtures.gmwi2Example());
        Report r = ReportFixtures.service().build(p, ReportFixtures.GMWI2_SAMPLE,
                ReportOptions.defaults().withConditions(List.of("seborrhoeic-dermatitis", "hidradenitis-suppurativa")));
        assertThat(r.conditions()).extracting(ConditionSection::id)
                .containsExactly("seborrhoeic-dermatitis", "hidradenitis-suppurativa");
        ReportStructureTest.loadSchema();
        assertThat(ReportStructureTest.validate(r)).isEmpty();
        Report all = ReportFixtures.service().build(p, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults());
        assertThat(all.conditions()).extracting(ConditionSection::id)
                .containsExactlyElementsOf(KnowledgeBase.CONTRACT_CONDITION_IDS);
    }
}
