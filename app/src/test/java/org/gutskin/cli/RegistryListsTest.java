package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.SampleScoring;
import org.gutskin.diversity.beta.BetaMetrics;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.io.JsonLists;
import org.gutskin.report.Registries;
import org.gutskin.report.ReportSchema;
import org.gutskin.server.OpenApiDocument;
import org.junit.jupiter.api.Test;

/**
 * Every registry entry reaches every place that lists it: the command-line help, the OpenAPI document, the report
 * schema and the web UI. The expected names are the registries' own (this test pins that the doors draw on them, not
 * what the names are); and the shipped documents spell no list themselves, so none can fall behind.
 */
class RegistryListsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final Map<String, List<String>> lists = Registries.lists(KnowledgeBase.get());

    static String help(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--help");
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(String.join(" ", args)).isZero();
        // picocli wraps long lines: compare on words, not on line breaks
        return r.out().replaceAll("\\s+", " ");
    }

    static void listsEvery(String help, List<String> names, String where) {
        for (String n : names) assertThat(help).as(where + " lists " + n).containsPattern("(^|[\\s,:(])" + java.util.regex.Pattern.quote(n) + "([\\s,.:)]|$)");
    }

    @Test
    void theRegistriesAreNotEmptyAndIncludeTheOnesOnceMissing() {
        assertThat(lists.keySet()).containsExactly(Registries.ALPHA_METRICS, Registries.BETA_METRICS,
                Registries.PROFILE_FORMATS, Registries.REPORT_FORMATS, Registries.CONDITIONS, Registries.SAFETY_CONTEXTS,
                Registries.VERDICTS, Registries.AUDIENCES, Registries.REPORT_STATUSES);
        lists.forEach((k, v) -> assertThat(v).as(k).isNotEmpty().doesNotHaveDuplicates());
        // the defects of issue 18: kraken-mpa was missing from the OpenAPI document
        assertThat(lists.get(Registries.PROFILE_FORMATS)).contains("kraken-mpa");
    }

    @Test
    void commandLineHelpListsEveryEntry() {
        listsEvery(help("alpha"), lists.get(Registries.ALPHA_METRICS), "alpha --help");
        listsEvery(help("beta"), lists.get(Registries.BETA_METRICS), "beta --help");
        listsEvery(help("cohort"), BetaMetrics.treeless(), "cohort --help");
        listsEvery(help("cohort"), SampleScoring.names(), "cohort --help");
        for (String c : List.of("inspect", "convert", "alpha", "beta", "score", "report", "cohort"))
            listsEvery(help(c), lists.get(Registries.PROFILE_FORMATS), c + " --help");
        listsEvery(help("report"), lists.get(Registries.REPORT_FORMATS), "report --help");
        listsEvery(help("label"), lists.get(Registries.VERDICTS), "label --help");
        listsEvery(help("label"), lists.get(Registries.CONDITIONS), "label --help");
        listsEvery(help("label"), lists.get(Registries.SAFETY_CONTEXTS), "label --help");
        listsEvery(help("evidence"), lists.get(Registries.CONDITIONS), "evidence --help");
        listsEvery(help("report"), lists.get(Registries.CONDITIONS), "report --help");
    }

    @Test
    void theOpenApiDocumentListsEveryEntry() throws IOException {
        JsonNode doc = JSON.readTree(OpenApiDocument.current());
        assertThat(names(doc.at("/paths/~1api~1uploads/post/parameters"), "format"))
                .containsExactlyElementsOf(lists.get(Registries.PROFILE_FORMATS));
        assertThat(names(doc.at("/paths/~1api~1samples~1{id}~1report/get/parameters"), "format"))
                .containsExactlyElementsOf(lists.get(Registries.REPORT_FORMATS));
        assertThat(names(doc.at("/paths/~1api~1evidence/get/parameters"), "condition"))
                .containsExactlyElementsOf(lists.get(Registries.CONDITIONS));
        JsonNode label = doc.at("/paths/~1api~1label/post");
        JsonNode body = label.at("/requestBody/content/application~1json/schema/properties");
        assertThat(strings(body.at("/condition/enum"))).containsExactlyElementsOf(lists.get(Registries.CONDITIONS));
        assertThat(strings(body.at("/context/items/enum"))).containsExactlyElementsOf(lists.get(Registries.SAFETY_CONTEXTS));
        assertThat(strings(label.at("/responses/200/content/application~1json/schema/properties/verdict/enum")))
                .containsExactlyElementsOf(lists.get(Registries.VERDICTS));
        assertThat(new String(OpenApiDocument.current(), StandardCharsets.UTF_8)).doesNotContain(JsonLists.MARKER);
    }

    @Test
    void theShippedDocumentsSpellNoRegistryList() throws IOException {
        // a hand-written enum would fall behind its registry (kraken-mpa did): only markers may stand where lists go
        for (String resource : List.of("/openapi.json", ReportSchema.RESOURCE)) {
            JsonNode doc;
            try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
                doc = JSON.readTree(in);
            }
            List<JsonNode> enums = doc.findValues("enum");
            for (JsonNode e : enums)
                for (List<String> names : lists.values())
                    assertThat(strings(e)).as(resource + " enum " + e).doesNotContainAnyElementsOf(
                            names.stream().filter(n -> !List.of("percentiles", "reference", "rank").contains(n)).toList());
        }
    }

    @Test
    void theReportSchemaListsEveryAlphaMetric() {
        JsonNode schema = ReportSchema.json();
        assertThat(strings(schema.at("/$defs/alphaMetric/enum"))).containsExactlyElementsOf(lists.get(Registries.ALPHA_METRICS));
    }

    @Test
    void theWebUiDrawsItsListsFromTheServer() throws IOException {
        String js = resource("/web/app.js"), html = resource("/web/index.html");
        // the lists come from GET /api/lists and GET /api/conditions …
        assertThat(js).contains("\"/api/lists\"", "lists[\"profile-formats\"]", "lists[\"report-formats\"]",
                "\"/api/conditions\"");
        assertThat(html).contains("id=\"upload-format\"", "id=\"downloads\"", "class=\"conditions\"");
        // … and the page spells none of them as an option or a download link
        for (List<String> names : lists.values())
            for (String n : names) {
                assertThat(html).as("index.html option " + n).doesNotContain("value=\"" + n + "\"");
                assertThat(html).as("index.html link " + n).doesNotContain("format=" + n);
            }
        assertThat(html).doesNotContain("id=\"dl-json\"");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = RegistryListsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> names(JsonNode parameters, String name) {
        for (JsonNode p : parameters) if (name.equals(p.path("name").asText())) return strings(p.at("/schema/enum"));
        throw new AssertionError("no parameter " + name + " in " + parameters);
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
