package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gutskin.io.InputException;
import org.gutskin.server.EngineEvidenceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gutskin label --context/--answers} (issue 13, item 5) through {@link Main#execute}, and the same safety
 * block through the service the API calls: one code path for both doors.
 */
class LabelSafetyCommandTest {

    private static final String BOULARDII = "Saccharomyces boulardii CNCM I-745, 5 billion CFU per capsule";
    private static final String MUNOZ_DOI = "10.1086/429916";

    @TempDir
    Path dir;

    @Test
    void centralLineMakesASafetyConcernAndTheTextPrintsTheSafetyBlockFirst() throws Exception {
        CliRun json = CliRun.of("label", BOULARDII, "--context", "central-line", "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode d = new ObjectMapper().readTree(json.out());
        assertThat(d.get("verdict").asText()).isEqualTo("safety-concern");
        assertThat(d.get("supportive").asBoolean()).isFalse();
        assertThat(d.get("safety").get("context").toString()).contains("central_line_or_critically_ill");
        assertThat(d.get("safety").get("concerns").get(0).get("citations").toString()).contains(MUNOZ_DOI);
        assertThat(d.get("reasons").get(0).get("text").asText()).startsWith("Safety concern:");

        CliRun text = CliRun.of("label", BOULARDII, "--context", "central-line");
        assertThat(text.exit()).isZero();
        assertThat(text.out().lines().findFirst().orElseThrow()).startsWith("Safety: CONCERN");
        assertThat(text.out()).contains("Verdict: safety-concern").contains(MUNOZ_DOI);
    }

    @Test
    void withoutContextTheVerdictIsTheEvidenceOneWithAYeastNote() throws Exception {
        JsonNode d = new ObjectMapper().readTree(CliRun.of("label", BOULARDII, "--json").out());
        assertThat(d.get("verdict").asText()).isEqualTo("no-condition-claimed");
        assertThat(d.get("safety").get("productTraits").toString()).contains("yeast");
        assertThat(d.get("safety").get("concerns")).isEmpty();
        assertThat(d.get("safety").get("notes").get(0).get("rule").asText()).isEqualTo("yeast-product");
    }

    @Test
    void answersInlineOrFromAFileEqualTheContextWord() throws Exception {
        String words = CliRun.of("label", BOULARDII, "--context", "immunosuppressed", "--json").out();
        String inline = CliRun.of("label", BOULARDII, "--answers",
                "{\"immunosuppressed_or_on_chemotherapy_or_biologics\": true}", "--json").out();
        Path f = dir.resolve("answers.json");
        Files.writeString(f, "{\"immunosuppressed_or_on_chemotherapy_or_biologics\": true}");
        String file = CliRun.of("label", BOULARDII, "--answers", f.toString(), "--json").out();
        assertThat(inline).isEqualTo(words).contains("\"safety-concern\"");
        assertThat(file).isEqualTo(words);
    }

    @Test
    void contextIsCommaSeparatedAndRepeatable() throws Exception {
        JsonNode d = new ObjectMapper().readTree(CliRun.of("label", BOULARDII, "--context", "preterm,pregnant",
                "--context", "critically-ill", "--json").out());
        assertThat(d.get("safety").get("context").toString()).isEqualTo(
                "[\"preterm_or_newborn_infant\",\"pregnant_or_breastfeeding\",\"central_line_or_critically_ill\"]");
    }

    @Test
    void unknownContextOrAnswerKeyIsExitThree() {
        CliRun bad = CliRun.of("label", BOULARDII, "--context", "diabetic");
        assertThat(bad.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(bad.err()).contains("unknown context 'diabetic'").contains("preterm").contains("critically-ill")
                .doesNotContain("\tat ");
        CliRun key = CliRun.of("label", BOULARDII, "--answers", "{\"immunosuppressed\": true}");
        assertThat(key.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(key.err()).contains("immunosuppressed");
    }

    @Test
    void theServiceAnswersTheSameJsonAsTheCommandLine() throws Exception {
        EngineEvidenceService service = new EngineEvidenceService();
        JsonNode api = service.checkLabel(BOULARDII, null, List.of("central-line"), Map.of());
        JsonNode cli = new ObjectMapper().readTree(CliRun.of("label", BOULARDII, "--context", "central-line",
                "--json").out());
        assertThat(api).isEqualTo(cli);
        JsonNode answers = service.checkLabel(BOULARDII, null, List.of(),
                Map.of("central_line_or_critically_ill", true));
        assertThat(answers).isEqualTo(cli);
        assertThat(service.checkLabel(BOULARDII, null).get("safety").get("concerns")).isEmpty();
        assertThatThrownBy(() -> service.checkLabel(BOULARDII, null, List.of("diabetic"), Map.of()))
                .isInstanceOf(InputException.class).hasMessageContaining("diabetic");
    }
}
