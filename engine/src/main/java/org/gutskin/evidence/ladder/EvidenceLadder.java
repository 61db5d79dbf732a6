package org.gutskin.evidence.ladder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.AgeBand;
import org.gutskin.evidence.kb.Condition;
import org.gutskin.evidence.kb.EvidenceLevel;
import org.gutskin.evidence.kb.Fact;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.Trial;
import org.gutskin.evidence.kb.Wording;

/**
 * Builds a condition's evidence ladder from the verified knowledge base: (4) guidelines and consensus, (3) trials of
 * microbial interventions, (2) associations in patients vs controls, (1) mechanism research — strongest first. Each
 * statement is worded by {@link Wording}: its lead phrase is chosen by the evidence level and, for trials, by
 * {@link CertaintyRule} per population × purpose lane, so a weaker lane never borrows a stronger lane's phrase.
 */
public final class EvidenceLadder {

    private EvidenceLadder() {}

    /** The ladder of a condition in the bundled knowledge base; an unknown id is an input error. */
    public static ConditionLadder forCondition(String conditionId) {
        return forCondition(KnowledgeBase.get(), conditionId);
    }

    /** The ladders of the manifest's default conditions (the contract's five), manifest order. */
    public static List<ConditionLadder> all(KnowledgeBase kb) {
        return kb.defaultConditionIds().stream().map(id -> forCondition(kb, id)).toList();
    }

    /** The ladders of the default conditions with the reader's lanes first (null: no age given). */
    public static List<ConditionLadder> all(KnowledgeBase kb, AgeBand reader) {
        return kb.defaultConditionIds().stream().map(id -> forCondition(kb, id, reader)).toList();
    }

    public static ConditionLadder forCondition(KnowledgeBase kb, String conditionId) {
        return forCondition(kb, conditionId, null);
    }

    /** The ladder with its lanes ({@link CertaintyRule}); the reader's age band's lanes first when given. */
    public static ConditionLadder forCondition(KnowledgeBase kb, String conditionId, AgeBand reader) {
        Condition c = kb.condition(conditionId);
        List<Lane> lanes = CertaintyRule.lanes(kb, conditionId);
        Map<EvidenceLevel, List<LadderStatement>> byLevel = new EnumMap<>(EvidenceLevel.class);
        for (Fact f : kb.verifiedFacts(conditionId))
            add(byLevel, f.level(), statement(f.id(), Wording.forLevel(f.level()), f.statement(), f));
        for (Trial t : kb.verifiedTrials(conditionId)) {
            Wording w = trialWording(lanes, t);
            add(byLevel, EvidenceLevel.TRIAL, new LadderStatement(t.id(), w, text(w, t.statement()), t.citations()));
        }
        List<LadderRung> rungs = new ArrayList<>();
        byLevel.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparingInt(EvidenceLevel::number).reversed()))
                .forEach(e -> rungs.add(new LadderRung(e.getKey(), e.getValue())));
        return new ConditionLadder(c.id(), c.name(), c.certaintyTier(), c.certaintyNote(), c.certaintyCitations(), rungs,
                CertaintyRule.readerFirst(lanes, reader), reader);
    }

    /** A trial's phrase on the flat rung: the weakest its lanes give it. */
    static Wording trialWording(List<Lane> lanes, Trial t) {
        Wording w = null;
        for (Lane l : lanes)
            for (TrialAssessment a : l.trials())
                if (a.trial().id().equals(t.id())) w = w == null ? a.wording() : CertaintyRule.weaker(w, a.wording());
        return w == null ? Wording.TRIAL_NO_BENEFIT : w;
    }

    private static LadderStatement statement(String id, Wording w, String statement, Fact f) {
        return new LadderStatement(id, w, text(w, statement), f.citations());
    }

    /** Lead phrase + curated statement; the knowledge-base loader has already kept reserved phrases out of the latter. */
    static String text(Wording w, String statement) {
        return w.lead() + " " + statement;
    }

    private static void add(Map<EvidenceLevel, List<LadderStatement>> m, EvidenceLevel level, LadderStatement s) {
        m.computeIfAbsent(level, k -> new ArrayList<>()).add(s);
    }
}
