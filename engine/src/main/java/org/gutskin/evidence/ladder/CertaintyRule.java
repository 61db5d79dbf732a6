package org.gutskin.evidence.ladder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gutskin.evidence.kb.AgeBand;
import org.gutskin.evidence.kb.Concern;
import org.gutskin.evidence.kb.EffectSize;
import org.gutskin.evidence.kb.EvidenceLevel;
import org.gutskin.evidence.kb.Fact;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.OutcomeScale;
import org.gutskin.evidence.kb.OutcomeType;
import org.gutskin.evidence.kb.Purpose;
import org.gutskin.evidence.kb.Sponsor;
import org.gutskin.evidence.kb.Trial;
import org.gutskin.evidence.kb.Wording;

/**
 * The wording rule: how certain the trial evidence is for one condition × age band × purpose lane, and so which
 * phrase a statement may use. A GRADE-like rule (Guyatt et al., GRADE guidelines, J Clin Epidemiol 2011), applied to
 * the curated fields of each trial ({@code interventions.yaml}); the evidence level alone never decides the phrase.
 *
 * <p><b>1. Lanes.</b> Each verified trial belongs to the lanes of its age bands (infant, child, adult;
 * pregnancy-and-infancy supplementation = infant; a mixed-age population = every band it covers) and its purpose
 * (prevention or treatment). Infant prevention is never pooled with adult treatment.
 *
 * <p><b>2. One result's certainty.</b> Start: a randomised trial or a meta-analysis / systematic review of them is
 * {@code high}; an uncontrolled (single-arm, open-label before/after) study is {@code very low}. Then one step down
 * for each of:
 * <ul>
 *   <li><i>risk of bias</i> — an industry sponsor (the maker funds it or employs authors) without an independent
 *       favourable result in the same lane, or unblinded outcome assessment, or an internally inconsistent
 *       confidence interval;</li>
 *   <li><i>inconsistency</i> — heterogeneity of I² &ge; 75 % between pooled trials, or authors who judge the benefit
 *       not robustly shown;</li>
 *   <li><i>imprecision</i> — fewer than 100 people per arm (two steps below 50 per arm: a single small trial), or
 *       the number unreported for a single trial, or a confidence interval that includes no effect for a result
 *       read as favourable, or — for a favourable result on a score with an MCID — no between-group effect size
 *       reported;</li>
 *   <li><i>indirectness</i> — a mechanistic-marker outcome (a lab value, not the skin);</li>
 *   <li><i>magnitude</i> — a favourable effect on a score smaller than the outcome's minimal clinically important
 *       difference (SCORAD 8.7, EASI 6.6, DLQI 4 points; {@code outcomes} in {@code interventions.yaml}); such a
 *       result is also capped at {@code low}: a benefit below the MCID is never worded "may help".</li>
 * </ul>
 *
 * <p><b>3. The lane.</b> Null and favourable results are weighed, not counted: a result's weight is its participants
 * per comparison (participants × 2 / arms) times its certainty (high 1, moderate 0.5, low 0.25, very low 0.1);
 * uncontrolled studies and single trials of unreported size weigh nothing. When a lane holds a pooled analysis, only
 * pooled analyses are weighed (they already contain the single trials, which would otherwise count twice), each by
 * its certainty factor alone (a pooled analysis is a body of evidence; its participant count is often unreported). The lane is <i>null-dominated</i> when the
 * null weight is at least the favourable weight; its certainty of a benefit is then very low. Otherwise its certainty is that of its best favourable result,
 * one step lower when null results carry at least a quarter of the favourable weight (inconsistency).
 *
 * <p><b>4. Phrase.</b> Null-dominated, very low, or no controlled favourable result: "Tested in clinical trials
 * without a consistent benefit". Low: "Some trial evidence, limited…". High or moderate: "May lower the risk in some
 * prevention trials…" (prevention) or "May help as an adjunct in some trials…" (treatment). A statement in a lane
 * takes the weaker of its own result's phrase and the lane's; a trial in several lanes is worded in the flat ladder
 * by its weakest lane. Guideline positions that name the lane are shown with it.
 */
