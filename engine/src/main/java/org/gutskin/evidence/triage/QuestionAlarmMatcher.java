package org.gutskin.evidence.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gutskin.evidence.kb.AlarmRule;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.QuestionAlarms;
import org.gutskin.evidence.kb.RedFlagEntry;
import org.gutskin.evidence.text.Words;
import org.gutskin.evidence.text.Words.Word;

/**
 * Finds red flags in a free-text question with the knowledge base's alarm vocabulary ({@code question-alarms.yaml}).
 * A phrase counts only when it is asserted about now: not negated ("no fever", "she has not lost weight"), not in a
 * clause that places it in the past ("a fever last year", "born early, now four"), and not in a sentence that only
 * asks what a term means ("What is eczema herpeticum?"). An anchor ("diarrhoea", "sore") counts with a qualifier
 * anywhere in the question ("wakes me at night", "won't heal") or a duration of at least the rule's days ("for six
 * weeks"). Recall comes first: where a sentence is unclear, the flag is raised.
 */
public final class QuestionAlarmMatcher {

    /** One raised flag: the red flag and the words of the question that raised it. */
    public record Alarm(RedFlagEntry redFlag, String matched) {}

    private record CompiledRule(RedFlagEntry flag, List<Phrase> phrases, List<Phrase> anchors, List<Phrase> qualifiers,
            Integer minDays) {}

    private static final Set<String> DAY_UNITS = Set.of("day", "night");
    private static final Map<String, Integer> UNIT_DAYS = Map.of("day", 1, "night", 1, "week", 7, "fortnight", 14,
            "month", 30, "year", 365);

    private final List<CompiledRule> rules = new ArrayList<>();
    private final List<Phrase> negations, scopeBreaks, historyMarkers, generalOpeners, personal;

    public QuestionAlarmMatcher(KnowledgeBase kb) {
        QuestionAlarms a = kb.questionAlarms();
        for (AlarmRule r : a.rules())
            rules.add(new CompiledRule(kb.redFlag(r.key()).orElseThrow(), compile(r.phrases()), compile(r.anchors()),
                    compile(r.qualifiers()), r.minDays()));
        negations = exact(a.negations());
        scopeBreaks = exact(a.scopeBreaks());
        historyMarkers = exact(a.historyMarkers());
        generalOpeners = exact(a.generalOpeners());
        personal = exact(a.personalWords());
    }

    private static List<Phrase> compile(List<String> texts) {
        return texts.stream().map(Phrase::of).toList();
    }

    private static List<Phrase> exact(List<String> texts) {
        return texts.stream().map(t -> Phrase.of(t, false)).toList();
    }

    /** The red flags the question raises, most urgent first, each once. */
    public List<Alarm> find(String question) {
        String text = question == null ? "" : question;
        List<Word> words = Words.of(text);
        boolean[] live = liveWords(words);
        int days = longestDuration(words);
        Map<String, Alarm> found = new LinkedHashMap<>();
        for (CompiledRule r : rules) {
            String hit = firstLive(text, words, live, r.phrases());
            if (hit == null && !r.anchors().isEmpty()) {
                String anchor = firstLive(text, words, live, r.anchors());
                if (anchor != null) {
                    String q = firstLive(text, words, live, r.qualifiers());
                    if (q != null) hit = anchor + " … " + q;
                    else if (r.minDays() != null && days >= r.minDays()) hit = anchor + " (for " + days + " days or more)";
                }
            }
            if (hit != null) found.putIfAbsent(r.flag().key(), new Alarm(r.flag(), hit));
        }
        List<Alarm> out = new ArrayList<>(found.values());
        out.sort((x, y) -> x.redFlag().urgency().compareTo(y.redFlag().urgency()));
        return out;
    }

