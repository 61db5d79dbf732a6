package org.gutskin.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gutskin.evidence.kb.CertaintyTier;
import org.gutskin.evidence.kb.GlossaryTerm;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.label.ClaimWording;
import org.gutskin.io.PlainNumbers;
import org.gutskin.report.model.ConditionSection;
import org.gutskin.report.model.Diversity;
import org.gutskin.report.model.GlossaryEntry;
import org.gutskin.report.model.Indices;
import org.gutskin.report.model.InterventionEvidence;
import org.gutskin.report.model.PlainView;
import org.gutskin.report.model.Statement;
import org.gutskin.report.model.TriageFlag;

/**
 * The patient view: the report's facts in short sentences with everyday words, written for a reading level of school
 * grade 8 or below (Flesch–Kincaid; {@code PlainLanguageTest} measures it). What a sentence says about a condition is
 * bounded by the condition's certainty tier exactly as in the full report, only in other words, and every sentence
 * passes the claim-wording check ({@link ClaimWording#overclaims}): a sentence that would claim a cure, a treatment
 * or proof is a bug and stops the report. The glossary holds every knowledge-base term that the view uses.
 */
final class PlainLanguage {

    private PlainLanguage() {}

    static PlainView build(KnowledgeBase kb, String route, List<TriageFlag> flags, int asked, int total, Diversity d,
            Indices ix, List<ConditionSection> sections, List<Statement> checklist, List<String> otherText) {
        List<Statement> summary = new ArrayList<>();
        summary.add(say(routeSentence(route, flags.size(), asked, total), List.of()));
        summary.add(say("This report is not medical advice. It does not tell you what illness you have, and it is not"
                + " a care plan.", List.of()));
        Double observed = d.values().get("observed");
        Double p = d.percentile("observed");
        if (observed != null && !observed.isNaN()) {
            String n = String.valueOf(Math.round(observed));
            String rel = p == null ? "" : p <= 0 ? " That is fewer than all the healthy people in our comparison group."
                    : p >= 100 ? " That is more than all the healthy people in our comparison group."
                    : " That is more than about " + Math.round(p) + " out of 100 healthy people in our comparison group.";
            summary.add(say("We found " + n + " kinds of bacteria in your gut sample." + rel
                    + " This count tells us about your gut, not about your skin.", List.of()));
        }
        summary.add(say(indexSentence(ix), List.of()));
        List<Statement> conditions = new ArrayList<>();
        for (ConditionSection c : sections) {
            Statement s = say(conditionSentence(c), c.certaintyCitations());
            summary.add(s);
            conditions.add(s);
        }
        summary.add(say("Bring the list of questions below to your doctor. Do not stop or change a medicine because of"
                + " this report.", List.of()));

        List<Statement> studies = new ArrayList<>();
        for (ConditionSection c : sections)
            for (InterventionEvidence i : c.interventions()) studies.add(say(study(c, i), i.citations()));

        StringBuilder all = new StringBuilder();
        for (List<Statement> l : List.of(summary, conditions, studies, checklist))
            for (Statement s : l) all.append(s.text()).append('\n');
        for (TriageFlag f : flags) all.append(f.question()).append(' ').append(f.action()).append('\n');
        for (String t : otherText) all.append(t).append('\n');
        return new PlainView(summary, conditions, studies, glossary(kb, all.toString()));
    }

    /** The glossary entries whose term or an alias appears in {@code text}, in glossary order. */
    static List<GlossaryEntry> glossary(KnowledgeBase kb, String text) {
        Map<String, GlossaryEntry> out = new LinkedHashMap<>();
        for (GlossaryTerm t : kb.glossary())
            if (t.appearsIn(text)) out.put(t.id(), new GlossaryEntry(t.term(), t.plain(), ReportService.ids(t.citations())));
        return List.copyOf(out.values());
    }

    private static String routeSentence(String route, int flags, int asked, int total) {
        return switch (route) {
            case "urgent-care" -> "Get medical care today. You said yes to a warning sign that needs care the same day.";
            case "clinician-first" -> "See a doctor before you act on this report. You said yes to "
                    + (flags == 1 ? "a warning sign." : flags + " warning signs.");
            case "standard" -> "You said no to all " + total + " safety questions.";
            default -> (asked == 0 ? "The safety questions were not asked."
                    : "Only " + asked + " of the " + total + " safety questions were asked.")
                    + " Answer them before you act on this report.";
        };
    }

