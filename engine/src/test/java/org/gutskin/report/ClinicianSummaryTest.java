package org.gutskin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gutskin.profile.Profile;
import org.gutskin.report.model.NotCovered;
import org.gutskin.report.model.Report;
import org.gutskin.report.render.ReportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The clinician audience (issue 17 item 1) read back from the PDF with PDFBox: a single-condition summary takes at
 * most two printed pages before the appendix; the appendix gives every condition its own page; a condition's ladder
 * graphic (the block from its title through its caption, the drawing between them) lies on one page. And the focus
 * (item 2): only the conditions asked are shown, every other default condition gets one "not covered" line, and the
 * HTML links the checklist PDF.
 */
class ClinicianSummaryTest {

    static final String APPENDIX = "Appendix: evidence ladders and interventions";
    static Profile profile;

    @BeforeAll
    static void read() {
        profile = ReportFixtures.read(ReportFixtures.gmwi2Example());
    }

    static Report clinician(List<String> conditions) {
        return ReportFixtures.service().build(profile, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults()
                .withConditions(conditions).withAudience(Audience.CLINICIAN));
    }

    /** The 1-based page whose text contains {@code needle}, or -1. */
    static int pageOf(List<String> pages, String needle) {
        for (int i = 0; i < pages.size(); i++) if (pages.get(i).contains(needle)) return i + 1;
        return -1;
    }

    @Test
    void oneConditionSummaryFitsTwoPagesBeforeTheAppendix() throws Exception {
        List<String> pages = RenderTest.pdfPages(RenderTest.render(clinician(List.of("atopic-dermatitis")),
                ReportFormat.PDF));
        int appendix = pageOf(pages, APPENDIX);
        assertThat(appendix).as("page of the appendix heading").isBetween(2, 3);
        // the summary itself: route box, QC, measures, the condition line and the checklist, all before the appendix
        for (String s : List.of("Safety questions not assessed", "Sample QC", "Key measures against the healthy reference",
                "Questions for the clinic visit"))
            assertThat(pageOf(pages, s)).as(s).isBetween(1, appendix - 1);
        assertThat(pages.get(0)).contains("Not medical advice");
    }

    @Test
    void everyConditionStartsItsOwnAppendixPageAndItsLadderIsNotSplit() throws Exception {
        Report r = clinician(List.of("atopic-dermatitis", "psoriasis", "acne"));
        List<String> pages = RenderTest.pdfPages(RenderTest.render(r, ReportFormat.PDF));
        int previous = pageOf(pages, APPENDIX);
        for (var c : r.conditions()) {
            int heading = pageOf(pages, c.name() + " — evidence ladder");
            assertThat(heading).as(c.id() + " appendix page").isGreaterThanOrEqualTo(previous);
            if (!c.id().equals(r.conditions().get(0).id())) assertThat(heading).isGreaterThan(previous);
            // nothing of the condition before it on its first page: the page starts with its heading (after the
            // appendix title on the first one)
            int title = pageOf(pages, "Evidence ladder — " + c.name());
            int caption = pageOfAfter(pages, "Verified statements per rung", title);
            assertThat(title).as(c.id() + " ladder title").isGreaterThanOrEqualTo(heading);
            assertThat(caption).as(c.id() + " ladder caption on the title's page").isEqualTo(title);
            previous = heading;
        }
    }

    private static int pageOfAfter(List<String> pages, String needle, int from) {
        for (int i = from - 1; i < pages.size(); i++) if (pages.get(i).contains(needle)) return i + 1;
        return -1;
    }

    @Test
    void onlyTheChosenConditionIsShownAndTheOthersGetOneLineEach() throws Exception {
        Report r = clinician(List.of("psoriasis"));
        assertThat(r.conditions()).extracting(c -> c.id()).containsExactly("psoriasis");
        // the contract's five minus the one asked, in manifest order, each with the id to ask for
        assertThat(r.notCovered()).extracting(NotCovered::id)
                .containsExactly("atopic-dermatitis", "rosacea", "acne", "sensitive-skin");
        for (NotCovered n : r.notCovered())
            assertThat(n.text()).contains("not covered in this report").endsWith("condition " + n.id() + ".");
        String html = new String(RenderTest.render(r, ReportFormat.HTML), StandardCharsets.UTF_8);
        for (NotCovered n : r.notCovered()) assertThat(html).contains(n.text());
        // no condition asked: every default condition is covered, nothing is "not covered"
        assertThat(ReportFixtures.service().build(profile, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults())
                .notCovered()).isEmpty();
    }

    @Test
    void theChecklistIsLinkedBesideTheReport() throws Exception {
        Report r = clinician(List.of("acne")).withChecklistLink("SRR1761667.checklist.pdf");
        for (ReportFormat f : List.of(ReportFormat.HTML)) {
            String html = new String(RenderTest.render(r, f), StandardCharsets.UTF_8);
            assertThat(html).contains("<a href=\"SRR1761667.checklist.pdf\">");
        }
        Report full = ReportFixtures.service().build(profile, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults())
                .withChecklistLink("/api/samples/7/report?format=checklist-pdf");
        assertThat(new String(RenderTest.render(full, ReportFormat.HTML), StandardCharsets.UTF_8))
                .contains("href=\"/api/samples/7/report?format=checklist-pdf\"");
    }

    @Test
    void qcAndKeyMeasuresComeFromTheProfileAndTheReference() {
        Report r = clinician(List.of("acne"));
        // the example is MetaPhlAn 3 with --unknown_estimation: its header names the database, and its UNKNOWN row
        // (70.84224 %, first data line of the file) plus any rest not assigned to a species is unclassified
        assertThat(r.qc().profiler()).isEqualTo("metaphlan");
        assertThat(r.qc().database()).isEqualTo("mpa_v30_CHOCOPhlAn_201901");
        assertThat(r.qc().reads()).isNull();
        assertThat(r.qc().unclassified()).isGreaterThanOrEqualTo(70.84224 - 1e-6);
        assertThat(r.qc().indicesApply()).isTrue();
        assertThat(r.qc().species()).isEqualTo((int) Math.round(r.diversity().value("observed")));
        var shannon = r.measures().get(0);
        assertThat(shannon.id()).isEqualTo("shannon");
        assertThat(shannon.value()).isEqualTo(r.diversity().value("shannon"));
        assertThat(shannon.percentile()).isEqualTo(r.diversity().percentile("shannon"));
        assertThat(shannon.p5()).isLessThanOrEqualTo(shannon.p25());
        assertThat(shannon.p25()).isLessThanOrEqualTo(shannon.p50());
        assertThat(shannon.p75()).isLessThanOrEqualTo(shannon.p95());
    }
}
