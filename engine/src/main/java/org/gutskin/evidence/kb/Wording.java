package org.gutskin.evidence.kb;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The phrase table: the wording each kind of evidence may use, weakest claim first. A statement's lead phrase comes
 * from its wording; the {@link #reserved()} phrases of a wording may appear only in statements of that wording or a
 * stronger one, and curated YAML text may not contain any reserved phrase at all (the lead supplies it). Some words
 * are never allowed anywhere ({@link #FORBIDDEN}): a microbiome product or reading "cures", "treats", "diagnoses" or
 * "detoxes" nothing.
 *
 * <p>Which wording a statement gets: mechanism and association facts get their own; a guideline position gets
 * {@link #GUIDELINE}; a trial's phrase follows from the certainty of its population × purpose lane by the documented
 * rule in {@code org.gutskin.evidence.ladder.CertaintyRule} (GRADE-like: design, risk of bias, inconsistency,
 * imprecision, indirectness, effect against the minimal clinically important difference) — only a high or moderate
 * lane may use {@link #TRIAL_ADJUNCT} or {@link #TRIAL_PREVENTION}.
 */
public enum Wording {
    MECHANISM("Mechanism research suggests (not shown to change skin outcomes):", List.of()),
    ASSOCIATION("Is associated with the condition in patient-versus-control studies (not diagnostic):",
            List.of("is associated with")),
    TRIAL_NO_BENEFIT("Tested in clinical trials without a consistent benefit:", List.of("tested in clinical trials")),
    TRIAL_LIMITED("Some trial evidence, limited (small, single, sponsor-run or uncontrolled trials):",
            List.of("some trial evidence")),
    TRIAL_PREVENTION("May lower the risk in some prevention trials (specific strains, specific groups):",
            List.of("may lower the risk")),
    TRIAL_ADJUNCT("May help as an adjunct in some trials (alongside standard care, not instead of it):",
            List.of("may help as an adjunct")),
    GUIDELINE("Guideline or consensus position:", List.of("guideline or consensus position", "guidelines recommend"));

    /** Never allowed in any statement, lead or reason (whole words, any case). */
    public static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(cure|cures|cured|curing|treats|diagnoses|diagnose|detox\\w*|heals|clinically proven|proven to)\\b",
            Pattern.CASE_INSENSITIVE);

    private final String lead;
    private final List<String> reserved;

    Wording(String lead, List<String> reserved) {
        this.lead = lead;
        this.reserved = reserved;
    }

    /** The phrase a statement of this wording starts with. */
    public String lead() {
        return lead;
    }

    /** Phrases no weaker wording may use (lower case). */
    public List<String> reserved() {
        return reserved;
    }

    /** The first phrase reserved by any wording stronger than this one that {@code text} contains, or null. */
    public String strongerPhraseIn(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (Wording w : values())
            if (w.ordinal() > ordinal()) for (String p : w.reserved) if (t.contains(p)) return p;
        return null;
    }

    /** The first reserved phrase of any wording that {@code text} contains, or null. */
    public static String anyReservedIn(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (Wording w : values()) for (String p : w.reserved) if (t.contains(p)) return p;
        return null;
    }

    /** The first forbidden word in {@code text}, or null. */
    public static String forbiddenIn(String text) {
        var m = FORBIDDEN.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** The wording for a fact (not a trial) of the given level. */
    public static Wording forLevel(EvidenceLevel level) {
        return switch (level) {
            case MECHANISM -> MECHANISM;
            case ASSOCIATION -> ASSOCIATION;
            case TRIAL -> TRIAL_LIMITED;
            case GUIDELINE -> GUIDELINE;
        };
    }
}
