package org.gutskin.evidence.kb;

import java.util.List;

/**
 * What a diet component does to the gut microbiota ({@code guilds.yaml}, {@code diet:}), at the evidence level its
 * source supports: {@code trial} for randomised diet trials with microbiome outcomes, {@code mechanism} for
 * laboratory work and narrative reviews. None of these sources measured skin.
 *
 * @param exposure the diet component, e.g. {@code fibre}, {@code polyphenols}
 */
public record DietStatement(String id, EvidenceLevel level, String exposure, String statement, List<Citation> citations,
        boolean verified) {

    public DietStatement {
        citations = List.copyOf(citations);
    }
}
