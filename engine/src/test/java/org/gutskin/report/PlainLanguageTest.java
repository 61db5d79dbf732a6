package org.gutskin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.label.ClaimWording;
import org.gutskin.profile.Profile;
import org.gutskin.report.model.GlossaryEntry;
import org.gutskin.report.model.Report;
import org.gutskin.report.model.Statement;
import org.gutskin.report.render.ReportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The patient view (issue 17 item 1): summary sentences at school grade 8 or below, every clinical term and score it
 * shows explained in the glossary, every sentence free of claim words, red flags and "not medical advice" first.
 *
 * <p>Reading level: the Flesch–Kincaid grade level (Kincaid JP, Fishburne RP, Rogers RL, Chissom BS. Derivation of
 * new readability formulas (Automated Readability Index, Fog Count and Flesch Reading Ease Formula) for Navy enlisted
 * personnel. Research Branch Report 8-75, Naval Technical Training Command, 1975):
 * {@code grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59}, computed here, in the test, with
 * the syllable counter below (checked by hand on dictionary words), never with code from the engine.
 */
class PlainLanguageTest {

    static Profile profile;
    static Report patient;

    @BeforeAll
    static void build() {
        profile = ReportFixtures.read(ReportFixtures.gmwi2Example());
        patient = ReportFixtures.service().build(profile, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults()
                .withConditions(List.of("atopic-dermatitis")).withAudience(Audience.PATIENT));
    }

    // ------------------------------------------------------------------ the formula, written here

