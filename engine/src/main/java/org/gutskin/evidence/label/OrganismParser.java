package org.gutskin.evidence.label;

import org.gutskin.evidence.text.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gutskin.evidence.label.LabelTokens.Token;

/**
 * Finds organisms and their strain designations in label text. An organism is a genus (spelt out, misspelt within
 * {@link EditDistance#budget}, or abbreviated "L.") followed by a species epithet (again allowing typos) and, for
 * subspecies, "subsp."/"ssp." and the subspecies epithet (or the epithet alone: "B. animalis lactis"). Former
 * names resolve to current ones through {@link NameIndex}. The tokens after the name, up to a separator, are read as
 * strain designations: a collection deposit ("DSM 17938"), company codes ("GG", "IS-10506", "VRI-033 PCC"); a
 * bracketed designation after the first is kept as an alias ("GG (ATCC 53103)"). A bare designation that a trial
 * in the knowledge base used ("LGG", "Lactobacillus GG") resolves to that trial's organism.
 */
final class OrganismParser {

    private static final Set<String> SUBSP = Set.of("subsp", "subsp.", "ssp", "ssp.", "subspecies", "sp.", "spp.");
    private static final Set<String> AND = Set.of("and", "und", "et", "y", "e", "&");
    private static final Set<String> STRAIN_WORDS = Set.of("strain", "strains", "str", "str.", "cepa");
    /** "L. casei var. rhamnosus", "variedad rhamnosus": the variety, an older rank, names the current species. */
    private static final Set<String> VARIETY = Set.of("var", "variety", "varietas", "variedad", "variete", "varieta");
    /** A generic noun between the species and its strain: "Enterococcus faecalis Bakterien (DSM 16440)". */
    private static final Set<String> GENERIC_NOUNS = Set.of("bacteria", "bacterium", "bakterien", "bacterias", "bacteries",
            "batteri", "cells", "zellen", "spores", "sporen", "keime", "yeast", "hefe");
    /** The word for strains after a count: "4 ceppi (SIN, O/C, T, N/R) di spore di Bacillus clausii". */
    private static final Set<String> COUNTED_STRAINS = Set.of("strains", "ceppi", "cepas", "stamme", "staemme", "souches", "cepe");
    private static final java.util.Map<String, Integer> SMALL_NUMBERS = java.util.Map.ofEntries(java.util.Map.entry("two", 2),
            java.util.Map.entry("three", 3), java.util.Map.entry("four", 4), java.util.Map.entry("due", 2),
            java.util.Map.entry("tre", 3), java.util.Map.entry("quattro", 4), java.util.Map.entry("dos", 2),
            java.util.Map.entry("tres", 3), java.util.Map.entry("cuatro", 4), java.util.Map.entry("zwei", 2),
            java.util.Map.entry("drei", 3), java.util.Map.entry("vier", 4), java.util.Map.entry("deux", 2),
            java.util.Map.entry("trois", 3), java.util.Map.entry("quatre", 4));

    private final NameIndex names;

    OrganismParser(NameIndex names) {
        this.names = names;
    }

