package org.gutskin.evidence.label;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label wording that claims more than any microbial product has shown for a skin condition: curing, treating,
 * healing, eliminating or banishing it, permanent or guaranteed results, "clinically proven", detox. Its presence
 * makes the verdict {@code claim-exceeds-evidence} whatever the strain evidence.
 */
final class ClaimWording {

    private static final Pattern OVERCLAIM = Pattern.compile("\\b(cure[sd]?|curing|treats?|treating|heals?|healing|"
            + "eliminat\\w*|eradicat\\w*|banish\\w*|get rid of|gets rid of|for good(?!\\s+(?:bacteria|gut|health|digestion))|forever|permanent\\w*|"
            + "guarantee\\w*|miracle|detox\\w*|clinically proven|proven to|reverses?|100 ?%|clears? up|"
            + "no more (?:acne|eczema|psoriasis|rosacea|breakouts))\\b", Pattern.CASE_INSENSITIVE);

    private ClaimWording() {}

    /** The overclaiming phrases in {@code text}, as printed, in order. */
    static List<String> find(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = OVERCLAIM.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