    private static String indexSentence(Indices ix) {
        String tail = " These scores look at the gut. They are not skin tests.";
        return switch (ix.gmwi2Call()) {
            case "healthy" -> "A gut health score called GMWI2 put your sample on the healthy side." + tail;
            case "non-healthy" -> "A gut health score called GMWI2 put your sample on the less healthy side. That does"
                    + " not mean you have an illness." + tail;
            case "uncertain" -> "A gut health score called GMWI2 put your sample in the middle, so it gives no clear"
                    + " answer." + tail;
            default -> "The gut health scores do not work for this kind of sample, so we do not show them." + tail;
        };
    }

    private static String conditionSentence(ConditionSection c) {
        String name = c.name();
        return switch (CertaintyTier.valueOf(c.certaintyTier().toUpperCase(Locale.ROOT))) {
            case HIGHER -> "For " + name.toLowerCase(Locale.ROOT) + ", the link between gut and skin has more support"
                    + " than for the other skin problems we track. Your usual care still comes first.";
            case MODERATE -> "For " + name.toLowerCase(Locale.ROOT) + ", some studies of certain probiotic strains"
                    + " found mixed results. Your usual care comes first.";
            case LOWER -> "For " + name.toLowerCase(Locale.ROOT) + ", there is little proof yet of a link between gut"
                    + " and skin. Read these results as early research.";
        };
    }

    /** One trial in words: who, what, how much, how long, what was measured, what was found, what it allows. */
    private static String study(ConditionSection c, InterventionEvidence i) {
        StringBuilder b = new StringBuilder();
        String what = i.products().isEmpty() ? i.intervention() : String.join(", ", i.products());
        b.append(what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1));
        b.append(": ").append(PlainNumbers.cfuPerDay(i.doseCfuPerDay()));
        if (i.durationWeeks() != null) b.append(" for ").append(weeks(i.durationWeeks()));
        b.append(", studied in ").append(who(i.population())).append(' ').append(why(i.purpose())).append('.');
        if (i.outcome() != null) b.append(" Measured: ").append(plainOutcome(i.outcome())).append('.');
        if (i.effect() != null) b.append(" Result: ").append(effect(i.effect())).append('.');
        b.append(" What we can say: ").append(i.evidence().replaceAll(":$", "").toLowerCase(Locale.ROOT)).append('.');
        return b.toString();
    }

    /**
     * An outcome as the knowledge base names it, with the words that read as a claim in plain text said plainly
     * ("breath-test eradication" is what a trial measured, not a promise: "breath test cleared").
     */
    static String plainOutcome(String outcome) {
        return outcome.replaceAll("(?i)breath-test eradication", "whether the breath test cleared")
                .replaceAll("(?i)\\beradication\\b", "clearance");
    }

    private static String weeks(double w) {
        long r = Math.round(w);
        return (Math.abs(w - r) < 1e-9 ? String.valueOf(r) : String.format(Locale.ROOT, "%.1f", w))
                + (w == 1 ? " week" : " weeks");
    }

    private static String who(String population) {
        if (population == null) return "people";
        return switch (population) {
            case "infant" -> "babies";
            case "child" -> "children";
            case "adult" -> "adults";
            case "maternal-infant" -> "mothers and their babies";
            default -> "people of different ages";
        };
    }

    private static String why(String purpose) {
        if (purpose == null) return "";
        return "prevention".equals(purpose) ? "to lower the chance of getting it" : "who already had it";
    }

    private static String effect(String effect) {
        return switch (effect) {
            case "benefit" -> "better than the comparison group";
            case "small-benefit" -> "a little better than the comparison group";
            case "no-effect" -> "no clear difference from the comparison group";
            case "mixed" -> "mixed results";
            case "uncontrolled-improvement" -> "people got better, but there was no comparison group";
            default -> effect;
        };
    }

    /** A sentence of the patient view, refused when it claims more than the evidence allows. */
    static Statement say(String text, List<String> citations) {
        List<String> bad = ClaimWording.overclaims(text);
        if (!bad.isEmpty())
            throw new IllegalStateException("patient-view sentence claims too much (" + bad + "): " + text);
        return new Statement(text, citations);
    }
}
