package org.gutskin.evidence.label;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.Condition;
import org.gutskin.evidence.kb.EvidenceLevel;
import org.gutskin.evidence.kb.Fact;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.Population;
import org.gutskin.evidence.kb.Product;
import org.gutskin.evidence.kb.Renaming;
import org.gutskin.evidence.kb.StudyType;
import org.gutskin.evidence.kb.Trial;
import org.gutskin.evidence.kb.Wording;

/**
 * Answers the questions a careful reader asks of a probiotic label: is each organism named to strain level; was
 * that strain (not just the species) studied for the claimed condition and population; at what dose compared with
 * the label; what outcome type the evidence reached; what the guidelines say. Evidence is matched only against
 * verified trials. A trial matches at strain level when every organism it tested appears on the label with the same
 * strain designation (or a recorded alias); one strain of a tested mixture, or the same species with another or no
 * strain, is species-level evidence only. See {@link Verdict} for the decision order. Every reason is cited.
 *
 * <p>Every verdict carries a safety block ({@link LabelSafety}, from {@link SafetyRules} over the knowledge base's
 * {@code probiotic-safety.yaml}): the person's {@link SafetyContext}, the product's traits, and the rules that fired.
 * A fired concern makes the verdict {@link Verdict#SAFETY_CONCERN} (never supportive), outranking every evidence
 * verdict, and is listed first among the reasons; notes never change the verdict.
 */
public final class LabelChecker {

    public static final String DISCLAIMER = "This is a reading of published evidence, not medical advice, and it does "
            + "not replace a clinician. Probiotic evidence is specific to strain, dose and population; ask a doctor or "
            + "pharmacist before relying on a supplement, especially for a baby, in pregnancy, or if your immune "
            + "system is weakened.";

    private enum Level { STRAIN, PARTIAL, SPECIES, NONE }

    private record TrialMatch(Trial trial, Level level) {}

    private final KnowledgeBase kb;
    private final LabelParser parser;
    private final SafetyRules safety;

    public LabelChecker(KnowledgeBase kb) {
        this.kb = kb;
        this.parser = new LabelParser(kb);
        this.safety = new SafetyRules(kb.probioticSafety());
    }

    /** Checks a label against the bundled knowledge base; {@code conditionId} (may be null) overrides the text. */
    public static LabelVerdict check(String text, String conditionId) {
        return check(text, conditionId, SafetyContext.NONE);
    }

    /** As {@link #check(String, String)}, for a person with this safety context. */
    public static LabelVerdict check(String text, String conditionId, SafetyContext context) {
        return new LabelChecker(KnowledgeBase.get()).evaluate(text, conditionId, context);
    }

    /** The verdict without anything known about the person (only product safety notes can fire). */
    public LabelVerdict evaluate(String text, String conditionOption) {
        return evaluate(text, conditionOption, SafetyContext.NONE);
    }

