package org.gutskin.evidence.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gutskin.evidence.kb.ProbioticSafety;
import org.gutskin.evidence.kb.ProbioticSafety.Level;
import org.gutskin.evidence.kb.ProbioticSafety.Rule;
import org.gutskin.evidence.kb.ProbioticSafety.Trait;

/**
 * Applies the knowledge base's probiotic-safety data ({@code probiotic-safety.yaml}) to a parsed label and a
 * person's {@link SafetyContext}. A trait holds when every criterion it sets is met: an organism of a listed genus
 * or species (current or former name), at least {@code minOrganisms} organisms, a dose of at least
 * {@code minDoseCfu}. A rule fires when the product has any of its traits (none listed: any product the checker is
 * asked about, even one whose organisms could not be read) and the person has any of its contexts (none listed:
 * anyone). Rules keep file order.
 */
final class SafetyRules {

    private final ProbioticSafety data;

    SafetyRules(ProbioticSafety data) {
        this.data = data;
    }

    LabelSafety assess(ParsedLabel label, SafetyContext context) {
        List<String> traits = data.traits().stream().filter(t -> holds(t, label)).map(Trait::id).toList();
        List<SafetyFinding> concerns = new ArrayList<>(), notes = new ArrayList<>();
        for (Rule r : data.rules()) {
            boolean product = r.traits().isEmpty() || r.traits().stream().anyMatch(traits::contains);
            boolean person = r.contexts().isEmpty() || r.contexts().stream().anyMatch(context.keys()::contains);
            if (!product || !person) continue;
            SafetyFinding f = new SafetyFinding(r.id(), r.text(), r.citations());
            (r.level() == Level.CONCERN ? concerns : notes).add(f);
        }
        return new LabelSafety(context.keys(), traits, concerns, notes);
    }

    private static boolean holds(Trait t, ParsedLabel label) {
        if (t.namesOrganisms() && label.organisms().stream().noneMatch(o -> names(t, o))) return false;
        if (t.minOrganisms() != null && label.organisms().size() < t.minOrganisms()) return false;
        return t.minDoseCfu() == null || label.doseCfu() != null && label.doseCfu() >= t.minDoseCfu();
    }

    private static boolean names(Trait t, LabelOrganism o) {
        for (String name : o.formerName() == null ? List.of(o.name()) : List.of(o.name(), o.formerName())) {
            String genus = name.split("\\s+")[0];
            if (t.genera().stream().anyMatch(g -> g.equalsIgnoreCase(genus))) return true;
            String lower = name.toLowerCase(Locale.ROOT);
            for (String s : t.species()) {
                String sp = s.toLowerCase(Locale.ROOT);
                if (lower.equals(sp) || lower.startsWith(sp + " ")) return true; // "… subsp. …" too
            }
        }
        return false;
    }
}
