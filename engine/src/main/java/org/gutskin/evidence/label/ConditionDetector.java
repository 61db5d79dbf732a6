package org.gutskin.evidence.label;

import org.gutskin.evidence.text.EditDistance;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gutskin.evidence.kb.Condition;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.label.LabelTokens.Token;

/**
 * The condition a label claims, from the condition names and aliases in the knowledge base ("for eczema", "clear
 * skin from acne", "sensitive skin"). Several-word aliases must appear as written; one-word aliases may be misspelt
 * within {@link EditDistance#budget} ("exzema", "psoraisis"). Every condition named is returned, first
 * mentioned first.
 */
final class ConditionDetector {

    private final KnowledgeBase kb;

    ConditionDetector(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The contract id of the first condition named in {@code text}, or null. */
    String detect(String text) {
        List<String> all = detectAll(text);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The contract ids of every condition named in {@code text}, in order of first mention ("for eczema and acne"). */
    List<String> detectAll(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Token> tokens = LabelTokens.of(text);
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (Condition c : kb.conditions()) {
            int bestPos = Integer.MAX_VALUE;
            for (String alias : c.aliases()) {
                String a = alias.toLowerCase(Locale.ROOT);
                int pos = -1;
                if (a.contains(" ")) {
                    Matcher m = Pattern.compile("\\b" + Pattern.quote(a) + "\\b").matcher(lower);
                    if (m.find()) pos = m.start();
                } else {
                    for (int k = 0; k < tokens.size() && pos < 0; k++)
                        for (String w : tokens.get(k).bare().toLowerCase(Locale.ROOT).split("-")) // "eczema-prone"
                            if (pos < 0 && w.length() >= 3 && EditDistance.close(w, a)) pos = lower.indexOf(w);
                }
                if (pos >= 0 && pos < bestPos) bestPos = pos;
            }
            if (bestPos < Integer.MAX_VALUE) first.put(c.id(), bestPos);
        }
        return first.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .toList();
    }
}
