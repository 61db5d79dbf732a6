package org.gutskin.evidence.kb;

import java.util.List;

/**
 * A triage question as data ({@code red-flags.yaml}): its contract key, its group, the question in plain words, how
 * urgent a "yes" is and in what time frame ("today", "within two weeks"), the reason and next step shown when it is
 * answered yes, the label-checker context words it stands for ({@code immunosuppressed}, {@code preterm} …; empty for
 * symptoms) and the guideline or regulator it rests on.
 */
public record RedFlagEntry(String key, RedFlagGroup group, String question, Urgency urgency, String timeFrame,
        String action, List<String> contexts, List<Citation> citations) {

    public RedFlagEntry {
        contexts = List.copyOf(contexts);
        citations = List.copyOf(citations);
    }

    public boolean urgent() {
        return urgency == Urgency.URGENT_CARE;
    }
}
