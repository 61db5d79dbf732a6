package org.gutskin.profile;

import java.util.Arrays;
import java.util.Objects;

/**
 * A taxon's position in the taxonomy: its name at each rank from kingdom down to its own rank.
 *
 * <p>Names are kept as the profiler spells them, without the rank prefix ({@code Bacteroides_vulgatus} for
 * {@code s__Bacteroides_vulgatus}). An ancestor that the input did not give (a table keyed by species name only)
 * is {@code null}. The special {@link #UNCLASSIFIED} lineage stands for MetaPhlAn's {@code UNKNOWN} /
 * {@code UNCLASSIFIED} row and Kraken's unclassified reads; it has no rank and is never part of a rank collapse.
 *
 * <p>A lineage may carry the taxon's NCBI taxid when the format gives one (Kraken and Bracken reports). The taxid
 * is the taxon's identity for joining files ({@link TableUnion}, {@link JoinMode#TAXID}) but takes no part in
 * equality: two lineages spelled alike are one row of a table, whatever their taxids.
 */
public final class Lineage {

    /** Reads or abundance the profiler could not assign to any taxon. */
    public static final Lineage UNCLASSIFIED = new Lineage(new String[0]);

    private final String[] names;
    private final int hash;
    private final long taxid; // 0: none given (NCBI taxids are positive)

    private Lineage(String[] names) {
        this(names, 0);
    }

    private Lineage(String[] names, long taxid) {
        this.names = names;
        this.hash = Arrays.hashCode(names);
        this.taxid = taxid;
    }

    /** The same lineage carrying the taxon's NCBI taxid (a positive number) as the format gave it. */
    public Lineage withTaxid(long id) {
        if (id <= 0) throw new IllegalArgumentException("a taxid is a positive number, got " + id);
        if (isUnclassified()) return this;
        return new Lineage(names, id);
    }

    /** The taxon's NCBI taxid, when the format gave one. */
    public java.util.OptionalLong taxid() {
        return taxid > 0 ? java.util.OptionalLong.of(taxid) : java.util.OptionalLong.empty();
    }

    /** The same names with different ones at some ranks ({@code renamed[i]} non-null replaces the name at rank i). */
    Lineage renamed(String[] renamed) {
        String[] n = names.clone();
        for (int i = 0; i < n.length && i < renamed.length; i++) if (renamed[i] != null && n[i] != null) n[i] = renamed[i];
        return new Lineage(n, taxid);
    }

    /**
     * A lineage from its names, kingdom first; {@code names[i]} is the name at {@code Rank.values()[i]}, and
     * may be {@code null} for an ancestor the input did not give. The last name must be present.
     */
    public static Lineage of(String... names) {
        if (names.length == 0 || names.length > Rank.values().length)
            throw new IllegalArgumentException("a lineage has 1 to " + Rank.values().length + " names");
        if (names[names.length - 1] == null || names[names.length - 1].isEmpty())
            throw new IllegalArgumentException("a lineage's own name must be present");
        return new Lineage(names.clone());
    }

    /** A taxon known only by its name and rank (no ancestors). */
    public static Lineage ofName(Rank rank, String name) {
        String[] n = new String[rank.ordinal() + 1];
        n[rank.ordinal()] = Objects.requireNonNull(name);
        return new Lineage(n);
    }

    public boolean isUnclassified() {
        return names.length == 0;
    }

    /** This taxon's own rank; throws for {@link #UNCLASSIFIED}. */
    public Rank rank() {
        if (isUnclassified()) throw new IllegalStateException("the unclassified lineage has no rank");
        return Rank.values()[names.length - 1];
    }

    /** This taxon's own name, without prefix. */
    public String name() {
        return isUnclassified() ? "unclassified" : names[names.length - 1];
    }

    /** The name at a rank, or {@code null} when the rank is below this taxon or was not given. */
    public String nameAt(Rank r) {
        return r.ordinal() < names.length ? names[r.ordinal()] : null;
    }

    /** True when this lineage reaches at least the given rank. */
    public boolean reaches(Rank r) {
        return !isUnclassified() && names.length > r.ordinal();
    }

    /** The ancestor at a rank this lineage reaches (itself when the rank is its own). */
    public Lineage truncate(Rank r) {
        if (!reaches(r)) throw new IllegalArgumentException(this + " does not reach rank " + r.label());
        if (names.length == r.ordinal() + 1) return this;
        return new Lineage(Arrays.copyOf(names, r.ordinal() + 1));
    }

    /** True when {@code other} is this taxon or lies below it (every name this lineage gives matches). */
    public boolean contains(Lineage other) {
        if (isUnclassified() || other.names.length < names.length) return false;
        for (int i = 0; i < names.length; i++)
            if (names[i] != null && !names[i].equals(other.names[i])) return false;
        return true;
    }

    /** MetaPhlAn spelling, e.g. {@code k__Bacteria|p__Firmicutes}; ancestors not given are left out. */
    public String toMetaphlan() {
        if (isUnclassified()) return "UNCLASSIFIED";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) continue;
            if (sb.length() > 0) sb.append('|');
            sb.append(Rank.values()[i].prefix()).append("__").append(names[i]);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lineage l && l.hash == hash && Arrays.equals(l.names, names);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return toMetaphlan();
    }
}