    public LabelVerdict evaluate(String text, String conditionOption, SafetyContext context) {
        ParsedLabel label = parser.parse(text);
        List<String> ids = conditionOption != null ? List.of(kb.condition(conditionOption).id()) : label.conditionIds();
        LabelSafety s = safety.assess(label, context);
        List<Reason> common = new ArrayList<>();
        if (label.organisms().isEmpty()) {
            common.add(reason("No organism name (genus and species, e.g. 'Lactobacillus rhamnosus GG') could be read "
                    + "from the label, so no evidence can be matched. Evidence belongs to named strains.",
                    cites("hill2014", "wickens2013")));
            List<ConditionVerdict> per = new ArrayList<>();
            for (String id : ids) per.add(withSafety(new ConditionVerdict(id, Verdict.UNPARSEABLE, false, common), s));
            return finish(label, ids.isEmpty() ? null : ids.get(0), Verdict.UNPARSEABLE, false, common, per, s);
        }
        nameReasons(label, common);
        if (ids.isEmpty()) {
            studiedFor(label, common);
            structureFunctionReason(label, null, common);
            Verdict v = Verdict.NO_CONDITION_CLAIMED;
            if (!label.overclaims().isEmpty()) {
                common.add(0, cureReason(label, null));
                v = Verdict.CLAIM_EXCEEDS_EVIDENCE;
            }
            return finish(label, null, v, false, common, List.of(), s);
        }
        List<ConditionVerdict> per = new ArrayList<>();
        for (String id : ids) per.add(withSafety(forCondition(label, kb.condition(id)), s));
        ConditionVerdict summary = per.get(0);
        for (ConditionVerdict c : per) if (caution(c.verdict()) < caution(summary.verdict())) summary = c;
        List<Reason> top = new ArrayList<>(common);
        top.addAll(summary.reasons());
        if (summary.verdict() == Verdict.CLAIM_EXCEEDS_EVIDENCE) top.add(0, top.remove(common.size())); // the claim first
        if (per.size() > 1)
            top.add(reason("The label names " + per.size() + " conditions (" + String.join(", ", per.stream().map(c ->
                    kb.condition(c.conditionId()).name() + ": " + c.verdict().id()).toList()) + "); each is judged on its "
                    + "own evidence, and the verdict above is the most cautious of them.", cites("hill2014")));
        return finish(label, summary.conditionId(), summary.verdict(), summary.supportive(), top, per, s);
    }

    /** Verdicts from most to least cautious: the summary of a label naming several conditions is the first of these. */
    private static final List<Verdict> CAUTION = List.of(Verdict.SAFETY_CONCERN, Verdict.UNPARSEABLE,
            Verdict.CLAIM_EXCEEDS_EVIDENCE, Verdict.STRAIN_STUDIED_NO_BENEFIT, Verdict.NO_EVIDENCE_FOR_CONDITION,
            Verdict.SPECIES_ONLY_EVIDENCE, Verdict.STRAIN_STUDIED_OTHER_POPULATION, Verdict.DOSE_BELOW_STUDIED,
            Verdict.STRAIN_EVIDENCE_MIXED, Verdict.STRAIN_EVIDENCE_SUPPORTS_ADJUNCT_TRIAL, Verdict.NO_CONDITION_CLAIMED);

    private static int caution(Verdict v) {
        return CAUTION.indexOf(v);
    }