    /** The question's words of the first live match (asserted, present, personal) of any phrase, or null. */
    private String firstLive(String text, List<Word> words, boolean[] live, List<Phrase> phrases) {
        for (Phrase p : phrases)
            for (int i = 0; i < words.size(); i++) {
                if (!live[i]) continue;
                int end = p.matchAt(words, i);
                if (end >= 0 && !negated(words, i) && !deniedAfter(words, end)) return text.substring(words.get(i).start(), words.get(end - 1).end());
            }
        return null;
    }

    /**
     * Words that can raise a flag: not in a clause with a past marker, not in a sentence that opens like a
     * definition question and says nothing of the asker.
     */
    private boolean[] liveWords(List<Word> words) {
        boolean[] live = new boolean[words.size()];
        java.util.Arrays.fill(live, true);
        for (int[] clause : spans(words, false))
            if (anyIn(words, clause, historyMarkers)) for (int i = clause[0]; i < clause[1]; i++) live[i] = false;
        for (int[] sentence : spans(words, true)) {
            int first = sentence[0];
            boolean opener = generalOpeners.stream().anyMatch(p -> p.matchAt(words, first) >= 0);
            if (opener && !anyIn(words, sentence, personal))
                for (int i = sentence[0]; i < sentence[1]; i++) live[i] = false;
        }
        return live;
    }

    private static boolean anyIn(List<Word> words, int[] span, List<Phrase> phrases) {
        return phrases.stream().anyMatch(p -> p.find(words, span[0], span[1]) != null);
    }

    /** [start, end) of each clause (split at every boundary) or sentence (split at sentence ends). */
    private static List<int[]> spans(List<Word> words, boolean sentences) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= words.size(); i++) {
            boolean end = i == words.size()
                    || (sentences ? Words.sentenceEnd(words.get(i)) : words.get(i).boundary());
            if (end) {
                if (i > start) out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return out;
    }

    /** A negation phrase ends within the five words before {@code start}, with no boundary or scope break between. */
    private boolean negated(List<Word> words, int start) {
        int from = start;
        for (int k = start - 1; k >= 0 && k >= start - 5; k--) {
            if (words.get(k).boundary()) break;
            final int at = k;
            if (scopeBreaks.stream().anyMatch(p -> p.matchAt(words, at) >= 0)) break;
            from = k;
        }
        for (int k = from; k < start; k++) {
            final int at = k;
            if (negations.stream().anyMatch(p -> {
                int e = p.matchAt(words, at);
                return e >= 0 && e <= start;
            })) return true;
        }
        return false;
    }

    private static final java.util.Set<String> BE = java.util.Set.of("is", "are", "was", "were", "been", "be");

    /** "my eyes aren't affected", "the rash is not spreading": a form of "be" then "not" right after the match. */
    private static boolean deniedAfter(List<Word> words, int end) {
        return end + 1 < words.size() && BE.contains(words.get(end).stem()) && words.get(end + 1).stem().equals("not");
    }

    /**
     * The longest duration the question states, in days: a number (or "a") followed by a unit ("6 weeks", "a
     * month", "two months"), or "for/over weeks|months" without a number. Ages ("3 weeks old") and gestations
     * ("born at 30 weeks") are not durations.
     */
    static int longestDuration(List<Word> words) {
        int best = 0;
        for (int i = 0; i + 1 < words.size(); i++) {
            Word w = words.get(i), u = words.get(i + 1);
            Integer unit = UNIT_DAYS.get(u.stem());
            if (unit == null || u.boundary()) continue;
            boolean old = i + 2 < words.size() && words.get(i + 2).stem().equals("old");
            boolean at = i > 0 && words.get(i - 1).stem().equals("at");
            if (old || at) continue;
            int n = 0;
            if (w.number() && w.stem().length() < 6) n = Integer.parseInt(w.stem());
            else if (w.stem().equals("a") || w.stem().equals("an")) n = 1;
            else if ((w.stem().equals("for") || w.stem().equals("over") || w.stem().equals("mani"))
                    && !DAY_UNITS.contains(u.stem()) && u.surface().endsWith("s")) n = 2;
            best = Math.max(best, n * unit);
        }
        return best;
    }
}
