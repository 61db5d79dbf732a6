package org.gutskin.evidence.kb;

import java.util.List;

/**
 * One organism as a trial tested it: the current species name (after the 2020 Lactobacillus renaming), the strain
 * designation as published (null when the source did not give one) and other designations of the same strain
 * (deposit numbers such as ATCC 53103 for GG).
 */
public record Product(String organism, String strain, List<String> strainAliases) {

    public Product {
        strainAliases = strainAliases == null ? List.of() : List.copyOf(strainAliases);
    }

    /** The designation and its aliases. */
    public List<String> designations() {
        if (strain == null) return List.of();
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add(strain);
        all.addAll(strainAliases);
        return all;
    }
}