    /**
     * Syllables of an English word: vowel groups (a e i o u y), less a silent final "e" (not "-le" after a
     * consonant), plus one for "ia"/"io"/"ua" said as two vowels (bacteria, probiotic, usual … but not "-tion",
     * "-sion"), at least one. A number counts as 2 (most numbers here are read as two-syllable words: "fifty").
     */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (w.isEmpty()) return 0;
        if (w.chars().allMatch(Character::isDigit)) return 2;
        Matcher m = Pattern.compile("[aeiouy]+").matcher(w);
        int n = 0;
        while (m.find()) n++;
        if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && n > 1) n--;
        if (w.endsWith("le") && w.length() > 2 && "aeiouy".indexOf(w.charAt(w.length() - 3)) >= 0 && n > 1) n--;
        Matcher two = Pattern.compile("(?<![ts])i[ao]|ua").matcher(w);
        while (two.find()) n++;
        return Math.max(1, n);
    }

    static double grade(List<String> texts) {
        int sentences = 0, words = 0, syl = 0;
        for (String t : texts) {
            for (String s : t.split("(?<=[.!?])\\s+")) {
                if (s.isBlank()) continue;
                sentences++;
                for (String w : s.split("[\\s—–/]+")) {
                    if (w.replaceAll("[^A-Za-z0-9]", "").isEmpty()) continue;
                    words++;
                    syl += syllables(w);
                }
            }
        }
        return 0.39 * words / sentences + 11.8 * syl / words - 15.59;
    }

    @Test
    void syllableCounterMatchesTheDictionaryOnHandPickedWords() {
        // counts from a dictionary's hyphenation (Merriam-Webster): the-1, skin-1, doc-tor-2, sam-ple-2, bac-te-ri-a-4,
        // pro-bi-ot-ic-4, care-1, health-y-2, com-par-i-son-4, ques-tion-2, dif-fer-ent-3, kinds-1, peo-ple-2,
        // ill-ness-2, ad-vice-2, be-fore-2, med-i-cine-3, un-til-2, ec-ze-ma-3, gut-1, score-1
        Map<String, Integer> hand = Map.ofEntries(Map.entry("the", 1), Map.entry("skin", 1), Map.entry("doctor", 2),
                Map.entry("sample", 2), Map.entry("bacteria", 4), Map.entry("probiotic", 4), Map.entry("care", 1),
                Map.entry("healthy", 2), Map.entry("comparison", 4), Map.entry("question", 2),
                Map.entry("different", 3), Map.entry("kinds", 1), Map.entry("people", 2), Map.entry("illness", 2),
                Map.entry("advice", 2), Map.entry("before", 2), Map.entry("medicine", 3), Map.entry("until", 2),
                Map.entry("eczema", 3), Map.entry("gut", 1), Map.entry("score", 1));
        hand.forEach((w, n) -> assertThat(syllables(w)).as(w).isEqualTo(n));
    }

    @Test
    void formulaOnAHandCountedPassage() {
        // "The cat sat on the mat. It was a good day." 2 sentences, 11 words, 11 syllables:
        // 0.39 × 5.5 + 11.8 × 1 − 15.59 = 2.145 + 11.8 − 15.59 = −1.645
        assertThat(grade(List.of("The cat sat on the mat. It was a good day."))).isCloseTo(-1.645,
                org.assertj.core.data.Offset.offset(1e-9));
        // "Bacteria live in the gut." 1 sentence, 5 words, 4 + 1 + 1 + 1 + 1 = 8 syllables:
        // 0.39 × 5 + 11.8 × 8 / 5 − 15.59 = 1.95 + 18.88 − 15.59 = 5.24
        assertThat(grade(List.of("Bacteria live in the gut."))).isCloseTo(5.24, org.assertj.core.data.Offset.offset(1e-9));
    }

    // ------------------------------------------------------------------ the patient view

    @Test
    void summaryReadsAtGradeEightOrBelow() {
        List<String> texts = patient.plain().summary().stream().map(Statement::text).toList();
        assertThat(texts).hasSizeGreaterThanOrEqualTo(5);
        assertThat(grade(texts)).as("Flesch–Kincaid grade of the summary").isLessThanOrEqualTo(8.0);
        // the same for every route and tier the sentences come in: a red flag, all answered no, every condition
        for (Map<String, Boolean> answers : List.of(Map.of("infection_signs", true), allNo(),
                Map.of("fever_or_feeling_unwell_with_rash", true))) {
            Report r = ReportFixtures.service().build(profile, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults()
                    .withAnswers(answers).withAudience(Audience.PATIENT));
            List<String> t = r.plain().summary().stream().map(Statement::text).toList();
            assertThat(grade(t)).as("grade with answers " + answers.keySet()).isLessThanOrEqualTo(8.0);
        }
    }

    static Map<String, Boolean> allNo() {
        Map<String, Boolean> m = new java.util.HashMap<>();
        KnowledgeBase.get().redFlags().forEach(e -> m.put(e.key(), false));
        return m;
    }

    @Test
    void everyPlainSentenceStaysInsideTheClaimWording() {
        Report all = ReportFixtures.service().build(profile, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults()
                .withAudience(Audience.PATIENT));
        List<Statement> every = new ArrayList<>(all.plain().summary());
        every.addAll(all.plain().conditions());
        every.addAll(all.plain().studies());
        for (Statement s : every) {
            assertThat(ClaimWording.overclaims(s.text())).as(s.text()).isEmpty();
            // the three verbs, whole words ("diagnosed eczema at age 2" is an outcome a trial measured)
            assertThat(s.text()).doesNotContainPattern("(?i)\\b(cure[sd]?|curing|treats|diagnoses|diagnose)\\b");
        }
        for (GlossaryEntry g : all.plain().glossary()) assertThat(ClaimWording.overclaims(g.meaning())).isEmpty();
    }

    @Test
    void everyClinicalTermAndScoreShownIsInTheGlossary() {
        // all five conditions: the studies bring SCORAD, EASI, PASI75, TEWL, DLQI, IGA, CFU into the view
        Report all = ReportFixtures.service().build(profile, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults()
                .withAudience(Audience.PATIENT));
        StringBuilder shown = new StringBuilder();
        for (List<Statement> l : List.of(all.plain().summary(), all.plain().studies(), all.checklistDetails()))
            l.forEach(s -> shown.append(s.text()).append('\n'));
        List<String> terms = all.plain().glossary().stream().map(g -> g.term().toLowerCase(Locale.ROOT)).toList();
        // each abbreviation the patient view prints, and the glossary entry that must explain it
        Map<String, String> expected = Map.ofEntries(Map.entry("SCORAD", "scorad"), Map.entry("EASI", "easi"),
                Map.entry("PASI75", "pasi75"), Map.entry("TEWL", "tewl"), Map.entry("DLQI", "dlqi"),
                Map.entry("PGA", "pga"), Map.entry("IgE", "ige"), Map.entry("CFU", "cfu"),
                Map.entry("SIBO", "sibo"), Map.entry("IBD", "ibd"), Map.entry("retinoid", "retinoid"), Map.entry("GMWI2", "gmwi2"),
                Map.entry("probiotic", "probiotic"));
        expected.forEach((printed, term) -> {
            assertThat(shown.toString()).as("the view prints " + printed).containsPattern("\\b" + printed + "\\b");
            assertThat(terms).as("glossary explains " + printed).contains(term);
        });
        // and nothing in the glossary that the view does not use
        KnowledgeBase.get().glossary().stream().filter(t -> terms.contains(t.term().toLowerCase(Locale.ROOT)))
                .forEach(t -> assertThat(t.plain()).isNotBlank());
        assertThat(all.plain().glossary().stream().filter(g -> g.term().equals("SCORAD")).findFirst().orElseThrow()
                .citations()).contains("10.1159/000247298");
    }

    @Test
    void dosesAreWrittenAsPeopleReadThem() {
        // ad-int-03 (L. plantarum IS-10506) was given at 1.0e10 CFU a day (interventions.yaml)
        String all = String.join("\n", patient.plain().studies().stream().map(Statement::text).toList());
        assertThat(all).contains("10 billion CFU a day").doesNotContain("e10").doesNotContain("CFU/day");
    }

    @Test
    void everyAudienceValidatesAgainstTheShippedSchema() throws Exception {
        ReportStructureTest.loadSchema();
        Report clinician = ReportFixtures.service().build(profile, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults()
                .withConditions(List.of("psoriasis")).withAudience(Audience.CLINICIAN).withAccession(
                        Accessions.parse("P-1", "2026-11-28", "2026-11-29", "Lab", "amended", "")))
                .withChecklistLink("x.checklist.pdf");
        for (Report r : List.of(patient, clinician))
            assertThat(ReportStructureTest.validate(r)).as(r.audience()).isEmpty();
    }

    @Test
    void redFlagsAndNotMedicalAdviceComeFirst() throws Exception {
        Report flagged = ReportFixtures.service().build(profile, ReportFixtures.GMWI2_SAMPLE, ReportOptions.defaults()
                .withConditions(List.of("acne")).withAnswers(Map.of("painful_or_scarring_acne", true))
                .withAudience(Audience.PATIENT));
        String html = new String(RenderTest.render(flagged, ReportFormat.HTML), StandardCharsets.UTF_8);
        int alert = html.indexOf("id=\"route-clinician-first\"");
        int nma = html.indexOf("Not medical advice.");
        int summary = html.indexOf("In short");
        assertThat(alert).isPositive().isLessThan(nma);
        assertThat(nma).isLessThan(summary);
        assertThat(flagged.plain().summary().get(0).text()).startsWith("See a doctor before you act on this report.");
    }
}
