package org.gutskin.evidence.triage;

import java.util.List;
import org.gutskin.evidence.triage.QuestionAlarmMatcher.Alarm;

/**
 * What a free-text question gets: the route (urgent-care or clinician-first when the question shows a red flag,
 * else not-assessed, because a question is not a completed triage), the alarms found (most urgent first), the first
 * step (a clinician when flagged) and, when flagged, the ordinary step that may follow that visit.
 */
public record QuestionAnswer(Route route, List<Alarm> alarms, NextStep next, NextStep then) {

    public QuestionAnswer {
        alarms = List.copyOf(alarms);
    }

    public boolean flagged() {
        return route.flagged();
    }

    public List<String> redFlagKeys() {
        return alarms.stream().map(a -> a.redFlag().key()).toList();
    }
}