public final class CertaintyRule {

    /** Fewer people than this per arm is imprecise (one step down); fewer than half of it, two steps. */
    public static final int OPTIMAL_PER_ARM = 100;
    /** Null results carrying at least this share of the favourable weight make the lane inconsistent. */
    public static final double INCONSISTENCY_SHARE = 0.25;

    private CertaintyRule() {}

    /** The lanes of a condition in the bundled order (infant, child, adult; prevention before treatment). */
    public static List<Lane> lanes(KnowledgeBase kb, String conditionId) {
        Map<String, List<Trial>> byLane = new LinkedHashMap<>();
        List<Trial> trials = kb.verifiedTrials(conditionId);
        for (AgeBand b : AgeBand.values())
            for (Purpose p : Purpose.values())
                for (Trial t : trials)
                    if (t.purpose() == p && t.ageBands().contains(b))
                        byLane.computeIfAbsent(b.word() + "|" + p.word(), k -> new ArrayList<>()).add(t);
        List<Fact> guidelines = kb.verifiedFacts(conditionId).stream()
                .filter(f -> f.level() == EvidenceLevel.GUIDELINE && f.purpose() != null).toList();
        for (Fact g : guidelines)
            for (AgeBand b : bands(g)) byLane.computeIfAbsent(b.word() + "|" + g.purpose().word(), k -> new ArrayList<>());
        List<Lane> out = new ArrayList<>();
        for (AgeBand b : AgeBand.values())
            for (Purpose p : Purpose.values()) {
                List<Trial> ts = byLane.get(b.word() + "|" + p.word());
                if (ts == null) continue;
                List<LadderStatement> gl = guidelines.stream().filter(g -> g.purpose() == p && bands(g).contains(b))
                        .map(g -> new LadderStatement(g.id(), Wording.GUIDELINE, Wording.GUIDELINE.lead() + " "
                                + g.statement(), g.citations())).toList();
                out.add(lane(kb, b, p, ts, gl));
            }
        return out;
    }

    private static List<AgeBand> bands(Fact f) {
        if (!f.ageBands().isEmpty()) return f.ageBands();
        return f.population() == null ? List.of(AgeBand.values()) : AgeBand.of(f.population());
    }