    List<LabelOrganism> parse(String text) {
        List<Token> tokens = LabelTokens.of(text);
        int n = tokens.size();
        boolean[] used = new boolean[n];
        List<LabelOrganism> out = new ArrayList<>();
        int i = 0;
        int synonymUntil = -1; // inside "(…)" right after a strain-level organism
        String synonymGenus = null;
        while (i < n) {
            int counted = countedStrains(tokens, i, out, used);
            if (counted > i) {
                i = counted;
                continue;
            }
            Match m = match(tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            int end = i + m.consumed;
            // "Saccharomyces cerevisiae HANSEN CBS 5926 (… auch als Saccharomyces boulardii bezeichnet)": a species of
            // the same genus named without a strain in the bracket right after a strain is another name for it
            List<String> own = new ArrayList<>();
            if (i < synonymUntil && m.strain == null && genus(m.current).equals(synonymGenus)
                    && strains(tokens, end, own) >= end && own.isEmpty()) {
                for (int k = i; k < end; k++) used[k] = true;
                i = end;
                continue;
            }
            List<String> list = new ArrayList<>();
            int afterList = codeList(tokens, end, list);
            if (m.strain == null && list.size() >= 2) { // "Bacillus clausii (SIN, O/C, T, N/R)": one strain each
                for (int k = i; k < afterList; k++) used[k] = true;
                for (String code : list) add(out, m.current, List.of(code), printed(tokens, i, afterList));
                i = afterList;
                continue;
            }
            List<String> designations = new ArrayList<>();
            if (m.strain != null) designations.add(m.strain);
            end = strains(tokens, end, designations);
            for (int k = i; k < end; k++) used[k] = true;
            add(out, m.current, designations, printed(tokens, i, end));
            if (!designations.isEmpty()) {
                int open = end < n && tokens.get(end).text().equals("(") ? end
                        : tokens.get(end - 1).text().equals("(") ? end - 1 : -1;
                if (open >= 0) {
                    int close = open + 1;
                    while (close < n && !tokens.get(close).text().equals(")")) close++;
                    synonymUntil = close;
                    synonymGenus = genus(m.current);
                }
            }
            // "L. reuteri ATCC PTA 5289 and ATCC PTA 6475": more deposits of the same species after a conjunction
            while (!designations.isEmpty() && end + 1 < n && AND.contains(tokens.get(end).lower()) && isDeposit(tokens, end + 1)) {
                List<String> more = new ArrayList<>();
                int next = strains(tokens, end + 1, more);
                if (more.isEmpty()) break;
                for (int k = end; k < next; k++) used[k] = true;
                add(out, m.current, more, printed(tokens, end + 1, next));
                end = next;
            }
            i = end;
        }
        for (int k = 0; k < n; k++) { // bare designations a trial used: "LGG"
            Token t = tokens.get(k);
            if (used[k] || t.separator() || t.bare().length() < 3 || !StrainDesignation.isCode(t.bare())) continue;
            String organism = names.organismOfStrain(t.bare());
            if (organism != null) add(out, organism, List.of(t.bare()), t.bare());
        }
        // "L. reuteri DSM 17938 (L. reuteri Protectis)": the species printed again without a strain is the same organism
        out.removeIf(o -> !o.strainLevel() && out.stream().anyMatch(x -> x.strainLevel() && x.name().equals(o.name())));
        return out;
    }

    private static String genus(String name) {
        return name.split("\\s+")[0];
    }

    /**
     * A parenthesised list of two or more strain codes at {@code k} ("(SIN, O/C, T, N/R)"): codes are upper-case
     * letters and digits, a slash joining two parts. Returns the index after ")" with the codes in {@code out}, or
     * {@code k} with {@code out} empty.
     */
    private static int codeList(List<Token> tokens, int k, List<String> out) {
        int n = tokens.size();
        if (k >= n || !tokens.get(k).text().equals("(")) return k;
        List<String> codes = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int j = k + 1;
        for (; j < n; j++) {
            Token t = tokens.get(j);
            if (t.text().equals(")") || t.text().equals(",")) {
                if (cur.length() == 0 || cur.toString().endsWith("/")) return k;
                codes.add(cur.toString());
                cur.setLength(0);
                if (t.text().equals(")")) break;
            } else if (t.text().equals("/") && cur.length() > 0) {
                cur.append('/');
            } else if (!t.separator() && t.text().matches("[A-Z0-9][A-Z0-9-]{0,7}")
                    && (cur.length() == 0 || cur.toString().endsWith("/")) && !StrainDesignation.isCollection(t.text())) {
                cur.append(t.text());
            } else return k;
        }
        if (j >= n || codes.size() < 2) return k;
        out.addAll(codes);
        return j + 1;
    }

    /**
     * "4 ceppi (SIN, O/C, T, N/R) di spore di Bacillus clausii": a count, the word for strains, a list of exactly
     * that many codes, then (within four words) the species they belong to. Codes printed before a species are read
     * only when the label ties them this clearly. Returns the index after the species, or {@code i}.
     */
    private int countedStrains(List<Token> tokens, int i, List<LabelOrganism> out, boolean[] used) {
        int n = tokens.size();
        if (i + 2 >= n) return i;
        String num = tokens.get(i).lower();
        int count = num.matches("\\d{1,2}") ? Integer.parseInt(num) : SMALL_NUMBERS.getOrDefault(num, -1);
        if (count < 2 || !COUNTED_STRAINS.contains(tokens.get(i + 1).lower())) return i;
        List<String> codes = new ArrayList<>();
        int k = codeList(tokens, i + 2, codes);
        if (codes.size() != count) return i;
        for (int w = 0; w <= 4 && k + w < n && !tokens.get(k + w).separator(); w++) {
            Match m = match(tokens, k + w);
            if (m == null) continue;
            int end = k + w + m.consumed;
            for (int x = i; x < end; x++) used[x] = true;
            for (String code : codes) add(out, m.current, List.of(code), printed(tokens, k + w, end));
            return end;
        }
        return i;
    }

    private void add(List<LabelOrganism> out, String current, List<String> designations, String printed) {
        String strain = designations.isEmpty() ? null : designations.get(0);
        List<String> aliases = designations.size() > 1 ? designations.subList(1, designations.size()) : List.of();
        for (LabelOrganism o : out)
            if (o.name().equals(current) && java.util.Objects.equals(o.strain(), strain)) return;
        out.add(new LabelOrganism(current, names.formerName(current), strain, aliases, printed));
    }

    private record Match(String current, int consumed, String strain, int distance) {}

    /** The organism name starting at token {@code i}, if any. */
    private Match match(List<Token> tokens, int i) {
        Token g = tokens.get(i);
        if (g.separator()) return null;
        boolean abbreviation = g.text().matches("[A-Z][a-z]?\\.");
        String gw = g.bare().toLowerCase(Locale.ROOT);
        if (!abbreviation && gw.length() < 5) return null;
        Match vernacular = vernacular(tokens, i);
        if (vernacular != null) return vernacular;
        List<String> genera = names.genera(gw, abbreviation);
        if (i + 1 >= tokens.size()) return null;
        Token e = tokens.get(i + 1);
        if (e.separator()) return null;
        String ep = e.bare().toLowerCase(Locale.ROOT);
        if (genera.isEmpty() && !abbreviation) return looseGenus(gw, ep);
        if (genera.isEmpty()) return null;
        Match best = null;
        for (String genus : genera)
            for (NameIndex.Name nm : names.names(genus)) {
                if (!EditDistance.close(ep, nm.epithet())) continue;
                int d = EditDistance.of(ep, nm.epithet());
                if (nm.subspecies() != null) {
                    int k = i + 2;
                    if (k < tokens.size() && SUBSP.contains(tokens.get(k).lower())) k++;
                    if (k >= tokens.size() || tokens.get(k).separator()) continue;
                    String sub = tokens.get(k).bare().toLowerCase(Locale.ROOT);
                    if (!EditDistance.close(sub, nm.subspecies())) continue;
                    Match m = new Match(nm.current(), k - i + 1, null, d + EditDistance.of(sub, nm.subspecies()) - 10);
                    if (best == null || m.distance < best.distance) best = m;
                } else {
                    Match m = new Match(nm.current(), 2, null, d);
                    if (best == null || m.distance < best.distance) best = m;
                }
            }
        if (best != null) return variety(tokens, i, genera, best);
        // "Lactobacillus GG": a genus followed directly by a strain a trial used
        if (!abbreviation && StrainDesignation.isCode(e.bare())) {
            String organism = names.organismOfStrain(e.bare());
            if (organism != null && genera.stream().anyMatch(x -> sameGenusFamily(x, organism)))
                return new Match(organism, 2, e.bare(), 0);
        }
        return null;
    }

    /**
     * "Lactobacillus casei var. rhamnosus" / "variedad rhamnosus": the variety is read as the current species of that
     * epithet in the printed genus (the historical naming); no renaming is claimed for it.
     */
    private Match variety(List<Token> tokens, int i, List<String> genera, Match species) {
        int k = i + species.consumed;
        if (k + 1 >= tokens.size() || !VARIETY.contains(tokens.get(k).bare().toLowerCase(Locale.ROOT))
                || tokens.get(k + 1).separator()) return species;
        String v = tokens.get(k + 1).bare().toLowerCase(Locale.ROOT);
        for (String genus : genera)
            for (NameIndex.Name nm : names.names(genus))
                if (nm.subspecies() == null && EditDistance.close(v, nm.epithet()))
                    return new Match(nm.current(), k + 2 - i, null, species.distance);
        return species;
    }

    /**
     * A genus misspelt beyond the typo budget ("Bidobacteria longum"): accepted within twice the budget only when
     * the epithet after it is exactly a species epithet of that genus; the closest such genus wins, a tie reads nothing.
     */
    private Match looseGenus(String word, String epithet) {
        Match best = null;
        boolean tie = false;
        for (String genus : names.generaLoose(word))
            for (NameIndex.Name nm : names.names(genus)) {
                if (nm.subspecies() != null || !nm.epithet().equals(epithet)) continue;
                int d = EditDistance.of(word, genus);
                if (best == null || d < best.distance) {
                    best = new Match(nm.current(), 2, null, d);
                    tie = false;
                } else if (d == best.distance && !best.current.equals(nm.current())) tie = true;
            }
        return tie ? null : best;
    }

    /** A vernacular name from the knowledge base ("Lactobacilos acidófilos"). */
    private Match vernacular(List<Token> tokens, int i) {
        for (var e : names.vernacular().entrySet()) {
            List<String> words = e.getKey();
            if (i + words.size() > tokens.size()) continue;
            boolean all = true;
            for (int w = 0; w < words.size() && all; w++) all = tokens.get(i + w).lower().equals(words.get(w));
            if (all) return new Match(e.getValue(), words.size(), null, 0);
        }
        return null;
    }

    /**
     * "Lactobacillus" printed for a species now in one of the genera split from it in 2020 (all start with "L" and
     * end in "bacillus": Lacticaseibacillus, Limosilactobacillus …), or the genus itself.
     */
    private static boolean sameGenusFamily(String printedGenus, String organism) {
        String og = organism.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return og.equals(printedGenus)
                || (printedGenus.equals("lactobacillus") && og.startsWith("l") && og.endsWith("bacillus"));
    }

    /**
     * Reads strain designations from {@code k}; returns the index after them. A code may continue with a digit group
     * ("DN-173 010"); a bare number ("35624") or a strain word ("Shirota") counts only as the first designation.
     */
    private static int strains(List<Token> tokens, int k, List<String> out) {
        StringBuilder cur = new StringBuilder();
        int n = tokens.size();
        int start = k;
        while (k < n) {
            Token t = tokens.get(k);
            String raw = t.bare();
            if (t.text().equals("(") || t.text().equals(")") || t.text().equals("[") || t.text().equals("]")) {
                flush(cur, out);
                k++;
                continue;
            }
            if (t.separator()) {
                // "Bacillus coagulans, MTCC 5856": a deposit right after the comma is this organism's strain
                if (t.text().equals(",") && out.isEmpty() && cur.length() == 0 && k == start && isDeposit(tokens, k + 1)) {
                    k++;
                    continue;
                }
                break;
            }
            if (STRAIN_WORDS.contains(t.lower())) {
                k++;
                continue;
            }
            if (out.isEmpty() && cur.length() == 0 && k == start && GENERIC_NOUNS.contains(t.lower()) && k + 1 < n
                    && (tokens.get(k + 1).text().equals("(") || isDeposit(tokens, k + 1) || StrainDesignation.isCode(tokens.get(k + 1).bare()))) {
                k++; // "Bakterien (DSM 16440)"
                continue;
            }
            if (out.isEmpty() && cur.length() == 0 && raw.matches("[A-Z]{4,}") && !StrainDesignation.isCollection(raw)
                    && isDeposit(tokens, k + 1)) {
                k++; // an author in capitals: "Saccharomyces cerevisiae HANSEN CBS 5926"
                continue;
            }
            if (StrainDesignation.isCollection(raw) && k + 1 < n && !tokens.get(k + 1).separator()) {
                String next = tokens.get(k + 1).bare();
                String cncm = raw.equalsIgnoreCase("CNCM") ? StrainDesignation.cncmNumber(next) : null;
                if (cncm != null) { // "CNCM l-745": the Roman I printed as a lower-case L
                    flush(cur, out);
                    out.add("CNCM " + cncm);
                    k += 2;
                    continue;
                }
                if (next.equalsIgnoreCase("PTA") && k + 2 < n && StrainDesignation.isDepositNumber(tokens.get(k + 2).bare())) {
                    flush(cur, out);
                    out.add(raw.toUpperCase(Locale.ROOT) + " PTA " + tokens.get(k + 2).bare());
                    k += 3;
                    continue;
                }
                if (StrainDesignation.isDepositNumber(next)) {
                    flush(cur, out);
                    out.add(raw.toUpperCase(Locale.ROOT) + " " + next);
                    k += 2;
                    continue;
                }
            }
            if (looksLikeDose(tokens, k)) break;
            if (out.isEmpty() && cur.length() == 0 && StrainDesignation.BRAND_PREFIXES.contains(raw.toUpperCase(Locale.ROOT))
                    && k + 1 < n && StrainDesignation.isCode(tokens.get(k + 1).bare())) {
                k++; // "BLIS K12": the brand, then the strain
                continue;
            }
            if (cur.length() > 0 && StrainDesignation.isDigitGroup(raw)
                    && (cur.toString().matches(".*[A-Za-z]-?\\d+") || StrainDesignation.isWord(cur.toString()))) {
                cur.append(' ').append(raw); // "DN-173 010"
                k++;
                continue;
            }
            boolean first = out.isEmpty() && cur.length() == 0;
            if (first && (StrainDesignation.isBareNumber(raw) || StrainDesignation.isWord(raw))) {
                cur.append(raw);
                k++;
                continue;
            }
            if (StrainDesignation.isCode(raw)) {
                if (cur.length() > 0) cur.append(' ');
                cur.append(raw);
                k++;
                continue;
            }
            break;
        }
        flush(cur, out);
        return k;
    }

    /** A culture-collection deposit starts at {@code k}: "MTCC 5856", "ATCC PTA 6475", "CNCM I-745". */
    private static boolean isDeposit(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || tokens.get(k).separator() || tokens.get(k + 1).separator()) return false;
        String c = tokens.get(k).bare(), next = tokens.get(k + 1).bare();
        if (!StrainDesignation.isCollection(c)) return false;
        if (next.equalsIgnoreCase("PTA")) return k + 2 < tokens.size() && StrainDesignation.isDepositNumber(tokens.get(k + 2).bare());
        return StrainDesignation.isDepositNumber(next) || (c.equalsIgnoreCase("CNCM") && StrainDesignation.cncmNumber(next) != null);
    }

    private static final java.util.regex.Pattern DOSE_WORD = java.util.regex.Pattern.compile("(?i)(x|×|\\*|cfu|ufc|kbe|afu|"
            + "mg|g|billions?|bn|bln|millions?|mio|mrd|milliard\\w*|miliard\\w*|trillions?|bil+i?on\\w*|mil+i?on\\w*|live|"
            + "viable|cells|organisms|bacteria|cultures|mil|e\\d+|x10\\S*)");

    /** "10B CFU", "5M", "10 billion", "1 x 10^9", "100 mg": an amount, not a strain. */
    private static boolean looksLikeDose(List<Token> tokens, int k) {
        String raw = tokens.get(k).bare();
        if (raw.matches("(?i)\\d+(?:[.,]\\d+)?[bmk]")) return true;
        if (!raw.matches("\\d+")) return false;
        if (k + 1 >= tokens.size()) return false;
        Token next = tokens.get(k + 1);
        return !next.separator() && DOSE_WORD.matcher(next.bare()).matches();
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) out.add(cur.toString());
        cur.setLength(0);
    }

    private static String printed(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.separator()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(t.text());
        }
        return b.toString();
    }
}
