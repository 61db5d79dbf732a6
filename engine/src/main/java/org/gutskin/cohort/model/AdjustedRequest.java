package org.gutskin.cohort.model;

import java.util.Map;

/**
 * The adjusted-model part of a cohort command: {@code --formula}, {@code --strata}, {@code --missing},
 * {@code --reference TERM=LEVEL} and whether numeric covariates are standardised (MaAsLin2's default).
 */
public record AdjustedRequest(Formula formula, String strata, MissingValues missing, Map<String, String> references,
        boolean standardize) implements java.io.Serializable {

    public AdjustedRequest {
        references = Map.copyOf(references);
    }

    /**
     * From the command-line strings (CLI and Spark job alike); {@code references} as {@code TERM=LEVEL}. A malformed
     * value is an {@link IllegalArgumentException} whose message names the option.
     */
    public static AdjustedRequest of(String formula, String strata, String missing, java.util.List<String> references,
            boolean standardize) {
        Formula f;
        try {
            f = Formula.parse(formula);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--formula: " + e.getMessage());
        }
        Map<String, String> refs = new java.util.LinkedHashMap<>();
        for (String r : references) {
            int eq = r.indexOf('=');
            if (eq <= 0 || eq == r.length() - 1)
                throw new IllegalArgumentException("--reference '" + r + "': expected TERM=LEVEL, e.g. Disease=Healthy");
            refs.put(r.substring(0, eq).strip(), r.substring(eq + 1).strip());
        }
        if (strata != null && strata.isBlank()) throw new IllegalArgumentException("--strata: empty column name");
        return new AdjustedRequest(f, strata, MissingValues.of(missing), refs, standardize);
    }
}
