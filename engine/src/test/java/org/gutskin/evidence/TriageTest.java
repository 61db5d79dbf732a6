package org.gutskin.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.ChecklistItem;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.triage.ClinicChecklist;
import org.gutskin.evidence.triage.NextStep;
import org.gutskin.evidence.triage.QuestionRouter;
import org.gutskin.evidence.triage.Route;
import org.gutskin.evidence.triage.Triage;
import org.gutskin.evidence.triage.TriageResult;
import org.gutskin.profile.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Red-flag triage: every flag routes clinician-first, shown before everything else. */
class TriageTest {

    @ParameterizedTest
    @ValueSource(strings = {"painful_or_scarring_acne", "severe_or_rapidly_worsening_eczema",
            "widespread_plaques_or_suspected_psoriasis", "infection_signs",
            "affects_sleep_daily_function_or_quality_of_life"})
    void eachRedFlagRoutesClinicianFirstAndIsShownFirst(String key) {
        TriageResult r = Triage.route(Map.of(key, true));
        assertThat(r.route()).isEqualTo(Route.CLINICIAN_FIRST);
        assertThat(r.route().id()).isEqualTo("clinician-first");
        assertThat(r.redFlagKeys()).containsExactly(key);
        List<String> shown = r.first(List.of("Diversity: Shannon 3.1", "Ladder statement"));
        assertThat(shown.get(0)).startsWith("ROUTE: clinician-first");
        assertThat(shown.get(1)).contains(KnowledgeBase.get().redFlags().stream().filter(f -> f.key().equals(key))
                .findFirst().orElseThrow().action());
        assertThat(shown.subList(shown.size() - 2, shown.size())).containsExactly("Diversity: Shannon 3.1", "Ladder statement");
        // and in the clinic checklist, the flag comes first
        List<ChecklistItem> checklist = ClinicChecklist.forCondition("acne", r);
        assertThat(checklist.get(0).text()).startsWith("Tell the doctor first");
        assertThat(checklist).allSatisfy(c -> assertThat(c.citations()).isNotEmpty());
    }

    @Test
    void falseOrMissingAnswersKeepTheStandardRoute() {
        assertThat(Triage.route(Map.of()).route()).isEqualTo(Route.STANDARD);
        assertThat(Triage.route(Map.of("infection_signs", false, "painful_or_scarring_acne", false)).route())
                .isEqualTo(Route.STANDARD);
        assertThat(Triage.none().first(List.of("a"))).containsExactly("a");
    }

    @Test
    void anyTrueAmongFalsesRoutesClinicianFirstInContractOrder() {
        TriageResult r = Triage.route(Map.of("infection_signs", true, "painful_or_scarring_acne", true,
                "severe_or_rapidly_worsening_eczema", false));
        assertThat(r.redFlagKeys()).containsExactly("painful_or_scarring_acne", "infection_signs");
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
                .hasMessageContaining("must be true or false");
        assertThatThrownBy(() -> Triage.parseAnswers("[true]", "a.json")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> Triage.parseAnswers("{\"infection_signs\": tru", "a.json"))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void questionsAreRoutedToTheRightNextStep() {
        assertThat(QuestionRouter.route("My acne is painful and leaving scars, which probiotic?").kind())
                .isEqualTo(NextStep.Kind.CLINICIAN_FIRST);
        NextStep label = QuestionRouter.route("Is this probiotic supplement any good for my eczema?");
        assertThat(label.kind()).isEqualTo(NextStep.Kind.LABEL_CHECK);
        assertThat(label.conditionId()).isEqualTo("atopic-dermatitis");
        assertThat(label.advice()).contains("gutskin label").contains("--condition atopic-dermatitis");
        assertThat(QuestionRouter.route("Why would SIBO matter for rosacea?"))
                .isEqualTo(new NextStep(NextStep.Kind.MECHANISM_READING, "rosacea",
                        QuestionRouter.route("Why would SIBO matter for rosacea?").advice()));
        assertThat(QuestionRouter.route("What is known about psoriasis and the gut?").kind())
                .isEqualTo(NextStep.Kind.EVIDENCE_LADDER);
        assertThat(QuestionRouter.route("What do my stool test results mean?").kind()).isEqualTo(NextStep.Kind.REPORT);
        assertThat(QuestionRouter.route("hello").kind()).isEqualTo(NextStep.Kind.GENERAL);
    }
}
