package org.gutskin.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.CohortOptions;
import org.gutskin.cohort.CohortRequest;
import org.gutskin.cohort.CohortRun;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ReadOptions;
import org.gutskin.report.model.Report;
import org.gutskin.report.render.FhirReportWriter;
import org.gutskin.report.render.HtmlReportWriter;
import org.gutskin.report.render.ReportFormat;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MetaPhlAn 4 profile gets no index value and no healthy/non-healthy call in any format (JSON, HTML, PDF, FHIR),
 * in the batch path, and the cohort leaves the indices out with a note; the MetaPhlAn 3 example keeps its call.
 */
class IndexApplicabilityReportTest {

    static final Path DATA = Path.of("..", "..", "shared", "data");

    @Test
    void metaphlan4ReportHasNoIndexCallInAnyFormat() throws Exception {
        Profile p = ReportFixtures.read(DATA.resolve("formats/metaphlan/ERR7569997.metaphlan4.txt"));
        Report r = ReportFixtures.service().build(p, "ERR7569997", ReportOptions.defaults().withConditions(List.of("acne")));
        assertThat(r.indices().gmhi()).isNull();
        assertThat(r.indices().gmwi2()).isNull();
        assertThat(r.indices().gmhiCall()).isEqualTo("not-applicable");
        assertThat(r.indices().gmwi2Note()).contains("MetaPhlAn 4 (SGB)");
        String summary = r.summary().stream().map(s -> s.text()).filter(t -> t.startsWith("Gut health indices"))
                .findFirst().orElseThrow();
        assertThat(summary).contains("not applicable to this profile").doesNotContainPattern("\\((healthy|non-healthy|uncertain)\\)");
        JsonNode json = new ObjectMapper().readTree(RenderTest.render(r, ReportFormat.JSON));
        assertThat(json.get("indices").get("gmwi2").isNull()).isTrue();
        assertThat(json.get("indices").get("gmwi2Call").asText()).isEqualTo("not-applicable");
        ReportStructureTest.loadSchema();
        assertThat(ReportStructureTest.validate(r)).isEmpty();
        String html = HtmlReportWriter.render(r);
        assertThat(html).contains("not-applicable").doesNotContain("aria-label=\"GMWI2 gauge\"");
        String pdf = String.join("\n", RenderTest.pdfPages(RenderTest.render(r, ReportFormat.PDF)));
        assertThat(pdf).contains("not applicable to this profile").doesNotContain("(non-healthy)").doesNotContain("(healthy)");
        Bundle b = RenderTest.parseStrict(FhirReportWriter.toJson(r));
        for (String code : List.of("gmwi2", "gmhi")) {
            Observation o = b.getEntry().stream().map(e -> e.getResource()).filter(x -> x instanceof Observation)
                    .map(x -> (Observation) x).filter(x -> x.getCode().getCodingFirstRep().getCode().equals(code))
                    .findFirst().orElseThrow();
            assertThat(o.hasValue()).as(code).isFalse();
            assertThat(o.getDataAbsentReason().getCodingFirstRep().getCode()).isEqualTo("not-applicable");
        }
    }

    @Test
    void batchPathAndCohortFollowTheSameRule(@TempDir Path dir) throws Exception {
        Path merged = DATA.resolve("skin-conditions/psoriasis_qqwxp1987/profiles_merged.tsv");
        ReportService s = ReportFixtures.service();
        ScoredProfile scored = s.score(ReportFixtures.read(merged), null);
        for (String id : scored.sampleIds().subList(0, 3)) {
            Report r = s.build(scored, id, null, ReportOptions.defaults().withConditions(List.of("psoriasis")));
            assertThat(r.indices().gmhiCall()).as(id).isEqualTo("not-applicable");
            assertThat(r.indices().gmwi2Call()).as(id).isEqualTo("not-applicable");
        }
        CohortOptions o = CohortOptions.defaults().withAlphaMetrics(CohortOptions.DEFAULT_ALPHA);
        o = new CohortOptions(Rank.SPECIES, o.alphaMetrics(), o.betaMetrics(), 99, o.seed(), o.minPrevalence(), 3);
        Map<String, byte[]> out = CohortRun.analyse(new CohortRequest(List.of(merged), ReadOptions.DEFAULT,
                DATA.resolve("skin-conditions/psoriasis_qqwxp1987/samples.tsv"), "Disease", o, dir.resolve("out")),
                CohortRun.localBackend());
        String alpha = new String(out.get("alpha.tsv"), StandardCharsets.UTF_8);
        assertThat(alpha.lines().findFirst().orElseThrow()).isEqualTo("sample_id\tgroup\tobserved\tshannon\tsimpson\tpielou_e");
        String html = new String(out.get("summary.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("gmhi left out: not applicable to this profile").contains("gmwi2 left out")
                .contains("q-value").doesNotContain("gmhi differs");
    }
}
