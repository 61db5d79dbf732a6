package org.gutskin.evidence.kb;

import java.util.List;

/**
 * The alarm vocabulary of free-text questions ({@code question-alarms.yaml}): one {@link AlarmRule} per red flag,
 * and the cue words that change what a match means. {@code negations} ("no", "without") cancel a match that follows
 * within a few words, until a {@code scopeBreaks} word ("but", "and"); {@code historyMarkers} ("years ago", "on purpose")
 * mark a sentence as history, not a present sign; {@code generalOpeners} ("what is", "define") mark a sentence that
 * asks about a term rather than telling of the asker, unless it also has a {@code personalWords} word ("my", "I").
 */
public record QuestionAlarms(List<AlarmRule> rules, List<String> negations, List<String> scopeBreaks,
        List<String> historyMarkers, List<String> generalOpeners, List<String> personalWords) {

    public QuestionAlarms {
        rules = List.copyOf(rules);
        negations = List.copyOf(negations);
        scopeBreaks = List.copyOf(scopeBreaks);
        historyMarkers = List.copyOf(historyMarkers);
        generalOpeners = List.copyOf(generalOpeners);
        personalWords = List.copyOf(personalWords);
    }
}
