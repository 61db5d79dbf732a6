package org.gutskin.index;

import org.gutskin.testkit.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.LineageParser;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;

/**
 * Minimal parsers for the test data, so the index tests do not depend on the format readers: a single-sample
 * MetaPhlAn profile (nested, percent) and a species × sample CSV in the GMHI layout.
 */
final class TestTables {

    private TestTables() {}

    static Path shared(String rel) {
        return Shared.path(rel);
    }

    /** A MetaPhlAn profile: '#' lines skipped, column 1 the clade, column 3 the percent abundance. */
    static AbundanceTable metaphlan(Path file, String sampleId) throws IOException {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.PERCENT, true);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int[] taxon = new int[lines.size()];
        double[] value = new double[lines.size()];
        int n = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            taxon[n] = b.taxon(LineageParser.parse(f[0], Rank.SPECIES).orElseThrow());
            value[n++] = Double.parseDouble(f[2]);
        }
        b.sample(sampleId, null);
        for (int i = 0; i < n; i++) b.add(taxon[i], value[i]);
        return b.build();
    }

    /** A merged MetaPhlAn table (tab-separated, first column the clade, one column per sample), nested. */
    static AbundanceTable merged(Path file) throws IOException {
        return taxaAsRows(file, "\t", true);
    }

    /** A CSV with taxa as rows and samples as columns (first column the taxon name). */
    static AbundanceTable speciesCsv(Path file) throws IOException {
        return taxaAsRows(file, ",", false);
    }

    /** Read independently of the production readers, so the index tests do not lean on them. */
    private static AbundanceTable taxaAsRows(Path file, String delimiter, boolean nested) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] head = lines.get(0).replace("\uFEFF", "").split(delimiter, -1);
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.PERCENT, nested);
        double[][] v = new double[head.length - 1][lines.size() - 1];
        int[] taxa = new int[lines.size() - 1];
        for (int r = 1; r < lines.size(); r++) {
            String[] f = lines.get(r).split(delimiter, -1);
            taxa[r - 1] = b.taxon(LineageParser.parse(f[0], Rank.SPECIES).orElseThrow());
            for (int c = 1; c < f.length; c++) v[c - 1][r - 1] = Double.parseDouble(f[c]);
        }
        for (int c = 1; c < head.length; c++) {
            b.sample(head[c], null);
            for (int r = 0; r < taxa.length; r++) b.add(taxa[r], v[c - 1][r]);
        }
        return b.build();
    }
}
