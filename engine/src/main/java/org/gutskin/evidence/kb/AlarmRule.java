package org.gutskin.evidence.kb;

import java.util.List;

/**
 * How a red flag shows in a free-text question ({@code question-alarms.yaml}): phrases that raise it on their own,
 * and anchors that raise it only together with a qualifier in the same sentence or a duration of at least
 * {@code minDays} ("diarrhoea" alone is common; "diarrhoea for six weeks" or "diarrhoea that wakes me at night" is
 * the red flag). Phrases are written in plain words; {@code *} stands for up to three words and {@code #} for any
 * number. Matching (stems, negation, time) is the triage layer's job.
 */
public record AlarmRule(String key, List<String> phrases, List<String> anchors, List<String> qualifiers,
        Integer minDays) {

    public AlarmRule {
        phrases = List.copyOf(phrases);
        anchors = List.copyOf(anchors);
        qualifiers = List.copyOf(qualifiers);
    }
}
