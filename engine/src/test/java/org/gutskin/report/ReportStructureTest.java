package org.gutskin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gutskin.diversity.alpha.AlphaDiversity;
import org.gutskin.diversity.alpha.AlphaMetrics;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.index.Gmhi;
import org.gutskin.index.GmhiModel;
import org.gutskin.index.Gmwi2;
import org.gutskin.index.Gmwi2Model;
import org.gutskin.index.IndexScores;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.report.model.ConditionSection;
import org.gutskin.report.model.LadderLevel;
import org.gutskin.report.model.Report;
import org.gutskin.report.model.Statement;
import org.gutskin.report.model.TaxonFinding;
import org.gutskin.report.render.JsonReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden-structure tests (not golden bytes): the contract's keys are present, the numbers equal what the diversity
 * and index modules compute for that sample (and the GMWI2 authors' published score), every literature statement
 * cites a verified knowledge-base citation, and the JSON validates against the shipped schema.
 */
class ReportStructureTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        // the shipped schema with its name lists filled from the registries, as ReportSchema serves it
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ReportSchema.json());
    }

    static Set<ValidationMessage> validate(Report r) throws Exception {
        return schema.validate(JSON.readTree(JsonReportWriter.toJson(r)));
    }

    @Test
    void contractKeysAndAuthorsGmwi2() throws Exception {
        Profile p = ReportFixtures.read(ReportFixtures.gmwi2Example());
        Report r = ReportFixtures.service().build(p, ReportFixtures.GMWI2_SAMPLE,
                ReportOptions.defaults().withConditions(List.of("acne")).withAnswers(Map.of("painful_or_scarring_acne", true)));
        JsonNode doc = JSON.readTree(JsonReportWriter.toJson(r));
        for (String k : List.of("reportVersion", "sample", "generatedAt", "provenance", "redFlags", "route", "diversity",
                "indices", "conditions", "checklist", "disclaimer"))
            assertThat(doc.has(k)).as(k).isTrue();
        for (String k : List.of("software", "knowledgeBase", "inputSha256", "models"))
            assertThat(doc.get("provenance").has(k)).as("provenance." + k).isTrue();
        for (String k : List.of("gmhi", "gmwi2", "gmwi2Call")) assertThat(doc.get("indices").has(k)).as(k).isTrue();
        JsonNode c = doc.get("conditions").get(0);
        assertThat(c.get("id").asText()).isEqualTo("acne");
        assertThat(c.has("certaintyTier")).isTrue();
        JsonNode rung = c.get("ladder").get(0);
        assertThat(rung.has("level")).isTrue();
        assertThat(rung.get("statements").get(0).has("text")).isTrue();
        assertThat(rung.get("statements").get(0).get("citations").isArray()).isTrue();
        assertThat(doc.get("route").asText()).isEqualTo("clinician-first");
        assertThat(doc.get("redFlags").get(0).asText()).isEqualTo("painful_or_scarring_acne");
        assertThat(doc.get("indices").get("gmwi2").asDouble()).isCloseTo(ReportFixtures.gmwi2Published(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(doc.get("sample").asText()).isEqualTo("SRR1761667");
        assertThat(doc.get("disclaimer").asText()).startsWith("Not medical advice");
        // the input checksum is the file's SHA-256, computed here independently with the JDK
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        String sha = java.util.HexFormat.of().formatHex(md.digest(java.nio.file.Files.readAllBytes(ReportFixtures.gmwi2Example())));
        assertThat(doc.get("provenance").get("inputSha256").asText()).isEqualTo(sha);
        assertThat(doc.get("provenance").get("models").get("gmwi2").get("version").asText())
                .isEqualTo(Gmwi2Model.current().version());
        assertThat(doc.get("provenance").get("knowledgeBase").asText()).isEqualTo(KnowledgeBase.get().version());
        assertThat(validate(r)).isEmpty();
    }

    @Test
    void valuesEqualTheDiversityAndIndexModulesForTheSample() throws Exception {
        Profile p = ReportFixtures.read(ReportFixtures.hmp2());
        String id = p.abundance().sampleIds().get(7);
        Report r = ReportFixtures.service().build(p, id, ReportOptions.defaults());
        int i = p.abundance().indexOfSample(id);

        AbundanceTable species = p.relative().atRank(Rank.SPECIES);
        double[][] alpha = AlphaDiversity.compute(species,
                ScoredProfile.METRICS.stream().map(m -> AlphaMetrics.create(m, Math.E, null)).toList());
        for (int m = 0; m < ScoredProfile.METRICS.size(); m++)
            assertThat(r.diversity().value(ScoredProfile.METRICS.get(m))).as(ScoredProfile.METRICS.get(m))
                    .isEqualTo(alpha[i][m]);
        IndexScores gmhi = new Gmhi(GmhiModel.current()).score(p.abundance(), true);
        IndexScores gmwi2 = new Gmwi2(Gmwi2Model.current()).score(p.abundance(), true);
        assertThat(r.indices().gmhi()).isEqualTo(gmhi.value(i));
        assertThat(r.indices().gmwi2()).isEqualTo(gmwi2.value(i));
        assertThat(r.indices().gmwi2Call()).isEqualTo(gmwi2.call(i).label());
        assertThat(r.conditions()).extracting(ConditionSection::id).containsExactlyElementsOf(KnowledgeBase.CONTRACT_CONDITION_IDS);
        assertThat(r.route()).isEqualTo("not-assessed"); // no answers: never "standard"
        assertThat(r.redFlags()).isEmpty();
        assertThat(r.triageStatus().notAsked()).hasSize(KnowledgeBase.get().redFlags().size());
        assertThat(validate(r)).isEmpty();
        // the batch path (all samples scored at once) gives the same report as the single-sample path
        ReportService s = ReportFixtures.service();
        Report batch = s.build(s.score(p, null), id, null, ReportOptions.defaults());
        assertThat(JsonReportWriter.toJson(batch)).isEqualTo(JsonReportWriter.toJson(r));
    }

    @Test
    void everyLiteratureStatementCitesAVerifiedKnowledgeBaseCitation() {
        Profile p = ReportFixtures.read(ReportFixtures.gmwi2Example());
        Map<String, Boolean> all = new java.util.HashMap<>();
        KnowledgeBase.get().redFlagKeys().forEach(k -> all.put(k, true));
        Report r = ReportFixtures.service().build(p, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults().withAnswers(all));
        Set<String> known = KnowledgeBase.get().citations().values().stream().filter(Citation::verified)
                .map(Citation::identifier).collect(Collectors.toSet());
        List<Statement> literature = new ArrayList<>(r.checklistDetails());
        r.triage().forEach(t -> literature.add(new Statement(t.action(), t.citations())));
        for (ConditionSection c : r.conditions()) {
            literature.add(new Statement(c.certaintyNote(), c.certaintyCitations()));
            for (LadderLevel l : c.ladder()) literature.addAll(l.statements());
            for (TaxonFinding t : c.taxa()) literature.add(new Statement(t.reading(), t.citations()));
            c.interventions().forEach(i -> literature.add(new Statement(i.text(), i.citations())));
        }
        assertThat(literature).hasSizeGreaterThan(40);
        for (Statement s : literature) {
            assertThat(s.citations()).as(s.text()).isNotEmpty();
            assertThat(known).as(s.text()).containsAll(s.citations());
        }
        // the summary cites the knowledge base or the paper of the model that produced the number
        Set<String> modelDois = new HashSet<>(Set.of(GmhiModel.current().doi(), Gmwi2Model.current().doi()));
        for (Statement s : r.summary())
            for (String c : s.citations()) assertThat(known.contains(c) || modelDois.contains(c)).as(c).isTrue();
        // the same species can be reported in different directions: readings name condition and population
        for (ConditionSection c : r.conditions())
            for (TaxonFinding t : c.taxa()) {
                assertThat(t.reading()).containsIgnoringCase(c.name());
                assertThat(t.reading()).doesNotContainPattern("(?i)\\b(good|bad|beneficial|harmful)\\b");
            }
        assertThat(r.route()).isEqualTo("urgent-care");
        assertThat(r.redFlags()).containsExactlyInAnyOrderElementsOf(KnowledgeBase.get().redFlagKeys());
        assertThat(r.redFlags().get(0)).isEqualTo(KnowledgeBase.get().redFlags().stream()
                .filter(org.gutskin.evidence.kb.RedFlagEntry::urgent).findFirst().orElseThrow().key());
    }

    @Test
    void ladderIsStrongestFirstAndWordedByItsTier() {
        Report r = ReportFixtures.service().build(ReportFixtures.read(ReportFixtures.gmwi2Example()),
                ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults());
        for (ConditionSection c : r.conditions()) {
            assertThat(c.ladder()).extracting(LadderLevel::number).containsExactly(4, 3, 2, 1);
            for (LadderLevel l : c.ladder())
                for (Statement s : l.statements())
                    assertThat(org.gutskin.evidence.kb.Wording.forbiddenIn(s.text())).as(s.text()).isNull();
        }
        for (Statement s : r.summary()) assertThat(org.gutskin.evidence.kb.Wording.forbiddenIn(s.text())).as(s.text()).isNull();
        assertThat(org.gutskin.evidence.kb.Wording.forbiddenIn(r.disclaimer())).isNull();
    }

    @Test
    void compositionSumsToTheWholeProfile() {
        Report r = ReportFixtures.service().build(ReportFixtures.read(ReportFixtures.gmwi2Example()),
                ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults());
        double sum = r.composition().stream().mapToDouble(t -> t.percent()).sum();
        assertThat(sum).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.05));
        // MetaPhlAn's UNKNOWN (70.84224 % in this file) is shown, not spread over the taxa
        assertThat(r.composition().get(r.composition().size() - 1).percent()).isGreaterThan(70);
    }

    @Test
    void skinProfileBesideTheGut(@TempDir Path dir) throws Exception {
        Profile gut = ReportFixtures.read(ReportFixtures.gmwi2Example());
        Profile skin = ReportFixtures.read(ReportFixtures.skin(dir));
        Report r = ReportFixtures.service().build(gut, ReportFixtures.GMWI2_SAMPLE,
                ReportOptions.defaults().withSkin(skin, null).withConditions(List.of("atopic-dermatitis", "acne")));
        assertThat(r.skin()).isNotNull();
        assertThat(r.skin().sample()).isEqualTo("cheek_swab");
        assertThat(r.skin().composition()).extracting(t -> t.taxon())
                .startsWith("Cutibacterium acnes", "Staphylococcus epidermidis", "Staphylococcus aureus");
        assertThat(r.skin().composition().get(0).percent()).isEqualTo(55.0);
        assertThat(r.skin().diversity().value("observed")).isEqualTo(3.0);
        // Shannon of (0.55, 0.30, 0.15) by hand: −Σ p ln p
        double h = -(0.55 * Math.log(0.55) + 0.30 * Math.log(0.30) + 0.15 * Math.log(0.15));
        assertThat(r.skin().diversity().value("shannon")).isCloseTo(h, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.skin().diversity().percentiles()).isEmpty();
        assertThat(r.skin().taxa()).allMatch(t -> t.bodySite().equals("skin"));
        // the knowledge base's skin-site acne findings are read against the swab: C. acnes is 55 % of it
        assertThat(r.skin().taxa()).filteredOn(t -> t.taxon().equals("Cutibacterium acnes")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.abundance()).isEqualTo(55.0));
        assertThat(r.conditions().stream().flatMap(c -> c.taxa().stream())).noneMatch(t -> t.bodySite().equals("skin"));
        assertThat(r.provenance().skinInputSha256()).hasSize(64);
        assertThat(validate(r)).isEmpty();
    }

    @Test
    void unknownSampleConditionOrAnswerIsAnInputError() {
        Profile p = ReportFixtures.read(ReportFixtures.gmwi2Example());
        ReportService s = ReportFixtures.service();
        assertThatThrownBy(() -> s.build(p, "nope", ReportOptions.defaults())).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown sample 'nope'");
        assertThatThrownBy(() -> s.build(p, ReportFixtures.GMWI2_SAMPLE,
                ReportOptions.defaults().withConditions(List.of("eczema-x")))).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown condition");
        assertThatThrownBy(() -> s.build(p, ReportFixtures.GMWI2_SAMPLE,
                ReportOptions.defaults().withAnswers(Map.of("itchy", true)))).isInstanceOf(InputException.class)
                .hasMessageContaining("'itchy'");
        assertThatThrownBy(() -> TriageAnswers.parseArgument("{\"infection_signs\": \"yes\"}"))
                .isInstanceOf(InputException.class).hasMessageContaining("must be true or false");
        assertThatThrownBy(() -> TriageAnswers.parseArgument("{oops")).isInstanceOf(InputException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> TriageAnswers.parseArgument("/no/such/answers.json")).isInstanceOf(InputException.class);
        assertThat(TriageAnswers.parseArgument("{\"infection_signs\": false}")).containsEntry("infection_signs", false);
    }
}
