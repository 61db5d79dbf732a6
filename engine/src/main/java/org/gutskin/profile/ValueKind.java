package org.gutskin.profile;

/** What the numbers in an {@link AbundanceTable} are. */
public enum ValueKind {
    /** Read (or sequence) counts: integers, as Chao1 and rarefaction need. */
    COUNTS,
    /** Relative abundance in percent (MetaPhlAn's convention: a sample sums to about 100). */
    PERCENT
}
