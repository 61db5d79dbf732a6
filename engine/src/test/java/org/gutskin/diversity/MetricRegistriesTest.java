package org.gutskin.diversity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.gutskin.diversity.alpha.AlphaMetricType;
import org.gutskin.diversity.alpha.AlphaMetrics;
import org.gutskin.diversity.beta.BetaMetricType;
import org.gutskin.diversity.beta.BetaMetrics;
import org.gutskin.io.JsonLists;
import org.junit.jupiter.api.Test;

/**
 * The metric registries (META-INF/services) hold the contract's names (../shared/contract/cli.md lists them), each
 * entry makes the metric it names, and the default rule reproduces the defaults the commands documented before the
 * registries: alpha's "observed,shannon,simpson,inverse_simpson,pielou_e,berger_parker_d, then chao1 with counts and
 * faith_pd with a tree", and the report's six plus chao1 with counts.
 */
class MetricRegistriesTest {

    @Test
    void theRegistriesHoldTheContractNames() {
        assertThat(AlphaMetrics.names()).containsExactly("observed", "shannon", "simpson", "inverse_simpson", "pielou_e",
                "chao1", "berger_parker_d", "faith_pd");
        assertThat(BetaMetrics.names()).containsExactly("braycurtis", "jaccard", "aitchison", "unweighted_unifrac",
                "weighted_unifrac");
        assertThat(BetaMetrics.treeless()).containsExactly("braycurtis", "jaccard", "aitchison");
    }

    @Test
    void eachEntryMakesTheMetricItNamesAndTreeMetricsNeedATree() {
        for (AlphaMetricType t : AlphaMetrics.types()) {
            assertThat(t.summary()).as(t.name()).isNotBlank().doesNotContain("%");
            if (t.needsTree())
                assertThatThrownBy(() -> AlphaMetrics.create(t.name(), Math.E, null)).hasMessageContaining("needs a tree");
            else assertThat(AlphaMetrics.create(t.name(), Math.E, null).name()).isEqualTo(t.name());
        }
        for (BetaMetricType t : BetaMetrics.types()) {
            assertThat(t.summary()).as(t.name()).isNotBlank().doesNotContain("%");
            if (t.needsTree())
                assertThatThrownBy(() -> BetaMetrics.create(t.name(), null, 1)).hasMessageContaining("needs a tree");
            else assertThat(BetaMetrics.create(t.name(), null, 1).name()).isEqualTo(t.name());
        }
        assertThat(AlphaMetrics.needsCounts("chao1")).isTrue();
        assertThat(AlphaMetrics.needsTree("faith_pd")).isTrue();
        assertThatThrownBy(() -> BetaMetrics.create("nope", null, 1)).hasMessageContaining("known: braycurtis");
    }

    @Test
    void theDefaultRuleIsTheOldDocumentedDefault() {
        List<String> plain = List.of("observed", "shannon", "simpson", "inverse_simpson", "pielou_e", "berger_parker_d");
        assertThat(AlphaMetrics.defaults(false, false)).containsExactlyElementsOf(plain);
        assertThat(AlphaMetrics.defaults(true, false)).containsExactly("observed", "shannon", "simpson",
                "inverse_simpson", "pielou_e", "berger_parker_d", "chao1");
        assertThat(AlphaMetrics.defaults(true, true)).endsWith("chao1", "faith_pd");
        assertThat(AlphaMetrics.defaults(false, true)).endsWith("berger_parker_d", "faith_pd");
    }

    @Test
    void jsonListsFillsMarkersAndRefusesAnUnknownKey() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode doc = json.readTree("{\"a\": {\"type\": \"string\", \"x-gutskin-list\": \"k\"}, \"b\": [{\"x-gutskin-list\": \"k\"}]}");
        JsonLists.fill(doc, Map.of("k", List.of("x", "y")));
        assertThat(doc.toString()).isEqualTo("{\"a\":{\"type\":\"string\",\"enum\":[\"x\",\"y\"]},\"b\":[{\"enum\":[\"x\",\"y\"]}]}");
        assertThatThrownBy(() -> JsonLists.fill(json.readTree("{\"x-gutskin-list\": \"typo\"}"), Map.of("k", List.of())))
                .hasMessageContaining("'typo' names no registry");
    }
}
