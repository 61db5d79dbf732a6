package org.gutskin.profile.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;

/**
 * The registry of profile formats, in sniffing order: the only list of format names. The CLI's
 * {@code --input-format} candidates, the OpenAPI document, the web UI and {@code docs/formats.md} are made from
 * {@link #all()}; a name is looked up with {@link #named}. Each format's sniffer and reader live in its reader
 * class; this file only orders them. The order matters where shapes overlap: binary magic first, then the
 * formats with a distinctive header or first line, then the lineage-keyed tables, and the plain table last
 * (it takes anything with a header).
 *
 * <p>Adding a format: a constant in {@link Format}, a reader class with {@code sniff}, {@code read} and a
 * {@code DESCRIPTION}, and one line here (see {@code docs/formats.md}, "Adding a format").
 */
public final class ProfileFormats {

    private static final List<ProfileFormat> ALL = List.of(
            plugin(Format.QIIME2_ARTIFACT, QzaReader.DESCRIPTION, QzaReader::sniff, QzaReader::read),
            plugin(Format.BIOM_HDF5, BiomHdf5Reader.DESCRIPTION, BiomHdf5Reader::sniff, BiomHdf5Reader::read),
            new Plugin(Format.BIOM_JSON, BiomJsonReader.DESCRIPTION, BiomJsonReader::sniff,
                    (f, in, o) -> BiomJsonReader.read(f, in), BiomJsonWriter::write),
            text(Format.KRAKEN2_REPORT, Kraken2ReportReader.DESCRIPTION, Kraken2ReportReader::sniff,
                    (f, in, o) -> Kraken2ReportReader.read(f, in)),
            // before bracken: its header starts as a single Bracken table's does
            text(Format.BRACKEN_COMBINED, CombinedBrackenReader.DESCRIPTION, CombinedBrackenReader::sniff,
                    (f, in, o) -> CombinedBrackenReader.read(f, in)),
            text(Format.BRACKEN, BrackenReader.DESCRIPTION, BrackenReader::sniff, (f, in, o) -> BrackenReader.read(f, in)),
            text(Format.TAXPASTA, TaxpastaReader.DESCRIPTION, TaxpastaReader::sniff, (f, in, o) -> TaxpastaReader.read(f, in)),
            text(Format.QIIME1_TSV, Qiime1TaxaReader.DESCRIPTION, Qiime1TaxaReader::sniff,
                    (f, in, o) -> Qiime1TaxaReader.read(f, in)),
            text(Format.QIIME2_TSV, Qiime2TableReader.DESCRIPTION, Qiime2TableReader::sniff,
                    (f, in, o) -> Qiime2TableReader.read(f, in, TaxonomyTsv.load(o.taxonomy()))),
            text(Format.KRAKEN_MPA, KrakenMpaReader.DESCRIPTION, KrakenMpaReader::sniff,
                    (f, in, o) -> KrakenMpaReader.read(f, in)),
            text(Format.METAPHLAN, MetaphlanReader.DESCRIPTION, MetaphlanReader::sniff,
                    (f, in, o) -> MetaphlanReader.read(f, in)),
            new Plugin(Format.METAPHLAN_MERGED, MergedTableReader.MERGED_DESCRIPTION, MergedTableReader::sniffMerged,
                    (f, in, o) -> text(f, in, o, false, t -> MergedTableReader.read(f, t,
                            o.samplesAsRows() ? Format.TABLE : Format.METAPHLAN_MERGED, o.samplesAsRows()))),
            new Plugin(Format.TABLE, MergedTableReader.TABLE_DESCRIPTION, h -> true,
                    (f, in, o) -> text(f, in, o, false, t -> MergedTableReader.read(f, t, Format.TABLE, o.samplesAsRows())),
                    (t, by, out) -> {
                        java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
                        TsvWriter.write(t, w);
                    }));

