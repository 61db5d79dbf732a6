package org.gutskin.profile.format;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The sample id of a single-sample file that does not name its sample: the file name without its extension and
 * without the profiler's usual suffix. {@code SRR1761667_metaphlan.txt} → {@code SRR1761667};
 * {@code MOCK_001.metaphlan3_profile.txt} → {@code MOCK_001}; {@code ERR5766174-db1.kraken2.report.txt} →
 * {@code ERR5766174-db1}; {@code sample_S.bracken.tsv} → {@code sample_S}. A compression suffix ({@code .gz})
 * is dropped first. The contract (cli.md) names {@code _metaphlan} and {@code _profile}; the Kraken/Bracken
 * suffixes follow the same idea.
 */
final class SampleIdFromFileName {

    private static final String[] SUFFIXES = {"_metaphlan_profile", "_metaphlan", "_profile", ".metaphlan4_profile",
        ".metaphlan3_profile", ".metaphlan_profile", ".metaphlan4", ".metaphlan3", ".metaphlan", ".profile",
        ".kraken2.report", ".kraken.report", ".kreport2mpa", ".kraken2.mpa", ".kraken2", ".kreport2", ".kreport", ".report", "_report", ".bracken",
        "_bracken", ".mpa"};

    private SampleIdFromFileName() {}

    static String of(Path file) {
        return ofName(file.getFileName().toString());
    }

    /** The same for a file name given as text (e.g. the report names in a KrakenTools {@code #Classification} header). */
    static String ofName(String fileName) {
        String name = fileName;
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.length() - dot <= 6) name = name.substring(0, dot);
        boolean changed = true;
        while (changed) {
            changed = false;
            String lower = name.toLowerCase(Locale.ROOT);
            for (String s : SUFFIXES) {
                if (lower.endsWith(s) && lower.length() > s.length()) {
                    name = name.substring(0, name.length() - s.length());
                    changed = true;
                    break;
                }
            }
        }
        return name;
    }
}
