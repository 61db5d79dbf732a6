package org.gutskin.report.replication;

import java.util.Locale;
import org.gutskin.evidence.kb.Wording;

/**
 * The report's headline, bounded by the evidence tier: the literature findings are association-level
 * ({@link Wording#ASSOCIATION}), so the headline counts replications and never speaks of causes or of changing the
 * skin; it states the condition's certainty tier, and counts only verified facts. It contains no forbidden word
 * ({@link Wording#FORBIDDEN}).
 */
public final class ReplicationHeadline {

    /** The line every replication page and TSV header carries. */
    public static final String NOT_MEDICAL_ADVICE = "Not medical advice. This report compares one research cohort with "
            + "published associations; it says nothing about any one person's skin. Discuss skin concerns with a "
            + "doctor or dermatologist.";

    private ReplicationHeadline() {}

    public static String headline(ReplicationResult r) {
        long m = r.verifiedRows().size();
        if (r.verifiedRows().stream().allMatch(x -> x.estimate() == null)) {
            long matched = r.verifiedRows().stream().filter(x -> x.match().matched()).count();
            return String.format(Locale.ROOT, "In this cohort's table, %d of %d literature association%s for %s matched a "
                    + "taxon; no adjusted estimates were available, so none was tested for replication.", matched, m,
                    m == 1 ? "" : "s", r.condition().name().toLowerCase(Locale.ROOT));
        }
        long untestable = r.count(ReplicationClass.UNMATCHED) + r.count(ReplicationClass.NO_ESTIMATE)
                + r.count(ReplicationClass.NO_DIRECTION);
        ReplicationOptions o = r.options();
        return String.format(Locale.ROOT, "In this cohort, %d of %d literature association%s for %s replicated "
                + "(q < %s, same direction); %d went the opposite way; %d %s not detected although the cohort had at "
                + "least %.0f%% power for a %s-SD effect; %d %s not detectable at this sample size; %d could not be "
                + "tested here (no matching taxon, no estimate, or no direction).",
                r.count(ReplicationClass.REPLICATED), m, m == 1 ? "" : "s", r.condition().name().toLowerCase(Locale.ROOT),
                num(o.qThreshold()), r.count(ReplicationClass.OPPOSITE), r.count(ReplicationClass.NOT_DETECTED),
                were(r.count(ReplicationClass.NOT_DETECTED)), o.requiredPower() * 100, num(o.standardizedEffect()),
                r.count(ReplicationClass.NOT_DETECTABLE), were(r.count(ReplicationClass.NOT_DETECTABLE)), untestable);
    }

    /** What the literature findings are and what a replication means, by the condition's certainty tier. */
    public static String tierLine(ReplicationResult r) {
        return "Evidence tier of these literature findings: association (\"" + Wording.ASSOCIATION.lead().replace(":", "")
                + "\"). The certainty of "
                + "the gut-skin evidence for " + r.condition().name().toLowerCase(Locale.ROOT) + " is rated "
                + r.condition().certaintyTier().word() + ". A replicated association is a statistical association in "
                + "this cohort too; it does not show that a taxon causes the condition or that changing it would "
                + "change the skin.";
    }

    private static String were(long n) {
        return n == 1 ? "was" : "were";
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
