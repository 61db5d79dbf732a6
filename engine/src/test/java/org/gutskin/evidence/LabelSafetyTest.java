package org.gutskin.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.KnowledgeBaseCopy;
import org.gutskin.evidence.kb.KnowledgeBaseException;
import org.gutskin.evidence.kb.KnowledgeBaseLoader;
import org.gutskin.evidence.kb.Wording;
import org.gutskin.evidence.label.LabelChecker;
import org.gutskin.evidence.label.LabelVerdict;
import org.gutskin.evidence.label.LabelVerdictJson;
import org.gutskin.evidence.label.Reason;
import org.gutskin.evidence.label.SafetyContext;
import org.gutskin.evidence.label.SafetyFinding;
import org.gutskin.evidence.label.Verdict;
import org.gutskin.io.InputException;
import org.gutskin.report.TriageAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The label checker's safety block (issue 13, item 5): context words and answers resolve to safety-context red
 * flags, product traits come from the parsed organisms and dose, a fired concern makes the verdict
 * {@code safety-concern} and leads the reasons, notes never change the verdict; every finding is cited by DOI/PMID.
 */
class LabelSafetyTest {

    private static final Pattern CITE = Pattern.compile("^(10\\.\\d{4,9}/\\S+|PMID:?\\s*\\d+|\\d{6,9})$");
    private static final String MUNOZ_DOI = "10.1086/429916";
    private static final String BOULARDII = "Saccharomyces boulardii CNCM I-745, 5 billion CFU per capsule";
    private static final String VRI = "Lactobacillus fermentum VRI-033 PCC, 2 billion CFU a day, for children with eczema";
    private static final String TEN_STRAINS = "Lactobacillus acidophilus, Lactobacillus rhamnosus, Lactobacillus casei, "
            + "Lactobacillus paracasei, Lactobacillus plantarum, Lactobacillus fermentum, Lactobacillus reuteri, "
            + "Bifidobacterium longum, Bifidobacterium breve, Bifidobacterium bifidum - 100 billion CFU per capsule";

    @TempDir
    Path dir;

    private static SafetyContext context(String... words) {
        return SafetyContext.of(KnowledgeBase.get(), List.of(words), Map.of());
    }

    private static LabelVerdict check(String text, SafetyContext context) {
        LabelVerdict v = LabelChecker.check(text, null, context);
        for (Reason r : v.reasons())
            assertThat(r.citationIds()).as(r.text()).isNotEmpty().allSatisfy(c -> assertThat(c).matches(CITE));
        for (SafetyFinding f : concat(v.safety().concerns(), v.safety().notes())) {
            assertThat(f.citationIds()).as(f.rule()).isNotEmpty().allSatisfy(c -> assertThat(c).matches(CITE));
            assertThat(Wording.forbiddenIn(f.text())).as(f.rule()).isNull();
        }
        assertThat(v.verdict() == Verdict.SAFETY_CONCERN).isEqualTo(v.safety().hasConcern());
        if (v.safety().hasConcern()) assertThat(v.supportive()).isFalse();
        return v;
    }