    /** The verdict and reasons for one condition the label names. */
    private ConditionVerdict forCondition(ParsedLabel label, Condition condition) {
        String conditionId = condition.id();
        List<Reason> reasons = new ArrayList<>();
        Verdict verdict;
        boolean supportive = false;
        List<TrialMatch> matches = matches(label, conditionId);
        List<Trial> strain = matches.stream().filter(m -> m.level == Level.STRAIN).map(TrialMatch::trial).toList();
        List<Trial> inPopulation = strain.stream().filter(t -> fits(t, label)).toList();
        List<Trial> favourable = inPopulation.stream().filter(LabelChecker::controlledFavourable).toList();
        List<Trial> negative = inPopulation.stream().filter(t -> !t.favourable()
                && t.effect() != org.gutskin.evidence.kb.Effect.UNCONTROLLED_IMPROVEMENT).toList();
        if (!strain.isEmpty() && inPopulation.isEmpty()) verdict = Verdict.STRAIN_STUDIED_OTHER_POPULATION;
        else if (!favourable.isEmpty() && negative.isEmpty()) {
            Double minDose = favourable.stream().map(Trial::doseCfuPerDay).filter(java.util.Objects::nonNull)
                    .min(Double::compare).orElse(null);
            Dose dose = label.dose();
            if (dose != null && dose.isCfu() && minDose != null && dose.perDay() < minDose) {
                verdict = Verdict.DOSE_BELOW_STUDIED;
                reasons.add(reason("The label dose (" + dose.describe() + ") is below the lowest dose that was studied "
                        + "with a favourable result (" + Cfu.format(minDose) + " CFU/day).",
                        favourable.stream().flatMap(t -> t.citations().stream()).toList()));
            } else {
                verdict = Verdict.STRAIN_EVIDENCE_SUPPORTS_ADJUNCT_TRIAL;
                supportive = true;
            }
        } else if (!favourable.isEmpty()) verdict = Verdict.STRAIN_EVIDENCE_MIXED;
        else if (!negative.isEmpty()) verdict = Verdict.STRAIN_STUDIED_NO_BENEFIT;
        else if (!inPopulation.isEmpty()) verdict = Verdict.STRAIN_EVIDENCE_MIXED;
        else if (!matches.isEmpty()) verdict = Verdict.SPECIES_ONLY_EVIDENCE;
        else verdict = Verdict.NO_EVIDENCE_FOR_CONDITION;
        if (verdict == Verdict.SPECIES_ONLY_EVIDENCE)
            reasons.add(reason("No trial of this strain (" + organismList(label) + ") for " + condition.name() + " is in "
                    + "the knowledge base. Evidence belongs to strains: the trials of other strains or products listed "
                    + "below are context only, not evidence that this product helps.",
                    matches.stream().flatMap(m -> m.trial.citations().stream()).toList()));
        evidenceReasons(label, condition, matches, reasons);
        if (verdict == Verdict.NO_EVIDENCE_FOR_CONDITION)
            reasons.add(reason("No verified trial of " + organismList(label) + " for " + condition.name()
                    + " is in the knowledge base. Certainty of the gut-skin evidence for this condition: "
                    + condition.certaintyTier().word() + " (" + condition.certaintyNote() + ")",
                    condition.certaintyCitations()));
        guidelineReasons(condition, reasons);
        if (!label.clinicalClaims().isEmpty()) {
            String quoted = quote(label.clinicalClaims());
            if (supportive) {
                reasons.add(0, reason("The label's wording (" + quoted + ") refers to trials. The trial evidence is "
                        + "limited to " + String.join("; ", favourable.stream().map(t -> "one " + describe(t)).toList())
                        + "; it supports trying the product as an adjunct, not a proven effect for everyone.",
                        favourable.stream().flatMap(t -> t.citations().stream()).toList()));
            } else {
                List<Citation> c = new ArrayList<>(guidelineCitations(condition));
                c.addAll(cites("hill2014"));
                reasons.add(0, reason("The label's wording (" + quoted + ") implies trial evidence for this product, but "
                        + "no controlled trial of exactly these strains favoured them for " + condition.name()
                        + " without a null result in the same population.", c));
                verdict = Verdict.CLAIM_EXCEEDS_EVIDENCE;
            }
        }
        if (!label.overclaims().isEmpty()) {
            reasons.add(0, cureReason(label, condition));
            verdict = Verdict.CLAIM_EXCEEDS_EVIDENCE;
            supportive = false;
        }
        if (verdict == Verdict.CLAIM_EXCEEDS_EVIDENCE) supportive = false;
        structureFunctionReason(label, condition, reasons);
        return new ConditionVerdict(conditionId, verdict, supportive, reasons);
    }

    private Reason cureReason(ParsedLabel label, Condition condition) {
        List<Citation> c = new ArrayList<>();
        if (condition != null) c.addAll(guidelineCitations(condition));
        c.addAll(cites("makrgeorgou2018"));
        return reason("The label's wording (" + quote(label.overclaims()) + ") claims a curative or permanent effect; no "
                + "trial in the knowledge base showed that for any microbial product in any skin condition.", c);
    }

    /** A structure/function claim is said for what it is; it never changes the verdict. */
    private void structureFunctionReason(ParsedLabel label, Condition condition, List<Reason> reasons) {
        if (label.structureFunctionClaims().isEmpty()) return;
        reasons.add(reason("The label's wording (" + quote(label.structureFunctionClaims()) + ") is a structure/function "
                + "claim about normal skin; it is not evidence of an effect on "
                + (condition == null ? "any skin condition" : condition.name())
                + ". A probiotic is defined by a health benefit shown in trials of the strain.", cites("hill2014")));
    }

    private static String quote(List<String> phrases) {
        return String.join(", ", phrases.stream().map(p -> "“" + p + "”").toList());
    }

