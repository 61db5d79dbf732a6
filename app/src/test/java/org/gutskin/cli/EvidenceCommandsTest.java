package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gutskin label} and {@code gutskin evidence} through {@link Main#execute}: outputs and exit codes. */
class EvidenceCommandsTest {

    @TempDir
    Path dir;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void labelJsonHasTheContractKeys() throws Exception {
        CliRun r = run("label", "Lactobacillus rhamnosus GG, 10 billion CFU, for eczema", "--json");
        assertThat(r.exit()).isZero();
        JsonNode d = new ObjectMapper().readTree(r.out());
        assertThat(d.get("input").asText()).isEqualTo("Lactobacillus rhamnosus GG, 10 billion CFU, for eczema");
        assertThat(d.get("condition").asText()).isEqualTo("atopic-dermatitis");
        assertThat(d.get("organisms").get(0).get("name").asText()).isEqualTo("Lacticaseibacillus rhamnosus");
        assertThat(d.get("organisms").get(0).get("formerName").asText()).isEqualTo("Lactobacillus rhamnosus");
        assertThat(d.get("organisms").get(0).get("strain").asText()).isEqualTo("GG");
        assertThat(d.get("doseCfu").asDouble()).isEqualTo(1e10);
        assertThat(d.get("verdict").asText()).isEqualTo("strain-evidence-mixed");
        assertThat(d.get("supportive").asBoolean()).isFalse();
        assertThat(d.get("reasons")).isNotEmpty();
        assertThat(d.get("disclaimer").asText()).isNotBlank();
    }

    @Test
    void labelFromFileAndHumanOutput() throws Exception {
        Path f = dir.resolve("label.txt");
        Files.writeString(f, "Lactobacillus paracasei NCC 2461, 1x10^10 CFU for sensitive skin\n");
        CliRun r = run("label", "--file", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Verdict: strain-evidence-supports-adjunct-trial").contains("10.3920/BM2013.0001");
    }

    @Test
    void labelErrorsHaveTheContractExitCodes() {
        CliRun both = run("label", "LGG", "--file", dir.resolve("x").toString());
        assertThat(both.exit()).isEqualTo(Main.USAGE);
        assertThat(run("label").exit()).isEqualTo(Main.USAGE);
        CliRun missing = run("label", "--file", dir.resolve("missing.txt").toString());
        assertThat(missing.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).contains("missing.txt").doesNotContain("Exception");
        CliRun cond = run("label", "LGG", "--condition", "eczema");
        assertThat(cond.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(cond.err()).contains("unknown condition 'eczema'").doesNotContain("\tat ");
    }

    @Test
    void evidenceJsonForEachConditionHasCitedRungsStrongestFirst() throws Exception {
        for (String id : new String[] {"atopic-dermatitis", "psoriasis", "rosacea", "acne", "sensitive-skin",
                "seborrhoeic-dermatitis", "hidradenitis-suppurativa"}) {
            CliRun r = run("evidence", "--condition", id, "--json");
            assertThat(r.exit()).as(id).isZero();
            JsonNode d = new ObjectMapper().readTree(r.out());
            assertThat(d.get("route").asText()).isEqualTo("not-assessed"); // nothing was asked
            JsonNode c = d.get("conditions").get(0);
            assertThat(c.get("id").asText()).isEqualTo(id);
            assertThat(c.get("certaintyTier").asText()).isIn("moderate", "lower");
            int previous = 5;
            for (JsonNode rung : c.get("ladder")) {
                assertThat(rung.get("level").asInt()).isLessThan(previous);
                previous = rung.get("level").asInt();
                for (JsonNode s : rung.get("statements")) assertThat(s.get("citations")).isNotEmpty();
            }
        }
        assertThat(run("evidence", "--condition", "eczema").exit()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void evidenceWithARedFlagPrintsTheClinicianFirstRouteBeforeAnythingElse() throws Exception {
        Path answers = dir.resolve("a.json");
        Files.writeString(answers, "{\"painful_or_scarring_acne\": true}");
        CliRun text = run("evidence", "--condition", "acne", "--answers", answers.toString());
        assertThat(text.exit()).isZero();
        assertThat(text.out().lines().findFirst().orElseThrow()).startsWith("ROUTE: clinician-first");
        CliRun json = run("evidence", "--condition", "acne", "--answers", answers.toString(), "--json");
        JsonNode d = new ObjectMapper().readTree(json.out());
        assertThat(d.fieldNames().next()).isEqualTo("route");
        assertThat(d.get("route").asText()).isEqualTo("clinician-first");
        assertThat(d.get("redFlags").get(0).asText()).isEqualTo("painful_or_scarring_acne");
        Files.writeString(answers, "{\"itchy\": true}");
        CliRun bad = run("evidence", "--answers", answers.toString());
        assertThat(bad.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(bad.err()).contains("a.json").contains("unknown triage answer key 'itchy'");
    }

    @Test
    void aQuestionIsRoutedAndItsConditionShown() throws Exception {
        CliRun r = run("evidence", "--question", "Is this probiotic any good for my rosacea?");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("NEXT STEP (label check)");
        assertThat(r.out()).contains("ROUTE: not-assessed");
        assertThat(r.out()).contains("[rosacea]").doesNotContain("[acne]");
        JsonNode d = new ObjectMapper().readTree(run("evidence", "--question", "why does SIBO matter?", "--json").out());
        assertThat(d.get("nextStep").get("kind").asText()).isEqualTo("mechanism-reading");
        assertThat(d.get("definitions")).isNotEmpty();
    }

    /** The four alarm questions: the route, the reason and the clinician step come before any next step. */
    @Test
    void alarmQuestionsAnswerWithTheRouteAndTheReasonFirst() throws Exception {
        CliRun r = run("evidence", "--question", "blood in my stool and lost weight, could it be my eczema?");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("ROUTE: urgent-care.");
        assertThat(lines.get(1)).startsWith("NEXT STEP (urgent care): See a clinician today").contains("blood");
        assertThat(lines.get(2)).startsWith("THEN (");
        for (String q : List.of("premature baby in the NICU, which probiotic?",
                "can I stop my methotrexate and take probiotics?", "my rosacea eyes are gritty and painful")) {
            JsonNode d = new ObjectMapper().readTree(run("evidence", "--question", q, "--json").out());
            assertThat(d.fieldNames().next()).as(q).isEqualTo("route");
            assertThat(d.get("route").asText()).as(q).isIn("urgent-care", "clinician-first");
            assertThat(d.get("flags").get(0).get("citations")).as(q).isNotEmpty();
            assertThat(d.get("flags").get(0).get("timeFrame").asText()).as(q).isNotBlank();
            assertThat(d.get("nextStep").get("kind").asText()).as(q).isIn("urgent-care", "clinician-first");
            assertThat(d.get("thenStep").get("kind").asText()).as(q).isNotBlank();
        }
        List<String> table = run("evidence", "--triage-questions").out().lines().toList();
        assertThat(table.get(0)).isEqualTo("key\tgroup\turgency\ttime_frame\tquestion");
        assertThat(table).hasSize(20).anySatisfy(l -> assertThat(l).startsWith(
                "blood_in_stool_or_black_stool\tgut\turgent-care\ttoday\t"));
        JsonNode ok = new ObjectMapper().readTree(run("evidence", "--question", "What is a postbiotic?", "--json").out());
        assertThat(ok.get("route").asText()).isEqualTo("not-assessed");
        assertThat(ok.get("redFlags")).isEmpty();
    }

    @Test
    void conditionHelpListsTheKnowledgeBaseIdsAndNewConditionsWorkEverywhere() throws Exception {
        for (String cmd : new String[] {"evidence", "report", "label"}) {
            CliRun h = run(cmd, "--help");
            assertThat(h.exit()).as(cmd).isZero();
            assertThat(h.out().replaceAll("\\s+", " ")).as(cmd).contains("atopic-dermatitis").contains("sensitive-skin")
                    .contains("seborrhoeic-dermatitis").contains("hidradenitis-suppurativa");
        }
        CliRun all = run("evidence", "--json");
        JsonNode d = new ObjectMapper().readTree(all.out());
        assertThat(d.get("conditions")).hasSize(5); // the default conditions only
        CliRun label = run("label", "Lactobacillus rhamnosus GG for acne inversa", "--json");
        assertThat(new ObjectMapper().readTree(label.out()).get("condition").asText()).isEqualTo("hidradenitis-suppurativa");
    }
}
