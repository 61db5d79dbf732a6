package org.gutskin.profile.format;

import java.io.IOException;
import java.io.InputStream;
import org.gutskin.io.ByteSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.gutskin.io.InputException;

/**
 * A QIIME 2 taxonomy exported as TSV ({@code qiime tools export} of {@code FeatureData[Taxonomy]}):
 * header {@code Feature ID<TAB>Taxon[<TAB>Confidence]}, then one feature per line with its lineage in
 * GTDB/SILVA spelling ({@code d__Bacteria; p__Firmicutes; …}). Also accepts the older
 * {@code #OTUID<TAB>taxonomy} header. Returns feature id → lineage text.
 */
final class TaxonomyTsv {

    /** Feature id → lineage text, and the artifact's UUID when the taxonomy came as a QIIME 2 artifact. */
    record Loaded(Map<String, String> byFeature, String artifactUuid) {}

    private TaxonomyTsv() {}

    /** A taxonomy TSV or a QIIME 2 {@code FeatureData[Taxonomy]} artifact ({@code .qza}); null for null. */
    static Loaded load(Path file) throws IOException {
        if (file == null) return null;
        if (!Files.isRegularFile(file)) throw new InputException(file, 0, "no such taxonomy file");
        ByteSource src = ByteSource.of(file);
        try (InputStream in = src.openDecoded()) {
            if (QzaReader.isZip(in)) return QzaReader.taxonomy(file, in);
            return new Loaded(read(file, in), null);
        }
    }

    static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) throw new InputException(file, 0, "no such taxonomy file");
        try (InputStream in = ByteSource.of(file).openDecoded()) {
            return read(file, in);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the taxonomy file: " + e.getMessage());
        }
    }

    static Map<String, String> read(Path file, InputStream stream) {
        Map<String, String> m = new HashMap<>();
        try (TextLines in = new TextLines(file, stream)) {
            int taxonCol = -1;
            while (in.next()) {
                if (in.isBlank()) continue;
                int n = in.split((byte) '\t');
                if (taxonCol < 0) {
                    for (int i = 1; i < n; i++) {
                        String h = in.field(i).toLowerCase(Locale.ROOT);
                        if (h.equals("taxon") || h.equals("taxonomy")) taxonCol = i;
                    }
                    if (taxonCol < 0 && in.startsWith('#')) continue; // a comment above the header
                    if (taxonCol < 0)
                        throw new InputException(file, in.number(), "a taxonomy TSV starts with the header"
                                + " 'Feature ID<TAB>Taxon'");
                    continue;
                }
                if (in.startsWith('#')) continue; // e.g. QIIME 2's '#q2:types' line
                if (n <= taxonCol)
                    throw new InputException(file, in.number(), "expected at least " + (taxonCol + 1) + " tab-separated columns");
                String id = in.field(0);
                if (m.putIfAbsent(id, in.field(taxonCol)) != null)
                    throw new InputException(file, in.number(), "feature '" + Abbrev.of(id) + "' is listed twice");
            }
            if (taxonCol < 0) throw new InputException(file, 0, "the taxonomy file is empty");
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the taxonomy file: " + e.getMessage());
        }
        return m;
    }
}