    private ConditionVerdict withSafety(ConditionVerdict c, LabelSafety s) {
        if (!s.hasConcern()) return c;
        List<Reason> r = new ArrayList<>();
        for (SafetyFinding f : s.concerns()) r.add(reason("Safety concern: " + f.text(), f.citations()));
        r.addAll(c.reasons());
        return new ConditionVerdict(c.conditionId(), Verdict.SAFETY_CONCERN, false, r);
    }

    // ------------------------------------------------------------------ matching

    private List<TrialMatch> matches(ParsedLabel label, String conditionId) {
        List<TrialMatch> out = new ArrayList<>();
        for (Trial t : conditionId == null ? kb.verifiedTrials() : kb.verifiedTrials(conditionId)) {
            if (t.products().isEmpty()) continue;
            int strainHits = 0;
            boolean species = false;
            for (Product p : t.products()) {
                boolean hit = false;
                for (LabelOrganism o : label.organisms()) {
                    if (!sameSpecies(o.name(), p.organism())) continue;
                    species = true;
                    if (p.strain() != null && o.strainLevel() && sameStrain(o, p)) hit = true;
                }
                if (hit) strainHits++;
            }
            Level level = strainHits == t.products().size() ? Level.STRAIN
                    : strainHits > 0 ? Level.PARTIAL : species ? Level.SPECIES : Level.NONE;
            if (level != Level.NONE) out.add(new TrialMatch(t, level));
        }
        return out;
    }

    /**
     * Per organism of the label, the verified trials of its exact strain for the condition (every condition when
     * null) and how many tested only its species. The same strain and species matching as the verdict's.
     */
    List<OrganismEvidence> organismEvidence(ParsedLabel label, String conditionId) {
        List<TrialMatch> matches = matches(label, conditionId);
        List<OrganismEvidence> out = new ArrayList<>();
        for (LabelOrganism o : label.organisms()) {
            List<OrganismEvidence.StrainTrial> strain = new ArrayList<>();
            int speciesOnly = 0;
            for (TrialMatch m : matches) {
                if (m.trial.products().stream().noneMatch(p -> sameSpecies(o.name(), p.organism()))) continue;
                // strain level: the trial's whole product (one strain or a mixture) is on the label, this one included
                boolean exact = m.level == Level.STRAIN
                        && m.trial.products().stream().anyMatch(p -> p.strain() != null && o.strainLevel() && sameStrain(o, p));
                if (!exact) {
                    speciesOnly++;
                    continue;
                }
                Trial t = m.trial;
                strain.add(new OrganismEvidence.StrainTrial(t.id(), t.conditionId(), describe(t),
                        controlledFavourable(t), t.citations().stream().filter(c -> c.verified() && c.hasDoiOrPmid())
                                .map(Citation::identifier).distinct().toList()));
            }
            out.add(new OrganismEvidence(o, strain, speciesOnly));
        }
        return out;
    }

    /** Same binomial (genus and species epithet), so "Bifidobacterium animalis" meets "B. animalis subsp. lactis". */
    private static boolean sameSpecies(String a, String b) {
        String[] x = a.split("\\s+"), y = b.split("\\s+");
        return x[0].equalsIgnoreCase(y[0]) && x[1].equalsIgnoreCase(y[1]);
    }

    private static boolean sameStrain(LabelOrganism o, Product p) {
        for (String a : o.designations())
            for (String b : p.designations())
                if (StrainDesignation.key(a).equals(StrainDesignation.key(b))) return true;
        return false;
    }

    /** The trial's population and purpose are compatible with what the label says (anything, when it says nothing). */
    private static boolean fits(Trial t, ParsedLabel label) {
        if (label.purpose() != null && t.purpose() != label.purpose()) return false;
        Population p = label.population();
        if (p == null || t.population() == Population.MIXED || t.population() == p) return true;
        // a trial spanning age bands (e.g. 6-18 months: infants and children) fits a label for any band it covers
        if ((p == Population.INFANT || p == Population.CHILD || p == Population.ADULT)
                && t.ageBands().containsAll(org.gutskin.evidence.kb.AgeBand.of(p))) return true;
        return (p == Population.INFANT || p == Population.MATERNAL_INFANT)
                && (t.population() == Population.MATERNAL_INFANT || t.population() == Population.INFANT);
    }

