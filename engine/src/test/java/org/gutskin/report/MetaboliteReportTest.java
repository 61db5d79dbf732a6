package org.gutskin.report;

import org.gutskin.testkit.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gutskin.profile.Profile;
import org.gutskin.report.metabolite.HumannReader;
import org.gutskin.report.metabolite.MetaboliteLane;
import org.gutskin.report.model.Report;
import org.gutskin.report.render.JsonReportWriter;
import org.gutskin.report.render.ReportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The metabolite lane in every format: JSON ({@code metabolites}, valid against the schema), HTML (the table and a
 * reference chart), PDF (the section's title and lead in the text) and FHIR (one Observation per guild with a
 * reference-percentile component). Only verified guilds appear; the lead is the mechanism tier's.
 */
@Slow
class MetaboliteReportTest {

    static Report taxa;
    static Report genes;

    @BeforeAll
    static void build() throws Exception {
        ReportStructureTest.loadSchema();
        Profile p = ReportFixtures.read(ReportFixtures.gmwi2Example());
        ReportOptions o = ReportOptions.defaults().withConditions(List.of("acne"));
        taxa = ReportFixtures.service().build(p, ReportFixtures.GMWI2_SAMPLE, o);
        Path fn = Path.of(MetaboliteReportTest.class.getResource(
                "/org/gutskin/report/metabolite/demo_pathabundance.tsv").toURI());
        genes = ReportFixtures.service().build(p, ReportFixtures.GMWI2_SAMPLE, o.withFunctions(HumannReader.read(fn)));
    }

    @Test
    void jsonHasTheSectionAndValidates() throws Exception {
        JsonNode m = new ObjectMapper().readTree(JsonReportWriter.toJson(taxa)).get("metabolites");
        assertThat(m.get("title").asText()).isEqualTo("Microbial metabolite capacity (gut)");
        assertThat(m.get("lead").asText()).startsWith("Mechanism research suggests (not shown to change skin outcomes):")
                .contains("no metabolite was measured");
        assertThat(m.get("basis").asText()).isEqualTo(MetaboliteLane.TAXA);
        assertThat(m.get("guilds")).extracting(g -> g.get("id").asText())
                .containsExactly("butyrate-producers", "propionate-producers", "tryptophan-indole",
                        "bile-acid-7a-dehydroxylation", "tma-producers"); // every guild now cites a verified source
        assertThat(m.get("guilds").get(3).get("citations").toString()).contains("10.1194/jlr.R500013-JLR200");
        assertThat(m.get("guilds").get(4).get("citations").toString()).contains("10.1186/s40168-017-0271-9");
        JsonNode b = m.get("guilds").get(0);
        assertThat(b.get("percent").asDouble()).isBetween(32.0008, 32.0010);
        assertThat(b.get("percentile").asDouble()).isBetween(0.0, 100.0);
        assertThat(b.get("citations")).isNotEmpty();
        assertThat(m.get("diet")).hasSize(3); // the unverified polyphenol statement is left out
        assertThat(m.get("diet").get(0).get("text").asText()).startsWith("Randomised diet trials");
        assertThat(ReportStructureTest.validate(taxa)).isEmpty();
        assertThat(ReportStructureTest.validate(genes)).isEmpty();
    }

    @Test
    void genesReplaceTaxaWhenTheFunctionsTableCanMeasureTheGuild() throws Exception {
        JsonNode m = new ObjectMapper().readTree(JsonReportWriter.toJson(genes)).get("metabolites");
        assertThat(m.get("basis").asText()).isEqualTo(MetaboliteLane.GENES);
        assertThat(m.get("functionsSource").asText()).contains("demo_pathabundance.tsv");
        JsonNode b = m.get("guilds").get(0);
        assertThat(b.get("basis").asText()).isEqualTo(MetaboliteLane.GENES);
        assertThat(b.get("percent").asDouble()).isEqualTo(26.0);
        assertThat(b.get("percentile").isNull()).isTrue();
        JsonNode t = m.get("guilds").get(2); // tryptophan: no MetaCyc id, so still from taxa, with the reason
        assertThat(t.get("basis").asText()).isEqualTo(MetaboliteLane.TAXA);
        assertThat(t.get("note").asText()).contains("lists no MetaCyc pathway");
    }

    @Test
    void htmlPdfAndFhirCarryTheSection() throws Exception {
        String html = new String(RenderTest.render(taxa, ReportFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains("<h2>Microbial metabolite capacity (gut)</h2>").contains("Butyrate producers")
                .contains("against the healthy reference").contains("inferred from taxa")
                .contains("10.1111/1462-2920.13589");
        String pdf = String.join("\n", RenderTest.pdfPages(RenderTest.render(taxa, ReportFormat.PDF)));
        assertThat(pdf).contains("Microbial metabolite capacity (gut)").contains("Butyrate producers");
        JsonNode fhir = new ObjectMapper().readTree(RenderTest.render(taxa, ReportFormat.FHIR));
        List<JsonNode> guilds = new java.util.ArrayList<>();
        for (JsonNode e : fhir.get("entry")) {
            JsonNode r = e.get("resource");
            if (r.get("resourceType").asText().equals("Observation")
                    && r.get("code").get("coding").get(0).get("code").asText().startsWith("guild-")) guilds.add(r);
        }
        assertThat(guilds).hasSize(5); // butyrate, propionate, tryptophan, bile acids, TMA
        JsonNode b = guilds.get(0);
        assertThat(b.get("code").get("coding").get(0).get("code").asText()).isEqualTo("guild-butyrate-producers");
        assertThat(b.get("valueQuantity").get("code").asText()).isEqualTo("%");
        assertThat(b.get("valueQuantity").get("system").asText()).isEqualTo("http://unitsofmeasure.org");
        assertThat(b.get("component").get(0).get("code").get("coding").get(0).get("code").asText())
                .isEqualTo("reference-percentile");
        assertThat(b.get("note").get(0).get("text").asText()).startsWith("Mechanism research suggests");
    }
}
