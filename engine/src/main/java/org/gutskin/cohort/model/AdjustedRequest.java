package org.gutskin.cohort.model;

import java.util.Map;

/**
 * The adjusted-model part of a cohort command: {@code --formula}, {@code --strata}, {@code --missing},
 * {@code --reference TERM=LEVEL}, whether numeric covariates are standardised (MaAsLin2's default), and the
 * random-intercept columns of {@code --random} (empty: fixed effects only).
 */
public record AdjustedRequest(Formula formula, String strata, MissingValues missing, Map<String, String> references,
        boolean standardize, java.util.List<String> random) implements java.io.Serializable {

    public AdjustedRequest {
        references = Map.copyOf(references);
        random = random == null ? java.util.List.of() : java.util.List.copyOf(random);
        if (random.stream().anyMatch(String::isBlank)) throw new IllegalArgumentException("--random: empty column name");
        if (new java.util.HashSet<>(random).size() != random.size()) throw new IllegalArgumentException("--random: a column given twice");
    }

    /** Fixed effects only. */
    public AdjustedRequest(Formula formula, String strata, MissingValues missing, Map<String, String> references,
            boolean standardize) {
        this(formula, strata, missing, references, standardize, java.util.List.of());
    }

    /**
     * From the command-line strings (CLI and Spark job alike); {@code references} as {@code TERM=LEVEL}. A malformed
     * value is an {@link IllegalArgumentException} whose message names the option.
     */
    public static AdjustedRequest of(String formula, String strata, String missing, java.util.List<String> references,
            boolean standardize) {
        return of(formula, strata, missing, references, standardize, java.util.List.of());
    }

    /** With random intercepts per level of each column of {@code random} ({@code --random subject,site}). */
    public static AdjustedRequest of(String formula, String strata, String missing, java.util.List<String> references,
            boolean standardize, java.util.List<String> random) {
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
        return new AdjustedRequest(f, strata, MissingValues.of(missing), refs, standardize,
                random.stream().map(String::strip).toList());
    }
}
