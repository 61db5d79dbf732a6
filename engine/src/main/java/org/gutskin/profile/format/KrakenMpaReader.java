package org.gutskin.profile.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.profile.Format;
import org.gutskin.profile.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;

/**
 * A Kraken/Bracken report in MetaPhlAn-like spelling, as KrakenTools' {@code kreport2mpa.py} writes it:
 * {@code d_Bacteria|p_Proteobacteria|…|s_Escherichia coli<TAB>clade reads}. Single-underscore prefixes
 * {@code d k p c o f g s}; {@code d_} (domain) is the kingdom rank, and a {@code k_} level below a domain
 * (Kraken's kingdom, e.g. Fungi) is an intermediate level whose own row is left out (its reads stay in the
 * ranked clades). Nested counts; the total is the sum of the domain rows (the format has no unclassified row).
 */
final class KrakenMpaReader {

    private KrakenMpaReader() {}

    static Profile read(Path file, TextLines in) throws IOException {
        List<Lineage> taxa = new ArrayList<>();
        Map<Lineage, Integer> seen = new HashMap<>();
        double[] reads = new double[256];
        double total = 0;
        while (in.next()) {
            if (in.isBlank() || in.startsWith('#')) continue;
            int n = in.split((byte) '\t');
            if (n != 2) throw new InputException(file, in.number(), "expected 2 tab-separated columns (lineage, reads), found " + n);
            double v = Kraken2ReportReader.whole(file, in, 1, "reads");
            String text = in.field(0);
            String[] levels = text.split("\\|");
            String[] names = new String[Rank.values().length];
            boolean hasDomain = levels[0].startsWith("d_");
            int last = -1;
            boolean lastSkipped = false;
            for (String lev : levels) {
                if (lev.length() < 3 || lev.charAt(1) != '_')
                    throw new InputException(file, in.number(), "lineage level '" + Abbrev.of(lev) + "' is not x_Name");
                char c = lev.charAt(0);
                Rank r = switch (c) {
                    case 'd' -> Rank.KINGDOM;
                    case 'k' -> hasDomain ? null : Rank.KINGDOM;
                    case 'p' -> Rank.PHYLUM;
                    case 'c' -> Rank.CLASS;
                    case 'o' -> Rank.ORDER;
                    case 'f' -> Rank.FAMILY;
                    case 'g' -> Rank.GENUS;
                    case 's' -> Rank.SPECIES;
                    default -> throw new InputException(file, in.number(), "lineage level '" + Abbrev.of(lev)
                            + "' has an unknown rank prefix");
                };
                lastSkipped = r == null;
                if (r == null) continue;
                if (r.ordinal() <= last)
                    throw new InputException(file, in.number(), "lineage levels out of order at '" + Abbrev.of(lev) + "'");
                names[r.ordinal()] = lev.substring(2);
                last = r.ordinal();
            }
            if (lastSkipped || last < 0) continue;
            Lineage l = Lineage.of(Arrays.copyOf(names, last + 1));
            if (seen.putIfAbsent(l, taxa.size()) != null)
                throw new InputException(file, in.number(), "taxon '" + Abbrev.of(text) + "' is listed twice");
            if (taxa.size() == reads.length) reads = Arrays.copyOf(reads, reads.length * 2);
            reads[taxa.size()] = v;
            taxa.add(l);
            if (levels.length == 1) total += v;
        }
        if (taxa.isEmpty()) throw new InputException(file, in.number(), "no report lines");
        return NestedCounts.profile(file, Format.KRAKEN_MPA, SampleIdFromFileName.of(file), taxa, reads, total, List.of());
    }
}
