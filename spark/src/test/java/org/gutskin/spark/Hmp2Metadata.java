package org.gutskin.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gutskin.testkit.Shared;

/** The HMP2 subset's metadata, stored one variable per line, written one sample per line as the cohort reads it. */
final class Hmp2Metadata {

    private Hmp2Metadata() {}

    /** Writes {@code meta.tsv} into {@code dir} and returns it. */
    static Path write(Path dir) throws IOException {
        String[][] f = Files.readAllLines(Shared.data("formats/metaphlan/HMP2_subset_metadata.tsv")).stream()
                .map(l -> l.split("\t", -1)).toArray(String[][]::new);
        StringBuilder md = new StringBuilder("sample_id");
        for (int r = 1; r < f.length; r++) md.append('\t').append(f[r][0]);
        md.append('\n');
        for (int c = 1; c < f[0].length; c++) {
            md.append(f[0][c]);
            for (int r = 1; r < f.length; r++) md.append('\t').append(f[r][c]);
            md.append('\n');
        }
        Path meta = dir.resolve("meta.tsv");
        Files.writeString(meta, md);
        return meta;
    }
}
