package org.gutskin.evidence.label;

/**
 * The fixed set of label verdicts (the {@code verdict} field of {@code gutskin label --json}). Checked in this
 * order: {@link #SAFETY_CONCERN}, {@link #UNPARSEABLE}, {@link #CLAIM_EXCEEDS_EVIDENCE}, {@link #NO_CONDITION_CLAIMED},
 * then by the strain-level evidence for the claimed condition.
 */
public enum Verdict {
    /** A probiotic-safety rule of level {@code concern} fired for this product and the person's context (e.g. a
     * Saccharomyces product and a central line; any probiotic for a preterm baby). Outranks every evidence verdict;
     * never supportive. */
    SAFETY_CONCERN("safety-concern", "Safety concern: ask a clinician before taking this product"),
    /** At least one strain-level trial of the exact product composition for the condition (and population, when the
     * label names one) favoured it, none was negative, and the label dose is not below the studied dose. The only
     * verdict with {@code supportive: true}. */
    STRAIN_EVIDENCE_SUPPORTS_ADJUNCT_TRIAL("strain-evidence-supports-adjunct-trial",
            "Trials of these strains support trying it alongside usual care"),
    /** The strain was studied for the condition with both favourable and null results (e.g. LGG: eczema prevention
     * vs treatment). */
    STRAIN_EVIDENCE_MIXED("strain-evidence-mixed", "Trials of these strains gave mixed results"),
    /** The strain was studied for the condition and showed no benefit. */
    STRAIN_STUDIED_NO_BENEFIT("strain-studied-no-benefit", "These strains were studied and showed no benefit"),
    /** The strain was studied for the condition, but only in another population than the label names. */
    STRAIN_STUDIED_OTHER_POPULATION("strain-studied-other-population",
            "These strains were studied, but in other groups of people than the label names"),
    /** Favourable strain-level evidence exists, but the label dose is below the lowest dose that was studied. */
    DOSE_BELOW_STUDIED("dose-below-studied", "The dose is lower than the dose that helped in trials"),
    /** Only the species (other strains, unnamed strains, or one strain of a tested mixture) was studied. */
    SPECIES_ONLY_EVIDENCE("species-only-evidence", "Only other strains of these species were studied"),
    /** No verified trial of these organisms for the condition. */
    NO_EVIDENCE_FOR_CONDITION("no-evidence-for-condition", "No trial of these organisms for this condition"),
    /** The label's wording (cures, banishes, permanent …) claims more than any trial showed. */
    CLAIM_EXCEEDS_EVIDENCE("claim-exceeds-evidence", "The label claims more than the trials showed"),
    /** No condition on the label or the command line: the reasons list what each strain was studied for. */
    NO_CONDITION_CLAIMED("no-condition-claimed", "No condition named: what these strains were studied for"),
    /** No organism name could be read. */
    UNPARSEABLE("unparseable", "No organism could be read from the label");

    private final String id;
    private final String headline;

    Verdict(String id, String headline) {
        this.id = id;
        this.headline = headline;
    }

    /** The verdict in plain words, as a headline above the reasons (the web UI's label checker). */
    public String headline() {
        return headline;
    }

    /** The stable id printed in JSON. */
    public String id() {
        return id;
    }
}