    /** One lane from its trials (rule parts 2–4). */
    public static Lane lane(KnowledgeBase kb, AgeBand band, Purpose purpose, List<Trial> trials,
            List<LadderStatement> guidelines) {
        boolean independentFavourable = trials.stream().anyMatch(t -> t.favourable() && t.controlled()
                && t.sponsor() == Sponsor.INDEPENDENT);
        List<TrialAssessment> first = new ArrayList<>();
        for (Trial t : trials) first.add(assess(kb, t, independentFavourable));
        boolean pooledPresent = trials.stream().anyMatch(t -> t.pooled() && t.controlled());
        double fav = 0, nul = 0;
        TrialAssessment best = null;
        List<TrialAssessment> weighed = new ArrayList<>();
        for (TrialAssessment a : first)
            weighed.add(pooledPresent ? new TrialAssessment(a.trial(), a.start(), a.downgrades(), a.certainty(),
                    a.trial().pooled() && a.trial().controlled() ? factor(a.certainty()) : 0, null) : a);
        first = weighed;
        for (TrialAssessment a : first) {
            Trial t = a.trial();
            if (!t.controlled() || (pooledPresent && !t.pooled())) continue;
            if (t.favourable()) {
                fav += a.weight();
                if (best == null || a.certainty().ordinal() < best.certainty().ordinal()
                        || (a.certainty() == best.certainty() && a.weight() > best.weight())) best = a;
            } else nul += a.weight();
        }
        List<String> reasons = new ArrayList<>();
        if (pooledPresent) reasons.add("weighed on the pooled analyses only (they contain the single trials)");
        Certainty c;
        boolean nullDominated = false;
        if (trials.isEmpty()) {
            c = Certainty.VERY_LOW;
            reasons.add("no trial in this lane; guideline positions only");
        } else if (best == null) {
            c = Certainty.VERY_LOW;
            reasons.add("no controlled trial in this lane found a benefit");
        } else if (nul > 0 && nul >= fav) {
            nullDominated = true;
            c = Certainty.VERY_LOW; // the certainty of a benefit: the weighed evidence does not show one
            reasons.add(String.format(Locale.ROOT, "null results outweigh favourable ones (weight %.2f vs %.2f)", nul, fav));
        } else {
            c = best.certainty();
            if (nul >= INCONSISTENCY_SHARE * fav && nul > 0) {
                c = c.down(1);
                reasons.add(String.format(Locale.ROOT,
                        "inconsistent: null results carry %.2f against %.2f favourable (one step down)", nul, fav));
            }
            reasons.add("best favourable result: " + best.trial().id() + " (" + best.certainty().word() + ")");
        }
        Wording lw = phrase(c, nullDominated || best == null, purpose);
        List<TrialAssessment> worded = new ArrayList<>();
        for (TrialAssessment a : first) {
            Wording own = a.trial().favourable() && a.trial().controlled()
                    ? phrase(a.certainty(), false, purpose) : Wording.TRIAL_NO_BENEFIT;
            worded.add(new TrialAssessment(a.trial(), a.start(), a.downgrades(), a.certainty(), a.weight(),
                    weaker(own, lw)));
        }
        return new Lane(band, purpose, c, lw, nullDominated, fav, nul, reasons, worded, guidelines, false);
    }

    /** Rule part 4: the phrase a certainty level allows. */
    public static Wording phrase(Certainty c, boolean nullDominated, Purpose purpose) {
        if (nullDominated || c == Certainty.VERY_LOW) return Wording.TRIAL_NO_BENEFIT;
        if (c == Certainty.LOW) return Wording.TRIAL_LIMITED;
        return purpose == Purpose.PREVENTION ? Wording.TRIAL_PREVENTION : Wording.TRIAL_ADJUNCT;
    }

