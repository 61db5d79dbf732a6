package org.gutskin.profile;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the lineage spellings profilers write: MetaPhlAn's {@code k__Bacteria|p__Firmicutes|…|t__SGB123},
 * GTDB/SILVA's {@code d__Bacteria; p__Firmicutes; …} (QIIME 2 taxonomy), and the unclassified markers
 * ({@code UNKNOWN}, {@code UNCLASSIFIED}, {@code unclassified}, {@code Unassigned}).
 *
 * <p>Trailing empty levels ({@code g__; s__}) end the lineage at the last named rank. A bare name without any
 * prefix is taken as a taxon of the given default rank.
 */
public final class LineageParser {

    private LineageParser() {}

    /** Parses a lineage; an empty result means the text names no taxon at all (e.g. {@code d__; p__}). */
    public static Optional<Lineage> parse(String text, Rank bareNameRank) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("unknown") || lower.equals("unclassified") || lower.equals("unassigned")
                || lower.equals("unclassified_reads")) return Optional.of(Lineage.UNCLASSIFIED);
        String[] parts = t.split(t.indexOf('|') >= 0 ? "\\|" : ";");
        String[] names = new String[Rank.values().length];
        int deepest = -1;
        boolean prefixed = false;
        for (String raw : parts) {
            String p = raw.strip();
            if (p.isEmpty()) continue;
            int sep = p.indexOf("__");
            Optional<Rank> r = sep == 1 ? Rank.ofPrefix(p.charAt(0)) : Optional.empty();
            if (r.isEmpty()) {
                if (parts.length == 1) return Optional.of(Lineage.ofName(bareNameRank, p));
                throw new IllegalArgumentException("lineage level '" + p + "' has no rank prefix such as s__");
            }
            prefixed = true;
            String name = p.substring(3).strip();
            if (name.isEmpty()) continue;
            int i = r.get().ordinal();
            if (i <= deepest) throw new IllegalArgumentException("lineage levels out of order at '" + p + "'");
            names[i] = name;
            deepest = i;
        }
        if (!prefixed || deepest < 0) return Optional.empty();
        String[] exact = new String[deepest + 1];
        System.arraycopy(names, 0, exact, 0, deepest + 1);
        return Optional.of(Lineage.of(exact));
    }
}
