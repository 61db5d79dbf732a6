package org.gutskin.profile;

import org.gutskin.io.InputException;
import java.util.Locale;

/**
 * How {@link TableUnion} decides that rows of different files are one taxon ({@code --join}).
 *
 * <ul>
 *   <li>{@link #TAXID} (the default): by NCBI taxid where both rows carry one (Kraken and Bracken reports), as
 *       taxpasta, KrakenTools' {@code combine_kreports.py} and kraken-biom join; otherwise by {@link #NAME}.</li>
 *   <li>{@link #NAME}: by rank and name, normalised by {@link TaxonNames} (spelling and synonyms), taxids ignored.</li>
 *   <li>{@link #LINEAGE}: by the whole lineage as spelled, every rank above included — a phylum renamed between two
 *       database versions then splits each of its species in two (gutskin before 0.2 joined this way).</li>
 * </ul>
 */
public enum JoinMode {
    TAXID, NAME, LINEAGE;

    public static final JoinMode DEFAULT = TAXID;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode for a {@code --join} value; an unknown value is an {@link InputException}. */
    public static JoinMode ofLabel(String s) {
        for (JoinMode m : values()) if (m.label().equals(s.strip().toLowerCase(Locale.ROOT))) return m;
        throw new InputException("unknown --join '" + s + "'; expected taxid, name or lineage");
    }
}
