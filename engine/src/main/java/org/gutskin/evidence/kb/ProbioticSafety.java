package org.gutskin.evidence.kb;

import java.util.List;

/**
 * The label checker's safety data ({@code probiotic-safety.yaml}): product traits read from a label's organisms
 * and dose, and cited rules that combine traits with a person's safety context (the red-flag keys of the
 * {@code safety-context} group). Immutable; the label checker applies it
 * ({@code org.gutskin.evidence.label.SafetyRules}).
 *
 * <p>A trait holds when every criterion it sets is met: some organism of a listed genus or species (current or
 * former name), at least {@code minOrganisms} organisms, a dose of at least {@code minDoseCfu} per serving. A rule
 * fires when the product has any of its traits (no traits: any product) and the person has any of its contexts (no
 * contexts: anyone). A {@code concern} needs a context; a product-only rule is a {@code note}.
 */
public record ProbioticSafety(List<Trait> traits, List<Rule> rules) {

    public ProbioticSafety {
        traits = List.copyOf(traits);
        rules = List.copyOf(rules);
    }

    /**
     * A product trait such as {@code yeast}, {@code spore-former} or {@code multi-strain-high-dose}.
     *
     * @param minOrganisms null when the trait sets no count
     * @param minDoseCfu   CFU per serving (or per day); null when the trait sets no dose
     */
    public record Trait(String id, String description, List<String> genera, List<String> species,
            Integer minOrganisms, Double minDoseCfu) {

        public Trait {
            genera = List.copyOf(genera);
            species = List.copyOf(species);
        }

        /** True when the trait names organisms (genera or species) rather than only counts and doses. */
        public boolean namesOrganisms() {
            return !genera.isEmpty() || !species.isEmpty();
        }
    }

    /**
     * A safety rule: the traits it applies to (empty: any probiotic), the red-flag keys it applies to (empty:
     * anyone), its level, the plain-words text shown to the reader and its citations (verified, each with a DOI or
     * PMID).
     */
    public record Rule(String id, List<String> traits, List<String> contexts, Level level, String text,
            List<Citation> citations) {

        public Rule {
            traits = List.copyOf(traits);
            contexts = List.copyOf(contexts);
            citations = List.copyOf(citations);
        }
    }

    /** {@code concern} makes the label verdict {@code safety-concern}; a {@code note} never changes the verdict. */
    public enum Level implements Vocabulary {
        CONCERN("concern"),
        NOTE("note");

        private final String word;

        Level(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }
}
