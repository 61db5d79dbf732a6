package org.gutskin.profile.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gutskin.io.InputLimits;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.profile.ProfileInput;

/**
 * A QIIME 2 artifact ({@code .qza}; Bolyen et al. 2019, doi:10.1038/s41587-019-0209-9): a zip archive of one
 * folder named by the artifact's UUID, holding {@code metadata.yaml} ({@code uuid}, {@code type},
 * {@code format}), {@code data/} and {@code provenance/}. Read without QIIME 2:
 * <ul>
 *   <li>{@code FeatureTable[Frequency | RelativeFrequency]}: {@code data/feature-table.biom} (BIOM 2.1 HDF5, or
 *       BIOM 1.0 JSON in the artifacts of QIIME 2's first releases);</li>
 *   <li>{@code FeatureData[Taxonomy]}: {@code data/taxonomy.tsv}, only as the taxonomy of a table
 *       ({@code --taxonomy taxonomy.qza}); given alone it is refused with that hint.</li>
 * </ul>
 * The artifact's UUID is recorded in the profile's {@link ProfileInput} (and the taxonomy artifact's UUID beside
 * it), so provenance can name the exact artifacts.
 */
final class QzaReader {

    static final String DESCRIPTION = "QIIME 2 artifact (.qza): FeatureTable[Frequency] (data/feature-table.biom),"
            + " taxonomy from a second FeatureData[Taxonomy] .qza via --taxonomy; the artifact UUID is recorded";
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Pattern UUID = Pattern.compile("(?m)^uuid:\\s*'?([0-9a-fA-F-]{36})'?\\s*$");
    private static final Pattern TYPE = Pattern.compile("(?m)^type:\\s*(.+?)\\s*$");
    /** The largest member read into memory: BIOM tables of a million features are far smaller. */
    private static final long MAX_MEMBER = 1L << 31;

    private QzaReader() {}

    static boolean sniff(Head h) {
        return h.startsWith(ZIP);
    }

    static boolean isZip(InputStream in) throws IOException {
        in.mark(4);
        byte[] m = in.readNBytes(4);
        in.reset();
        return m.length == 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4;
    }

    private record Artifact(String uuid, String type, byte[] table, byte[] taxonomy) {}

    static Profile read(Path file, InputStream in, ReadOptions options) throws IOException {
        Artifact a = unzip(file, in, options.limits());
        if (a.table() == null) {
            if (a.taxonomy() != null)
                throw new InputException(file, 0, "a QIIME 2 taxonomy artifact (" + a.type() + "), not a feature table:"
                        + " give the table and add this file with --taxonomy");
            throw new InputException(file, 0, "a QIIME 2 artifact of type " + a.type() + ", not a feature table"
                    + " (expected FeatureTable[Frequency] with data/feature-table.biom)");
        }
        TaxonomyTsv.Loaded tax = TaxonomyTsv.load(options.taxonomy());
        Map<String, String> byFeature = tax == null ? null : tax.byFeature();
        // QIIME 2 stores BIOM 2.1 HDF5; its first releases (2016) stored BIOM 1.0 JSON
        Profile p = a.table().length > 0 && a.table()[0] == '{'
                ? BiomJsonReader.read(file, new java.io.ByteArrayInputStream(a.table()), Format.QIIME2_ARTIFACT, byFeature)
                : BiomHdf5Reader.read(file, a.table(), Format.QIIME2_ARTIFACT, byFeature, options.limits());
        return p.withInput(new ProfileInput(null, null, a.uuid(), tax == null ? null : tax.artifactUuid()));
    }

    /** The taxonomy in a {@code FeatureData[Taxonomy]} artifact. */
    static TaxonomyTsv.Loaded taxonomy(Path file, InputStream in) throws IOException {
        Artifact a = unzip(file, in, InputLimits.CLI);
        if (a.taxonomy() == null)
            throw new InputException(file, 0, "--taxonomy: a QIIME 2 artifact of type " + a.type()
                    + ", expected FeatureData[Taxonomy] with data/taxonomy.tsv");
        Map<String, String> m = TaxonomyTsv.read(file, new java.io.ByteArrayInputStream(a.taxonomy()));
        return new TaxonomyTsv.Loaded(m, a.uuid());
    }

    /**
     * The members gutskin needs. Every member, needed or not, is inflated through one {@link InputLimits#cap}: the
     * archive's decoded bytes together may not exceed the limit (a zip bomb hidden in {@code provenance/} is
     * stopped too, instead of being inflated by {@code getNextEntry}'s skip).
     */
    private static Artifact unzip(Path file, InputStream in, InputLimits limits) throws IOException {
        String metadata = null;
        byte[] table = null, taxonomy = null;
        try (ZipInputStream z = new ZipInputStream(in)) {
            InputStream capped = limits.cap(file.toString(), z);
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                String name = e.getName();
                int slash = name.indexOf('/');
                String inner = slash < 0 ? name : name.substring(slash + 1);
                if (inner.equals("metadata.yaml")) metadata = new String(member(file, capped, name), StandardCharsets.UTF_8);
                else if (inner.equals("data/feature-table.biom")) table = member(file, capped, name);
                else if (inner.equals("data/taxonomy.tsv")) taxonomy = member(file, capped, name);
                else capped.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } catch (java.util.zip.ZipException ex) {
            throw new InputException(file, 0, "not a readable QIIME 2 artifact (zip): " + ex.getMessage());
        } catch (IllegalArgumentException ex) {
            // ZipInputStream throws this (not a ZipException) for an entry name that is not valid UTF-8
            throw new InputException(file, 0, "not a readable QIIME 2 artifact (zip): an entry name is not UTF-8");
        }
        if (metadata == null)
            throw new InputException(file, 0, "a zip file without a QIIME 2 metadata.yaml: not a .qza artifact");
        Matcher u = UUID.matcher(metadata), t = TYPE.matcher(metadata);
        if (!u.find()) throw new InputException(file, 0, "metadata.yaml: no artifact uuid");
        return new Artifact(u.group(1).toLowerCase(java.util.Locale.ROOT), t.find() ? t.group(1) : "unknown", table, taxonomy);
    }

    private static byte[] member(Path file, InputStream z, String name) throws IOException {
        byte[] b = z.readNBytes((int) Math.min(MAX_MEMBER - 1, Integer.MAX_VALUE - 8));
        if (z.read() >= 0) throw new InputException(file, 0, "archive member " + Abbrev.of(name, 80) + " is too large");
        return b;
    }
}
