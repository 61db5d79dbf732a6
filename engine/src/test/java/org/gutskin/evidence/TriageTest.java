package org.gutskin.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.ChecklistItem;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.triage.ClinicChecklist;
import org.gutskin.evidence.triage.NextStep;
import org.gutskin.evidence.triage.QuestionAnswer;
import org.gutskin.evidence.triage.QuestionRouter;
import org.gutskin.evidence.triage.Route;
import org.gutskin.evidence.triage.Triage;
import org.gutskin.evidence.triage.TriageResult;
import org.gutskin.io.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Red-flag triage: the four routes (urgent-care, clinician-first, standard only when every question was asked and
 * answered no, not-assessed otherwise), shown before everything else; partial answers; conflicts; bad input.
 */
class TriageTest {

    private static final KnowledgeBase KB = KnowledgeBase.get();

    private static Map<String, Boolean> allFalse() {
        Map<String, Boolean> m = new java.util.LinkedHashMap<>();
        KB.redFlagKeys().forEach(k -> m.put(k, false));
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"painful_or_scarring_acne", "severe_or_rapidly_worsening_eczema",
            "widespread_plaques_or_suspected_psoriasis", "affects_sleep_daily_function_or_quality_of_life",
            "joint_pain_swelling_or_morning_stiffness", "sore_that_bleeds_or_does_not_heal", "unexplained_weight_loss",
            "persistent_diarrhoea_or_waking_at_night_with_bowel_symptoms", "pregnant_or_breastfeeding",
            "preterm_or_newborn_infant", "immunosuppressed_or_on_chemotherapy_or_biologics",
            "central_line_or_critically_ill", "stopping_or_replacing_prescribed_treatment"})
    void clinicianFirstFlagsRouteClinicianFirstAndAreShownFirst(String key) {
        TriageResult r = Triage.route(Map.of(key, true));
        assertThat(r.route()).isEqualTo(Route.CLINICIAN_FIRST);
        assertThat(r.route().id()).isEqualTo("clinician-first");
        assertThat(r.redFlagKeys()).containsExactly(key);
        List<String> shown = r.first(List.of("Diversity: Shannon 3.1", "Ladder statement"));
        assertThat(shown.get(0)).startsWith("ROUTE: clinician-first");
        assertThat(shown.get(1)).contains(KB.redFlag(key).orElseThrow().action())
                .contains(KB.redFlag(key).orElseThrow().timeFrame().substring(1));
        assertThat(shown.subList(shown.size() - 2, shown.size())).containsExactly("Diversity: Shannon 3.1", "Ladder statement");
        List<ChecklistItem> checklist = ClinicChecklist.forCondition("acne", r);
        assertThat(checklist.get(0).text()).startsWith("Tell the doctor first");
        assertThat(checklist).allSatisfy(c -> assertThat(c.citations()).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fever_or_feeling_unwell_with_rash", "blisters_punched_out_sores_or_weeping_crusts",
            "infection_signs", "red_skin_over_most_of_the_body", "eye_pain_redness_or_vision_change",
            "blood_in_stool_or_black_stool"})
    void urgentFlagsRouteToSameDayCare(String key) {
        TriageResult r = Triage.route(Map.of(key, true));
        assertThat(r.route()).isEqualTo(Route.URGENT_CARE);
        assertThat(r.notice().get(0)).startsWith("ROUTE: urgent-care").contains("today");
        assertThat(KB.redFlag(key).orElseThrow().timeFrame()).isEqualTo("today");
    }

    @Test
    void everyRedFlagCitesAGuidelineOrRegulatorAndSaysWhen() {
        assertThat(KB.redFlags()).hasSize(19).allSatisfy(r -> {
            assertThat(r.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.verified()).isTrue());
            assertThat(r.timeFrame()).isNotBlank();
            assertThat(r.question()).endsWith("?");
        });
    }

    @Test
    void everyRouteIsExplainedInPlainWords() {
        assertThat(KB.routeHelp().keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(Route.values()).map(Route::id).toList());
    }

    @Test
    void standardOnlyWhenEveryQuestionWasAskedAndAnsweredNo() {
        TriageResult none = Triage.route(Map.of());
        assertThat(none.route()).isEqualTo(Route.NOT_ASSESSED);
        assertThat(none.notAsked()).hasSize(19);
        assertThat(none.notice().get(0)).startsWith("ROUTE: not-assessed").contains("were not asked");
        assertThat(none.notice()).hasSize(20); // the heading, then every question not asked
        TriageResult partial = Triage.route(Map.of("infection_signs", false, "painful_or_scarring_acne", false));
        assertThat(partial.route()).isEqualTo(Route.NOT_ASSESSED);
        assertThat(partial.asked()).isEqualTo(2);
        assertThat(partial.notice().get(0)).contains("Only 2 of the 19");
        TriageResult all = Triage.route(allFalse());
        assertThat(all.route()).isEqualTo(Route.STANDARD);
        assertThat(all.notice()).containsExactly("ROUTE: standard. All 19 safety questions were asked and answered no.");
    }

    @Test
    void theMostUrgentFlagSetsTheRouteAndComesFirst() {
        Map<String, Boolean> a = allFalse();
        a.put("painful_or_scarring_acne", true);
        a.put("blood_in_stool_or_black_stool", true);
        TriageResult r = Triage.route(a);
        assertThat(r.route()).isEqualTo(Route.URGENT_CARE);
        assertThat(r.redFlagKeys()).containsExactly("blood_in_stool_or_black_stool", "painful_or_scarring_acne");
        // a flag among unasked questions still routes: a yes is never diluted by what was not asked
        assertThat(Triage.route(Map.of("painful_or_scarring_acne", true)).route()).isEqualTo(Route.CLINICIAN_FIRST);
    }

    @Test
    void contradictoryAnswersAreKeptAndNamed() {
        TriageResult r = Triage.route(Map.of("pregnant_or_breastfeeding", true, "preterm_or_newborn_infant", true));
        assertThat(r.redFlagKeys()).containsExactlyInAnyOrder("pregnant_or_breastfeeding", "preterm_or_newborn_infant");
        assertThat(r.conflicts()).hasSize(1);
        assertThat(r.notice()).anySatisfy(l -> assertThat(l).contains("check whom this report is for"));
        assertThat(Triage.route(Map.of("pregnant_or_breastfeeding", true)).conflicts()).isEmpty();
    }

    @Test
    void unknownKeyIsAnInputError() {
        assertThatThrownBy(() -> Triage.route(Map.of("itchy", true))).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown triage answer key 'itchy'");
        assertThatThrownBy(() -> Triage.parseAnswers("{\"itchy\": true}", "a.json")).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).describe()).startsWith("a.json: "));
    }

    @Test
    void answersMustBeAJsonObjectOfBooleans() {
        assertThat(Triage.parseAnswers("{\"infection_signs\": true, \"painful_or_scarring_acne\": null}", "a.json"))
                .containsExactly(Map.entry("infection_signs", true));
        assertThatThrownBy(() -> Triage.parseAnswers("{\"infection_signs\": \"yes\"}", "a.json"))
                .hasMessageContaining("'infection_signs' must be true or false");
        assertThatThrownBy(() -> Triage.parseAnswers("[true]", "a.json")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> Triage.parseAnswers("{\"infection_signs\": tru", "a.json"))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void questionsAreRoutedToTheRightNextStep() {
        QuestionAnswer acne = QuestionRouter.route("My acne is painful and leaving scars, which probiotic?");
        assertThat(acne.route()).isEqualTo(Route.CLINICIAN_FIRST);
        assertThat(acne.next().kind()).isEqualTo(NextStep.Kind.CLINICIAN_FIRST);
        assertThat(acne.then().kind()).isEqualTo(NextStep.Kind.LABEL_CHECK);
        QuestionAnswer label = QuestionRouter.route("Is this probiotic supplement any good for my eczema?");
        assertThat(label.route()).isEqualTo(Route.NOT_ASSESSED);
        assertThat(label.next().kind()).isEqualTo(NextStep.Kind.LABEL_CHECK);
        assertThat(label.next().conditionId()).isEqualTo("atopic-dermatitis");
        assertThat(label.next().advice()).contains("gutskin label").contains("--condition atopic-dermatitis");
        assertThat(QuestionRouter.route("Why would SIBO matter for rosacea?").next().kind())
                .isEqualTo(NextStep.Kind.MECHANISM_READING);
        assertThat(QuestionRouter.route("What is known about psoriasis and the gut?").next().kind())
                .isEqualTo(NextStep.Kind.EVIDENCE_LADDER);
        assertThat(QuestionRouter.route("What do my stool test results mean?").next().kind()).isEqualTo(NextStep.Kind.REPORT);
        assertThat(QuestionRouter.route("hello").next().kind()).isEqualTo(NextStep.Kind.GENERAL);
    }

    @Test
    void theIssuesFourAlarmQuestionsGoToAClinicianFirst() {
        QuestionAnswer blood = QuestionRouter.route("blood in my stool and lost weight, could it be my eczema?");
        assertThat(blood.route()).isEqualTo(Route.URGENT_CARE);
        assertThat(blood.redFlagKeys()).containsExactly("blood_in_stool_or_black_stool", "unexplained_weight_loss");
        assertThat(blood.next().advice()).startsWith("See a clinician today").contains("\"blood … stool\" and \"lost weight\". Today: ")
                .doesNotContain(".;");
        assertThat(QuestionRouter.route("premature baby in the NICU, which probiotic?").redFlagKeys())
                .contains("preterm_or_newborn_infant");
        assertThat(QuestionRouter.route("can I stop my methotrexate and take probiotics?").redFlagKeys())
                .contains("stopping_or_replacing_prescribed_treatment", "immunosuppressed_or_on_chemotherapy_or_biologics");
        assertThat(QuestionRouter.route("my rosacea eyes are gritty and painful").route()).isEqualTo(Route.URGENT_CARE);
        // negation and history
        assertThat(QuestionRouter.route("no fever and no blisters, which probiotic for eczema?").flagged()).isFalse();
        assertThat(QuestionRouter.route("I had a fever last year; which probiotic for eczema?").flagged()).isFalse();
        assertThat(QuestionRouter.route("I've had diarrhoea for 2 days").flagged()).isFalse();
        assertThat(QuestionRouter.route("I've had diarrhoea for 3 weeks").redFlagKeys())
                .containsExactly("persistent_diarrhoea_or_waking_at_night_with_bowel_symptoms");
    }
}