    private static boolean controlledFavourable(Trial t) {
        return t.favourable() && (t.studyType() == StudyType.RCT || t.studyType() == StudyType.META_ANALYSIS
                || t.studyType() == StudyType.SYSTEMATIC_REVIEW);
    }

    // ------------------------------------------------------------------ reasons

    private void nameReasons(ParsedLabel label, List<Reason> reasons) {
        for (LabelOrganism o : label.organisms()) {
            boolean printedOldName = !o.printed().toLowerCase(java.util.Locale.ROOT)
                    .startsWith(o.name().split(" ")[0].toLowerCase(java.util.Locale.ROOT));
            if (o.formerName() != null && printedOldName) {
                Renaming r = kb.renamings().stream().filter(x -> x.current().equals(o.name()) && x.verified())
                        .findFirst().orElse(null);
                // a renaming cited only by a web page (no DOI/PMID, e.g. L. bulgaricus) is read but not given as a reason
                if (r != null && r.citations().stream().anyMatch(x -> x.verified() && x.hasDoiOrPmid()))
                    reasons.add(reason("“" + o.printed() + "” is read as " + o.name() + " (formerly " + o.formerName()
                            + "); the renaming changed the name only, not the species or its strain designations.",
                            r.citations()));
            }
            if (!o.strainLevel())
                reasons.add(reason("No strain designation is printed for " + o.name() + ". Evidence belongs to strains "
                        + "(in one trial L. rhamnosus HN001 lowered eczema while B. animalis subsp. lactis HN019 did "
                        + "not), so this organism cannot be matched to a tested product.", cites("wickens2013")));
        }
    }

    private void studiedFor(ParsedLabel label, List<Reason> reasons) {
        List<TrialMatch> all = matches(label, null);
        boolean any = false;
        for (TrialMatch m : all) {
            if (m.level != Level.STRAIN) continue;
            any = true;
            Trial t = m.trial;
            reasons.add(reason("No condition was claimed. This strain combination was studied for "
                    + kb.condition(t.conditionId()).name() + " (" + describe(t) + "): " + t.statement(), t.citations()));
        }
        if (!any)
            reasons.add(reason("No condition was claimed, and no verified trial of " + organismList(label) + " at strain "
                    + "level for " + conditionNames() + " is in the knowledge base. "
                    + "A probiotic is defined by a demonstrated health benefit, not by its ingredients alone.",
                    cites("hill2014")));
    }

    /** "atopic dermatitis, psoriasis, … or sensitive skin": every condition id of the knowledge base, as words. */
    private String conditionNames() {
        List<String> n = kb.conditionIds().stream().map(id -> id.replace('-', ' ')).toList();
        return n.size() == 1 ? n.get(0)
                : String.join(", ", n.subList(0, n.size() - 1)) + " or " + n.get(n.size() - 1);
    }

    private void evidenceReasons(ParsedLabel label, Condition condition, List<TrialMatch> matches, List<Reason> reasons) {
        int contextShown = 0;
        for (TrialMatch m : matches) {
            Trial t = m.trial;
            if (m.level != Level.STRAIN) {
                if (++contextShown > 4) continue;
                String what = m.level == Level.PARTIAL
                        ? "a tested mixture of which only part is on this label (" + products(t) + ")"
                        : t.products().isEmpty() ? "unnamed strains of the same species"
                        : "another product of the same species (" + products(t) + ")";
                reasons.add(reason("Context only, not evidence for this product: " + what + " was studied for "
                        + condition.name() + " (" + describe(t) + ").", t.citations()));
                continue;
            }
            StringBuilder b = new StringBuilder(fits(t, label) ? "Strain-level evidence"
                    : "Strain-level evidence in another population").append(" for ").append(condition.name())
                    .append(" (").append(describe(t)).append("): ").append(t.statement());
            if (t.doseCfuPerDay() != null) b.append(" Studied dose ").append(Cfu.format(t.doseCfuPerDay()))
                    .append(" CFU/day; label ").append(labelDose(label)).append('.');
            reasons.add(reason(b.toString(), t.citations()));
        }
    }

