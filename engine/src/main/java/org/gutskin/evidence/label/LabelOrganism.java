package org.gutskin.evidence.label;

import java.util.List;

/**
 * One organism read from a label: its current name (after the 2020 Lactobacillus renaming), its former name when
 * it has one (else null), the strain designation as printed (null when none) with any further designations printed
 * for the same strain (e.g. {@code ATCC 53103} after {@code GG}), and the words as printed.
 */
public record LabelOrganism(String name, String formerName, String strain, List<String> strainAliases, String printed) {

    public LabelOrganism {
        strainAliases = List.copyOf(strainAliases);
    }

    /** True when the label names this organism down to a strain. */
    public boolean strainLevel() {
        return strain != null;
    }

    /** The strain and its aliases. */
    public List<String> designations() {
        if (strain == null) return List.of();
        java.util.ArrayList<String> all = new java.util.ArrayList<>(List.of(strain));
        all.addAll(strainAliases);
        return all;
    }
}