    static {
        for (Format f : Format.values())
            if (ALL.stream().filter(p -> p.format() == f).count() != 1)
                throw new ExceptionInInitializerError("format " + f + " must be registered exactly once");
    }

    private ProfileFormats() {}

    /** Every format, in sniffing order. */
    public static List<ProfileFormat> all() {
        return ALL;
    }

    /** Every format's name, in registry order ({@code --input-format} candidates). */
    public static List<String> names() {
        return ALL.stream().map(ProfileFormat::name).toList();
    }

    /** The plugin of a format key. */
    public static ProfileFormat of(Format f) {
        for (ProfileFormat p : ALL) if (p.format() == f) return p;
        throw new IllegalStateException("unregistered format " + f);
    }

    /** The format with this name (case and surrounding blanks ignored), or an {@link InputException} listing them. */
    public static ProfileFormat named(String name) {
        Optional<ProfileFormat> p = find(name);
        if (p.isPresent()) return p.get();
        throw new InputException("unknown input format '" + name + "'; expected one of " + String.join(", ", names()));
    }

    public static Optional<ProfileFormat> find(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.name().equals(n)).findFirst();
    }

    /** The first format whose sniffer accepts the head (the plain table accepts anything). */
    static ProfileFormat sniff(Head head) {
        for (ProfileFormat p : ALL) if (p.sniff(head)) return p;
        return of(Format.TABLE);
    }

    /** "name — description" lines, for {@code --help} and the docs. */
    public static String describe() {
        return ALL.stream().map(p -> p.name() + ": " + p.description()).collect(Collectors.joining("\n"));
    }

    // ---- plumbing: the registry's entries are made from the readers' static sniff/read methods

    @FunctionalInterface
    interface Reader {
        Profile read(Path file, InputStream in, ReadOptions options) throws IOException;
    }

    @FunctionalInterface
    interface TextReader {
        Profile read(Path file, TextLines in, ReadOptions options) throws IOException;
    }

    @FunctionalInterface
    interface LinesReader {
        Profile read(TextLines in) throws IOException;
    }

    @FunctionalInterface
    interface Writer {
        void write(AbundanceTable t, String generatedBy, OutputStream out) throws IOException;
    }

    private record Plugin(Format format, String description, Predicate<Head> sniffer, Reader reader, Writer writer)
            implements ProfileFormat {

        Plugin(Format format, String description, Predicate<Head> sniffer, Reader reader) {
            this(format, description, sniffer, reader, null);
        }

        @Override
        public boolean sniff(Head head) {
            return sniffer.test(head);
        }

        @Override
        public Profile read(Path file, InputStream in, ReadOptions options) throws IOException {
            return reader.read(file, in, options);
        }

        @Override
        public boolean writes() {
            return writer != null;
        }

        @Override
        public void write(AbundanceTable t, String generatedBy, OutputStream out) throws IOException {
            if (writer == null) ProfileFormat.super.write(t, generatedBy, out);
            else writer.write(t, generatedBy, out);
        }

        @Override
        public String toString() {
            return name();
        }
    }

    private static ProfileFormat plugin(Format f, String description, Predicate<Head> sniffer, Reader reader) {
        return new Plugin(f, description, sniffer, reader);
    }

    /**
     * A text format that a tool writes line by line: a last line without its line end means the file was cut off
     * (an interrupted download or copy), an input error rather than a profile with its tail missing.
     */
    private static ProfileFormat text(Format f, String description, Predicate<Head> sniffer, TextReader reader) {
        return new Plugin(f, description, sniffer, (file, in, o) -> text(file, in, o, true, t -> reader.read(file, t, o)));
    }

    private static Profile text(Path file, InputStream in, ReadOptions o, boolean toolWritten, LinesReader r)
            throws IOException {
        TextLines lines = new TextLines(file, in, o.limits());
        if (toolWritten) lines.requireLineEnds();
        return r.read(lines);
    }

    static String list(Format... formats) {
        return Arrays.stream(formats).map(Format::label).collect(Collectors.joining(", "));
    }
}