    /** The weaker of two trial phrases (the phrase table orders them weakest first). */
    public static Wording weaker(Wording a, Wording b) {
        if (a == Wording.TRIAL_PREVENTION && b == Wording.TRIAL_ADJUNCT) return a;
        if (b == Wording.TRIAL_PREVENTION && a == Wording.TRIAL_ADJUNCT) return b;
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /**
     * Rule part 2 for one result. {@code independentFavourable}: whether the lane holds an independent favourable
     * controlled result (an industry-sponsored result is then not downgraded for its sponsor).
     */
    public static TrialAssessment assess(KnowledgeBase kb, Trial t, boolean independentFavourable) {
        List<String> why = new ArrayList<>();
        Certainty start = t.controlled() ? Certainty.HIGH : Certainty.VERY_LOW;
        if (!t.controlled()) why.add("no control arm (starts very low)");
        int steps = 0;
        // risk of bias
        List<String> bias = new ArrayList<>();
        if (t.sponsor().industry() && !independentFavourable) bias.add("industry-sponsored without independent replication");
        if (t.concerns().contains(Concern.UNBLINDED_ASSESSMENT)) bias.add("assessors not blinded");
        if (t.concerns().contains(Concern.INCONSISTENT_CI)) bias.add("internally inconsistent confidence interval");
        if (!bias.isEmpty()) {
            steps++;
            why.add("risk of bias: " + String.join("; ", bias));
        }
        // inconsistency
        List<String> inc = new ArrayList<>();
        if (t.concerns().contains(Concern.HIGH_HETEROGENEITY)) inc.add("high heterogeneity between pooled trials");
        if (t.concerns().contains(Concern.AUTHORS_JUDGE_NOT_ROBUST)) inc.add("authors judge the benefit not robustly shown");
        if (!inc.isEmpty()) {
            steps++;
            why.add("inconsistency: " + String.join("; ", inc));
        }
        // imprecision
        EffectSize es = t.effectSize();
        OutcomeScale scale = es == null ? null : kb.outcome(es.outcome());
        int imp = 0;
        List<String> impWhy = new ArrayList<>();
        Double perArm = t.participants() == null ? null : t.participants() / (double) t.arms();
        if (perArm == null) {
            if (!t.pooled()) {
                imp = 1;
                impWhy.add("number of participants unreported");
            }
        } else if (perArm < OPTIMAL_PER_ARM / 2.0) {
            imp = 2;
            impWhy.add(String.format(Locale.ROOT, "about %.0f per arm (under %d: very serious)", perArm, OPTIMAL_PER_ARM / 2));
        } else if (perArm < OPTIMAL_PER_ARM) {
            imp = 1;
            impWhy.add(String.format(Locale.ROOT, "about %.0f per arm (under %d)", perArm, OPTIMAL_PER_ARM));
        }
        if (t.favourable() && es != null && es.ciCrossesNoEffect()) {
            imp = Math.max(imp, 1);
            impWhy.add("confidence interval includes no effect");
        }
        if (t.favourable() && t.controlled() && es == null && t.outcomeType() != OutcomeType.MECHANISTIC_MARKER) {
            imp = Math.max(imp, 1);
            impWhy.add("no between-group effect size reported");
        }
        if (imp > 0) {
            steps += imp;
            why.add("imprecision: " + String.join("; ", impWhy));
        }
        // indirectness
        if (t.outcomeType() == OutcomeType.MECHANISTIC_MARKER) {
            steps++;
            why.add("indirectness: a mechanistic marker, not a skin outcome");
        }
        // magnitude against the MCID
        boolean belowMcid = t.favourable() && es != null && scale != null && !scale.responder() && scale.mcid() != null
                && !es.ratio() && Math.abs(es.value()) < scale.mcid();
        if (belowMcid) {
            steps++;
            why.add(String.format(Locale.ROOT, "effect %s is below the minimal clinically important difference of %s %s",
                    trim(Math.abs(es.value())), trim(scale.mcid()), scale.id()));
        }
        Certainty c = start.down(steps);
        if (belowMcid) c = c.min(Certainty.LOW);
        return new TrialAssessment(t, start, why, c, weight(t, c), null);
    }

    /** Participants per comparison times the certainty factor; 0 for uncontrolled or unreported sizes. */
    static double weight(Trial t, Certainty c) {
        if (!t.controlled() || t.participants() == null) return 0;
        return t.participants() * 2.0 / Math.max(2, t.arms()) * factor(c);
    }

    /** The certainty factor a result's weight is multiplied by: high 1, moderate 0.5, low 0.25, very low 0.1. */
    static double factor(Certainty c) {
        return switch (c) {
            case HIGH -> 1.0;
            case MODERATE -> 0.5;
            case LOW -> 0.25;
            case VERY_LOW -> 0.1;
        };
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** Lanes with the reader's age band first (marked), then the others in order. */
    public static List<Lane> readerFirst(List<Lane> lanes, AgeBand reader) {
        if (reader == null) return lanes;
        List<Lane> out = new ArrayList<>();
        lanes.stream().filter(l -> l.ageBand() == reader).map(Lane::asReaderLane).forEach(out::add);
        lanes.stream().filter(l -> l.ageBand() != reader).forEach(out::add);
        return out;
    }

    /** Sorting helper for callers that want the strongest lane first. */
    public static final Comparator<Lane> STRONGEST_FIRST = Comparator.comparingInt(l -> l.certainty().ordinal());
}
