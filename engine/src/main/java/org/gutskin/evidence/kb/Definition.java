package org.gutskin.evidence.kb;

import java.util.List;

/** A consensus definition (probiotic, prebiotic, synbiotic, postbiotic …), paraphrased and cited. */
public record Definition(String id, String term, String definition, List<Citation> citations, boolean verified) {

    public Definition {
        citations = List.copyOf(citations);
    }
}
