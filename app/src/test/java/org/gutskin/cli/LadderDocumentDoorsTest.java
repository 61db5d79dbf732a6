package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.gutskin.server.EngineEvidenceService;
import org.junit.jupiter.api.Test;

/**
 * {@code gutskin evidence --json} and {@code GET /api/evidence} (its service, {@link EngineEvidenceService#ladder})
 * answer one document, built by {@code evidence.ladder.LadderDocument}: same keys in the same order, same ladders.
 * Before, the service ignored which condition a question was about and answered all five ladders.
 */
class LadderDocumentDoorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommandAndTheServiceAnswerTheSameDocument() throws Exception {
        String[][] cases = {{null, null}, {"acne", null}, {null, "Is this probiotic any good for my rosacea?"},
                {null, "blood in my stool and lost weight, could it be my eczema?"}, {"psoriasis", "What is a postbiotic?"}};
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of("evidence", "--json"));
            if (c[0] != null) args.addAll(List.of("--condition", c[0]));
            if (c[1] != null) args.addAll(List.of("--question", c[1]));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode cli = JSON.readTree(r.out());
            JsonNode api = JSON.readTree(JSON.writeValueAsString(new EngineEvidenceService().ladder(c[0], c[1])));
            assertThat(api).as(String.join(" ", args)).isEqualTo(cli);
            List<String> cliKeys = new ArrayList<>(), apiKeys = new ArrayList<>();
            cli.fieldNames().forEachRemaining(cliKeys::add);
            api.fieldNames().forEachRemaining(apiKeys::add);
            assertThat(apiKeys).isEqualTo(cliKeys);
        }
    }

    @Test
    void aQuestionAboutOneConditionShowsThatLadderThroughBothDoors() throws Exception {
        String q = "Is this probiotic any good for my rosacea?";
        JsonNode cli = JSON.readTree(CliRun.of("evidence", "--question", q, "--json").out());
        JsonNode api = new EngineEvidenceService().ladder(null, q);
        assertThat(cli.get("conditions")).hasSize(1);
        assertThat(cli.get("conditions").get(0).get("id").asText()).isEqualTo("rosacea");
        assertThat(api.get("conditions")).hasSize(1);
        assertThat(api.get("conditions").get(0).get("id").asText()).isEqualTo("rosacea");
    }
}
