package org.gutskin.evidence.kb;

import java.util.List;

/**
 * A former species name and its current one, e.g. Lactobacillus rhamnosus → Lacticaseibacillus rhamnosus (Zheng et
 * al. 2020, doi:10.1099/ijsem.0.004107) or Bifidobacterium lactis → B. animalis subsp. lactis (Masco et al. 2004).
 */
public record Renaming(String former, String current, List<Citation> citations, boolean verified) {

    public Renaming {
        citations = List.copyOf(citations);
    }
}