    private static List<SafetyFinding> concat(List<SafetyFinding> a, List<SafetyFinding> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<String> rules(List<SafetyFinding> findings) {
        return findings.stream().map(SafetyFinding::rule).toList();
    }

    @Test
    void boulardiiWithACentralLineIsASafetyConcernCitingMunoz() throws IOException {
        LabelVerdict v = check(BOULARDII, context("central-line"));
        assertThat(v.verdict()).isEqualTo(Verdict.SAFETY_CONCERN);
        assertThat(v.supportive()).isFalse();
        assertThat(v.safety().context()).containsExactly("central_line_or_critically_ill");
        assertThat(v.safety().productTraits()).containsExactly("yeast");
        assertThat(rules(v.safety().concerns())).startsWith("yeast-central-line-or-critically-ill");
        assertThat(v.reasons().get(0).text()).startsWith("Safety concern:");
        assertThat(v.reasons().get(0).citationIds()).contains(MUNOZ_DOI);

        JsonNode json = new ObjectMapper().readTree(LabelVerdictJson.write(v, KnowledgeBase.get().version()));
        for (String key : List.of("input", "condition", "organisms", "doseCfu", "verdict", "supportive", "reasons",
                "disclaimer", "knowledgeBase", "safety"))
            assertThat(json.has(key)).as(key).isTrue();
        assertThat(json.get("verdict").asText()).isEqualTo("safety-concern");
        JsonNode safety = json.get("safety");
        assertThat(safety.get("context").get(0).asText()).isEqualTo("central_line_or_critically_ill");
        assertThat(safety.get("productTraits").get(0).asText()).isEqualTo("yeast");
        JsonNode first = safety.get("concerns").get(0);
        assertThat(first.get("rule").asText()).isEqualTo("yeast-central-line-or-critically-ill");
        assertThat(first.get("citations").toString()).contains(MUNOZ_DOI);
        assertThat(safety.get("notes").get(0).get("rule").asText()).isEqualTo("yeast-product");
        assertThat(json.get("reasons").get(0).get("citations").toString()).contains(MUNOZ_DOI);
    }

    @Test
    void withoutContextTheEvidenceVerdictIsUnchangedAndTheYeastNoteIsShown() {
        LabelVerdict none = check(BOULARDII, SafetyContext.NONE);
        assertThat(none.verdict()).isEqualTo(Verdict.NO_CONDITION_CLAIMED);
        assertThat(none.safety().context()).isEmpty();
        assertThat(none.safety().concerns()).isEmpty();
        assertThat(rules(none.safety().notes())).containsExactly("yeast-product");
        assertThat(none.safety().notes().get(0).citationIds()).contains(MUNOZ_DOI);
        assertThat(none.reasons()).noneMatch(r -> r.text().startsWith("Safety concern"));
        // the two-argument entry point is the no-context one
        assertThat(LabelChecker.check(BOULARDII, null).reasons()).isEqualTo(none.reasons());
    }

    @Test
    void notesNeverChangeTheVerdict() {
        LabelVerdict plain = check(VRI, SafetyContext.NONE);
        LabelVerdict pregnant = check(VRI, context("pregnant"));
        assertThat(plain.verdict()).isEqualTo(Verdict.STRAIN_EVIDENCE_SUPPORTS_ADJUNCT_TRIAL);
        assertThat(pregnant.verdict()).isEqualTo(plain.verdict());
        assertThat(pregnant.supportive()).isTrue();
        assertThat(pregnant.reasons()).isEqualTo(plain.reasons());
        assertThat(rules(pregnant.safety().notes())).containsExactly("pregnant-or-breastfeeding");
        assertThat(pregnant.safety().context()).containsExactly("pregnant_or_breastfeeding");
    }

    @Test
    void anyProbioticForAPretermBabyIsASafetyConcernOutrankingSupportiveEvidence() {
        LabelVerdict v = check(VRI, context("preterm"));
        assertThat(v.verdict()).isEqualTo(Verdict.SAFETY_CONCERN);
        assertThat(v.supportive()).isFalse();
        assertThat(rules(v.safety().concerns())).containsExactly("preterm-or-newborn-any-probiotic");
        assertThat(v.reasons().get(0).text()).contains("preterm or newborn baby");
        // the evidence reasons are still there, after the concern
        assertThat(v.reasons()).anySatisfy(r -> assertThat(r.text()).startsWith("Strain-level evidence"));
        assertThat(check(VRI, context("newborn")).safety().concerns()).isEqualTo(v.safety().concerns());
        // an overclaiming label, too
        assertThat(check("Lactobacillus rhamnosus GG cures eczema for good", context("preterm")).verdict())
                .isEqualTo(Verdict.SAFETY_CONCERN);
    }

    @Test
    void bacillusCoagulansIsASporeFormer() {
        LabelVerdict v = check("Bacillus coagulans GBI-30, 2 billion CFU, for eczema", SafetyContext.NONE);
        assertThat(v.safety().productTraits()).containsExactly("spore-former");
        assertThat(rules(v.safety().notes())).containsExactly("spore-former-product");
        assertThat(v.verdict()).isNotEqualTo(Verdict.SAFETY_CONCERN);
        LabelVerdict immuno = check("Bacillus coagulans GBI-30, 2 billion CFU, for eczema", context("immunosuppressed"));
        assertThat(rules(immuno.safety().concerns()))
                .containsExactly("immunosuppressed-any-probiotic", "spore-former-immunosuppressed");
    }

    @Test
    void tenStrainsAtOneHundredBillionForSomeoneCriticallyIll() {
        LabelVerdict v = check(TEN_STRAINS, context("critically-ill"));
        assertThat(v.label().organisms()).hasSize(10);
        assertThat(v.label().doseCfu()).isEqualTo(1e11);
        assertThat(v.safety().productTraits()).containsExactly("multi-strain-high-dose");
        assertThat(rules(v.safety().concerns()))
                .containsExactly("critically-ill-any-probiotic", "multi-strain-high-dose-critically-ill");
        assertThat(v.verdict()).isEqualTo(Verdict.SAFETY_CONCERN);
        // the thresholds are data: below the dose, or with three organisms, the trait does not hold
        assertThat(check(TEN_STRAINS.replace("100 billion", "10 billion"), SafetyContext.NONE).safety().productTraits())
                .isEmpty();
        assertThat(check("Lactobacillus acidophilus, Bifidobacterium longum, Bifidobacterium breve, 100 billion CFU",
                SafetyContext.NONE).safety().productTraits()).isEmpty();
    }

    @Test
    void anUnknownContextWordIsAnInputErrorNamingItAndTheAcceptedWords() {
        assertThatThrownBy(() -> context("immunosuppressed,diabetic")).isInstanceOf(InputException.class)
                .hasMessageContaining("'diabetic'").hasMessageContaining("preterm")
                .hasMessageContaining("central-line").hasMessageContaining("critically-ill");
        // the accepted words are the red flags' contexts, not a list in code
        assertThat(KnowledgeBase.get().contextWords()).containsExactlyInAnyOrderElementsOf(KnowledgeBase.get()
                .redFlags().stream().flatMap(r -> r.contexts().stream()).toList());
    }

    @Test
    void contextWordsAreCommaSeparatedRepeatableAndInQuestionOrder() {
        SafetyContext c = context(" Critically-Ill ,preterm", "central-line");
        assertThat(c.keys()).containsExactly("preterm_or_newborn_infant", "central_line_or_critically_ill");
    }

    @Test
    void answersGiveTheSameContextAsTheWords() {
        Map<String, Boolean> answers =
                TriageAnswers.parseArgument("{\"immunosuppressed_or_on_chemotherapy_or_biologics\": true}");
        SafetyContext fromAnswers = SafetyContext.of(KnowledgeBase.get(), List.of(), answers);
        assertThat(fromAnswers).isEqualTo(context("immunosuppressed"));
        String kbv = KnowledgeBase.get().version();
        assertThat(LabelVerdictJson.write(check(BOULARDII, fromAnswers), kbv))
                .isEqualTo(LabelVerdictJson.write(check(BOULARDII, context("immunosuppressed")), kbv));
        assertThat(check(BOULARDII, fromAnswers).verdict()).isEqualTo(Verdict.SAFETY_CONCERN);
        // a false answer, or a true answer to a symptom question, is no safety context
        assertThat(SafetyContext.of(KnowledgeBase.get(), List.of(),
                Map.of("immunosuppressed_or_on_chemotherapy_or_biologics", false, "infection_signs", true)).keys())
                .isEmpty();
    }

    // ------------------------------------------------------------------ the data file is validated

    private KnowledgeBaseException broken(UnaryOperator<String> edit) throws IOException {
        return KnowledgeBaseCopy.broken(dir, "probiotic-safety.yaml", edit);
    }

    @Test
    void theSafetyFileIsListedAndLoaded() {
        assertThat(KnowledgeBaseLoader.bundledFiles()).contains("probiotic-safety.yaml");
        assertThat(KnowledgeBase.get().probioticSafety().rules()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void rejectsARuleCitingASourceWithoutDoiOrPmid() throws IOException {
        var e = broken(s -> s.replace("citations: [sanders2010, land2005]", "citations: [nccih_probiotics]"));
        assertThat(e.item()).isEqualTo("preterm-or-newborn-any-probiotic");
        assertThat(e.reason()).contains("no DOI or PMID");
    }

    @Test
    void rejectsAnUnknownContextKeyTraitOrForbiddenWord() throws IOException {
        assertThat(broken(s -> s.replace("contexts: [preterm_or_newborn_infant]", "contexts: [preterm]")).reason())
                .contains("unknown context 'preterm'");
        assertThat(broken(s -> s.replace("traits: [yeast]\n    contexts: [central", "traits: [yeasts]\n    contexts: [central"))
                .reason()).contains("unknown trait 'yeasts'");
        assertThat(broken(s -> s.replace("Do not take a product like this", "This cures nothing; do not take it")).reason())
                .contains("forbidden word");
        assertThat(broken(s -> s.replace("    contexts: []\n    level: note\n    text: \"This product contains Saccharomyces",
                "    contexts: []\n    level: concern\n    text: \"This product contains Saccharomyces")).reason())
                .contains("a concern needs a context");
    }
}
