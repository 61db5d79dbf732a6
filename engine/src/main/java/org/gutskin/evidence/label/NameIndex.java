package org.gutskin.evidence.label;

import org.gutskin.evidence.text.EditDistance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.Product;
import org.gutskin.evidence.kb.Renaming;
import org.gutskin.evidence.kb.Trial;

/**
 * The organism names the label parser can recognise, built from the knowledge base: current species names, former
 * names (2020 Lactobacillus renaming; Bifidobacterium lactis → B. animalis subsp. lactis) mapped to current ones, and
 * the strain designations of the trials (so "LGG" or "Lactobacillus GG" resolve to Lacticaseibacillus rhamnosus).
 */
final class NameIndex {

    /** A printable name: genus, species epithet, optional subspecies epithet, and the current name it stands for. */
    record Name(String genus, String epithet, String subspecies, String current) {}

    private final Map<String, List<Name>> byGenus = new LinkedHashMap<>();
    private final Map<String, String> formerOf = new HashMap<>();
    private final Map<String, String> organismOfStrain = new HashMap<>();
    /** Vernacular names as accent-free lower-case words ("lactobacilos acidofilos") → current species. */
    private final Map<List<String>, String> vernacular = new LinkedHashMap<>();

    NameIndex(KnowledgeBase kb) {
        for (String s : kb.species()) add(s, s);
        for (Renaming r : kb.renamings()) {
            add(r.former(), r.current());
            formerOf.putIfAbsent(r.current(), r.former());
        }
        kb.vernacularNames().forEach((printed, current) -> vernacular.put(
                LabelTokens.of(printed).stream().map(LabelTokens.Token::lower).toList(), current));
        for (Trial t : kb.trials())
            for (Product p : t.products())
                for (String d : p.designations()) organismOfStrain.putIfAbsent(StrainDesignation.key(d), p.organism());
    }

    private void add(String printed, String current) {
        String[] w = printed.toLowerCase(Locale.ROOT).split("\\s+");
        if (w.length < 2) return;
        String sub = null;
        if (w.length >= 4 && w[2].startsWith("subsp")) sub = w[3];
        byGenus.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Name(w[0], w[1], sub, current));
    }

    /** Genera a printed word may stand for: an exact or near spelling, or every genus with that initial for "L.". */
    List<String> genera(String word, boolean abbreviation) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        if (abbreviation) {
            for (String g : byGenus.keySet()) if (g.startsWith(w)) out.add(g);
            return out;
        }
        if (byGenus.containsKey(w)) return List.of(w);
        for (String g : byGenus.keySet()) if (EditDistance.close(w, g)) out.add(g);
        return out;
    }

    /**
     * Genera a misspelt word may stand for when the species epithet after it is printed exactly: within twice the
     * typo budget and with the same initial ("Bidobacteria longum" → Bifidobacterium). The caller accepts one only
     * with an exact epithet of that genus.
     */
    List<String> generaLoose(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        if (w.length() < 8) return out;
        for (String g : byGenus.keySet())
            if (g.charAt(0) == w.charAt(0) && Math.abs(g.length() - w.length()) <= 2 * EditDistance.budget(g.length())
                    && EditDistance.of(w, g) <= 2 * EditDistance.budget(g.length())) out.add(g);
        return out;
    }

    /** The vernacular names, as lower-case accent-free words, and their current species. */
    Map<List<String>, String> vernacular() {
        return vernacular;
    }

    List<Name> names(String genus) {
        return byGenus.getOrDefault(genus, List.of());
    }

    /** The former name of a current species name, if it was renamed. */
    String formerName(String current) {
        return formerOf.get(current);
    }

    /** The organism a trial tested under this strain designation, if any. */
    String organismOfStrain(String designation) {
        return organismOfStrain.get(StrainDesignation.key(designation));
    }
}
