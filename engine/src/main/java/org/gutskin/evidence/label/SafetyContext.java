package org.gutskin.evidence.label;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.RedFlagEntry;
import org.gutskin.io.InputException;

/**
 * The person's safety context for a label check: the safety-context red-flag keys that apply (e.g.
 * {@code immunosuppressed_or_on_chemotherapy_or_biologics}), in question order. Built from context words
 * ({@code --context immunosuppressed,preterm}; the words are the red flags' {@code contexts} in
 * {@code red-flags.yaml}, not a list in code) and/or triage answers (a {@code true} answer to a red flag that has
 * context words). An unknown word is an input error naming it and the accepted words.
 */
public record SafetyContext(List<String> keys) {

    /** Nothing known about the person: only product notes can fire. */
    public static final SafetyContext NONE = new SafetyContext(List.of());

    public SafetyContext {
        keys = List.copyOf(keys);
    }

    /**
     * Resolves context words (each may hold several, comma-separated; case and surrounding blanks ignored) and
     * answers (may be empty) against the knowledge base's safety-context red flags.
     */
    public static SafetyContext of(KnowledgeBase kb, Collection<String> words, Map<String, Boolean> answers) {
        Set<String> raised = new LinkedHashSet<>();
        for (String arg : words == null ? List.<String>of() : words) {
            if (arg == null) continue;
            for (String w : arg.split(",")) {
                String word = w.strip().toLowerCase(Locale.ROOT);
                if (word.isEmpty()) continue;
                RedFlagEntry r = kb.redFlagForContext(word).orElseThrow(() -> new InputException("context", 0,
                        "unknown context '" + word + "' (expected one of: " + String.join(", ", kb.contextWords())
                                + ")", null));
                raised.add(r.key());
            }
        }
        if (answers != null)
            for (var e : answers.entrySet())
                if (Boolean.TRUE.equals(e.getValue())
                        && kb.redFlag(e.getKey()).map(r -> !r.contexts().isEmpty()).orElse(false))
                    raised.add(e.getKey());
        List<String> ordered = new ArrayList<>();
        for (String key : kb.redFlagKeys()) if (raised.contains(key)) ordered.add(key);
        return new SafetyContext(ordered);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }
}
