package org.gutskin.evidence.triage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.RedFlagEntry;
import org.gutskin.evidence.triage.QuestionAlarmMatcher.Alarm;

/**
 * The one JSON shape of a routing, for {@code gutskin evidence --json}, {@code POST /api/triage} and the evidence
 * API: {@code route}, {@code redFlags} (keys, alarm features first), {@code flags} (each with urgency, time frame,
 * reason, citations and, for a question, the words that raised it), {@code notAsked}, {@code conflicts},
 * {@code nextStep} and, for a flagged question, {@code thenStep}.
 */
public final class TriageJson {

    private TriageJson() {}

    /**
     * The combined route of triage answers (null: none given) and a question (null: none): the most urgent flagged
     * route of the two; else the answers' route (standard or not-assessed); else not-assessed.
     */
    public static Route route(TriageResult answers, QuestionAnswer question) {
        List<Route> flagged = new ArrayList<>();
        if (question != null && question.flagged()) flagged.add(question.route());
        if (answers != null && answers.flagged()) flagged.add(answers.route());
        if (!flagged.isEmpty()) return flagged.stream().min(Enum::compareTo).orElseThrow();
        return answers != null ? answers.route() : Route.NOT_ASSESSED;
    }

    /** Writes the routing fields into {@code doc} (in this order, at its current end). */
    public static void put(ObjectNode doc, TriageResult answers, QuestionAnswer question) {
        doc.put("route", route(answers, question).id());
        ArrayNode keys = doc.putArray("redFlags");
        ArrayNode flags = doc.putArray("flags");
        Set<String> seen = new LinkedHashSet<>();
        List<Alarm> alarms = question == null ? List.of() : question.alarms();
        for (Alarm a : alarms) if (seen.add(a.redFlag().key())) flag(flags.addObject(), a.redFlag(), "question", a.matched());
        if (answers != null)
            for (RedFlagEntry r : answers.redFlags()) if (seen.add(r.key())) flag(flags.addObject(), r, "answers", null);
        seen.forEach(keys::add);
        if (answers != null) {
            ArrayNode notAsked = doc.putArray("notAsked");
            for (RedFlagEntry r : answers.notAsked()) notAsked.addObject().put("id", r.key()).put("question", r.question());
            ArrayNode conflicts = doc.putArray("conflicts");
            answers.conflicts().forEach(c -> conflicts.add(c.text()));
        }
        if (question != null) {
            step(doc.putObject("nextStep"), question.next());
            if (question.then() != null) step(doc.putObject("thenStep"), question.then());
        }
    }

    private static void flag(ObjectNode o, RedFlagEntry r, String from, String matched) {
        o.put("id", r.key());
        o.put("urgency", r.urgency().word());
        o.put("timeFrame", r.timeFrame());
        o.put("question", r.question());
        o.put("reason", r.action());
        o.put("from", from);
        if (matched != null) o.put("matched", matched);
        ArrayNode c = o.putArray("citations");
        for (Citation x : r.citations()) c.add(x.identifier());
    }

    private static void step(ObjectNode o, NextStep n) {
        o.put("kind", n.kind().id());
        o.put("condition", n.conditionId());
        o.put("advice", n.advice());
    }
}
