package org.gutskin.evidence.label;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of claim a label's marketing makes, in English and the main German, French, Spanish and Italian forms.
 *
 * <ul>
 * <li><b>cure</b> — curing, treating, healing, clearing, eliminating or banishing a condition, permanent or
 * guaranteed results, detox ("cures", "clears eczema", "get rid of acne", "heilt", "guérit", "cura", "elimina").
 * No microbial product has shown this for a skin condition: the verdict is {@code claim-exceeds-evidence}.</li>
 * <li><b>clinical</b> — "clinically proven/shown/tested/studied", "proven to", "klinisch getestet", "cliniquement
 * prouvé", "clínicamente probado", "clinicamente testato". {@code claim-exceeds-evidence} unless a strain-level
 * trial favoured the product for the condition.</li>
 * <li><b>structure/function</b> — "supports skin health", "for healthy skin", "promotes a healthy complexion",
 * "für gesunde Haut", "pour une peau saine", "para una piel sana", "per una pelle sana". Not evidence of an effect on
 * a condition; it is said, and the verdict is unchanged.</li>
 * </ul>
 * A phrase preceded by a negation ("does not cure", "not clinically tested") is not a claim.
 */
public final class ClaimWording {

    /** One claim phrase as printed, and its kind. */
    public record Claim(Kind kind, String text) {}

    /** The kind of claim. */
    public enum Kind { CURE, CLINICAL, STRUCTURE_FUNCTION }

    private static final String CONDITION_WORDS = "(?:acn[eé]|eczema|neurodermitis|ekzem\\w*|ecz[ée]ma|eccema|psoriasis|psoriasi|rosacea|"
            + "ros[aá]cea|breakouts?|blemish\\w*|spots|pimples?|rash\\w*|dermatitis|skin conditions?|skin problems?|"
            + "flare-?ups?|itch\\w*|redness|pickel\\w*|unreinheiten|boutons?|granos?|brufoli)";

    private static final Pattern CURE = Pattern.compile("\\b(cure[sd]?|curing|treats?|treating|heals?|healing|"
            + "eliminat\\w*|eradicat\\w*|banish\\w*|get(?:s|ting)? rid of|for good(?!\\s+(?:bacteria|gut|health|digestion))|"
            + "forever|permanent\\w*|guarantee\\w*|miracle|detox\\w*|reverses?|100 ?%|clears? up|"
            + "(?:clears?|clearing|cleared|wipes? out|stops?|ends?|erases?|fights?|beats?|defeats?)\\s+(?:your\\s+|the\\s+|away\\s+)?"
            + CONDITION_WORDS + "|no more " + CONDITION_WORDS + "|say goodbye to " + CONDITION_WORDS + "|"
            // German, French, Spanish, Italian
            + "heilt|heilen|heilung|beseitigt|lindert dauerhaft|nie wieder|gu[ée]rit|gu[ée]rir|gu[ée]rison|[ée]limine\\w*|"
            + "(?:cura|curan|curar|guarisce|elimina)\\s+(?:el\\s+|la\\s+|los\\s+|las\\s+|il\\s+|l')?" + CONDITION_WORDS
            + "|elimina\\w*|adi[oó]s a|guarigione)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern CLINICAL = Pattern.compile("\\b(clinically[- ](?:proven|shown|tested|studied|validated|"
            + "demonstrated|researched|backed)|proven to|scientifically proven|clinical(?:ly)? (?:trials? )?(?:proof|results)|"
            + "klinisch (?:getestet|gepr[üu]ft|bewiesen|erwiesen|belegt|nachgewiesen)|"
            + "cliniquement (?:prouv[ée]e?s?|test[ée]e?s?|d[ée]montr[ée]e?s?|[ée]prouv[ée]e?s?)|"
            + "cl[ií]nicamente (?:probad[oa]s?|comprobad[oa]s?|demostrad[oa]s?|testad[oa]s?|estudiad[oa]s?)|"
            + "clinicamente (?:testat[oaie]|provat[oaie]|dimostrat[oaie]|testad[oa]s?|comprovad[oa]s?))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern STRUCTURE_FUNCTION = Pattern.compile("\\b((?:supports?|supporting|promotes?|promoting|"
            + "maintains?|maintaining|nourish(?:es)?|boosts?|improves?|enhances?|helps? (?:maintain|support|promote))\\s+"
            + "(?:a\\s+|the\\s+|your\\s+)?(?:healthy|health(?:y)? of the|radiant|clear(?:er)?|glowing|beautiful|normal)?\\s*"
            + "(?:skin|complexion|skin health|skin barrier|skin hydration)(?:\\s+health)?|"
            + "for (?:a\\s+)?(?:healthy|healthier|radiant|glowing|clear(?:er)?|beautiful|balanced) (?:skin|complexion)|"
            + "skin health|healthy[- ]looking skin|beauty from within|glow from within|"
            + "f[üu]r (?:eine )?(?:gesunde|sch[öo]ne|reine) haut|unterst[üu]tzt die (?:haut|hautgesundheit)|"
            + "pour une (?:belle )?peau (?:saine|belle|nette)|sant[ée] de la peau|"
            + "para una piel (?:sana|bonita|radiante)|salud de la piel|per una pelle (?:sana|bella|luminosa)|"
            + "salute della pelle|benessere della pelle)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|no|never|nicht|kein\\w*|ne|pas|ni|non)\\s+"
            + "(?:\\w+\\s+)?$");

    private ClaimWording() {}

    /** Every claim phrase in {@code text}, in order of appearance. */
    static List<Claim> claims(String text) {
        List<Claim> out = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        add(out, spans, text, CLINICAL, Kind.CLINICAL);
        add(out, spans, text, CURE, Kind.CURE);
        add(out, spans, text, STRUCTURE_FUNCTION, Kind.STRUCTURE_FUNCTION);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) order.add(i);
        order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
        return order.stream().map(out::get).toList();
    }

    /**
     * The phrases in {@code text} that claim more than any microbiome evidence allows — cure-type ("treats",
     * "clears eczema", "get rid of") and proof-type ("clinically proven", "proven to") — plus any word the knowledge
     * base forbids everywhere ({@link org.gutskin.evidence.kb.Wording#forbiddenIn}); empty when the text claims
     * nothing of the kind. The report's patient view passes every sentence it writes through this check.
     */
    public static List<String> overclaims(String text) {
        List<String> out = new ArrayList<>();
        for (Claim c : claims(text)) if (c.kind() != Kind.STRUCTURE_FUNCTION) out.add(c.text());
        String w = org.gutskin.evidence.kb.Wording.forbiddenIn(text);
        if (w != null && !out.contains(w)) out.add(w);
        return out;
    }

    /** The cure-type phrases as printed, in order (the overclaims that always exceed the evidence). */
    static List<String> find(String text) {
        return claims(text).stream().filter(c -> c.kind() == Kind.CURE).map(Claim::text).toList();
    }

    private static void add(List<Claim> out, List<int[]> spans, String text, Pattern p, Kind kind) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int s = m.start(), e = m.end();
            if (spans.stream().anyMatch(x -> s < x[1] && e > x[0])) continue; // already read as another kind
            String before = text.substring(Math.max(0, s - 25), s);
            if (NEGATION.matcher(before).find()) continue;
            out.add(new Claim(kind, m.group().trim()));
            spans.add(new int[] {s, e});
        }
    }
}
