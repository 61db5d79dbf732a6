package org.gutskin.profile;

import java.util.Locale;
import java.util.Optional;

/**
 * The taxonomic ranks gutskin knows, shallowest first. {@code KINGDOM} also stands for GTDB/SILVA's domain
 * ({@code d__}); {@code STRAIN} holds MetaPhlAn's {@code t__} level (a strain, or an SGB in MetaPhlAn 4).
 */
public enum Rank {
    KINGDOM('k'),
    PHYLUM('p'),
    CLASS('c'),
    ORDER('o'),
    FAMILY('f'),
    GENUS('g'),
    SPECIES('s'),
    STRAIN('t');

    private final char prefix;

    Rank(char prefix) {
        this.prefix = prefix;
    }

    /** The MetaPhlAn prefix letter, e.g. {@code 's'} for {@code s__Name}. */
    public char prefix() {
        return prefix;
    }

    /** The lower-case name used on the command line and in outputs, e.g. {@code species}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rank for a lineage prefix letter ({@code d} is read as kingdom/domain), if any. */
    public static Optional<Rank> ofPrefix(char c) {
        char l = Character.toLowerCase(c);
        if (l == 'd') return Optional.of(KINGDOM);
        for (Rank r : values()) if (r.prefix == l) return Optional.of(r);
        return Optional.empty();
    }

    /** Parses a rank name as given on the command line ({@code species}, {@code genus}, …; {@code domain} = kingdom). */
    public static Optional<Rank> ofLabel(String s) {
        String l = s.trim().toLowerCase(Locale.ROOT);
        if (l.equals("domain") || l.equals("superkingdom")) return Optional.of(KINGDOM);
        if (l.equals("sgb") || l.equals("subspecies")) return Optional.of(STRAIN);
        for (Rank r : values()) if (r.label().equals(l)) return Optional.of(r);
        return Optional.empty();
    }
}