    private static String labelDose(ParsedLabel label) {
        Dose d = label.dose();
        if (d == null) return "prints no amount";
        if (d.isCfu() && Dose.PRINTED_PER_DAY.equals(d.frequency())) return Cfu.format(d.amount()) + " CFU";
        if (d.isCfu()) return d.describe();
        return d.describe() + ", not a CFU count, so it cannot be compared with the studied dose";
    }

    private static String products(Trial t) {
        return String.join(" + ", t.products().stream()
                .map(p -> p.organism() + (p.strain() == null ? "" : " " + p.strain())).toList());
    }

    private static String describe(Trial t) {
        return t.studyType().word() + ", " + t.population().word() + ", " + t.purpose().word() + ", outcome "
                + t.outcomeMeasure() + " (" + t.outcomeType().word() + "), result " + t.effect().word()
                + (t.size() == null ? "" : ", n = " + t.size());
    }

    private void guidelineReasons(Condition condition, List<Reason> reasons) {
        int n = 0;
        for (Fact f : kb.verifiedFacts(condition.id()))
            if (f.level() == EvidenceLevel.GUIDELINE && f.citations().stream().anyMatch(Citation::hasDoiOrPmid)
                    && n++ < 2)
                reasons.add(reason("What guidelines and consensus say: " + f.statement(), f.citations()));
    }

    private List<Citation> guidelineCitations(Condition condition) {
        return kb.verifiedFacts(condition.id()).stream().filter(f -> f.level() == EvidenceLevel.GUIDELINE)
                .flatMap(f -> f.citations().stream()).toList();
    }

    private static String organismList(ParsedLabel label) {
        return String.join(", ", label.organisms().stream()
                .map(o -> o.name() + (o.strain() == null ? "" : " " + o.strain())).toList());
    }

    private List<Citation> cites(String... ids) {
        List<Citation> out = new ArrayList<>();
        for (String id : ids) kb.citation(id).filter(Citation::verified).ifPresent(out::add);
        return out;
    }

    /**
     * A reason keeps only verified citations with a DOI or PMID (what the contract's reasons carry). Every caller
     * passes at least one such citation, except guideline facts cited only by a web page, which are skipped.
     */
    private Reason reason(String text, List<Citation> citations) {
        Set<Citation> c = new LinkedHashSet<>();
        for (Citation x : citations) if (x.verified() && x.hasDoiOrPmid()) c.add(x);
        if (c.isEmpty()) throw new IllegalStateException("uncited reason: " + text);
        String ours = text.replaceAll("“[^”]*”", "“”"); // the label's own words, quoted back
        if (Wording.forbiddenIn(ours) != null)
            throw new IllegalStateException("reason uses forbidden wording: " + Wording.forbiddenIn(ours));
        return new Reason(text, List.copyOf(c));
    }

    /** Adds the safety block; a fired concern outranks the evidence verdict and leads the reasons. */
    private LabelVerdict finish(ParsedLabel label, String conditionId, Verdict v, boolean supportive, List<Reason> r,
            List<ConditionVerdict> conditions, LabelSafety s) {
        if (s.hasConcern()) {
            List<Reason> concerns = new ArrayList<>();
            for (SafetyFinding f : s.concerns()) concerns.add(reason("Safety concern: " + f.text(), f.citations()));
            r = new ArrayList<>(r);
            r.removeIf(concerns::contains);
            r.addAll(0, concerns);
            v = Verdict.SAFETY_CONCERN;
            supportive = false;
        }
        return new LabelVerdict(label, conditionId, v, supportive, r, DISCLAIMER, s, conditions,
                organismEvidence(label, conditionId));
    }
}
