package org.gutskin.profile.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.gutskin.profile.Format;
import org.gutskin.profile.InputException;
import org.gutskin.profile.Profile;

/**
 * The entry point for reading profile files: detects the format (unless forced) and dispatches to its reader.
 * Every problem with the file surfaces as an {@link InputException} naming the file and line (or field): a
 * missing or unreadable file, an empty or binary one, a malformed one, or one that does not fit in memory.
 * Text formats may be gzip-compressed.
 */
public final class ProfileFiles {

    private ProfileFiles() {}

    /** Reads a file; {@code forced} overrides format detection when not null. */
    public static Profile read(Path file, Format forced) {
        return read(file, ReadOptions.forced(forced));
    }

    /** Reads a file with options ({@code --input-format}, {@code --samples-as-rows}, {@code --taxonomy}). */
    public static Profile read(Path file, ReadOptions options) {
        if (!Files.exists(file)) throw new InputException(file, 0, "no such file");
        if (Files.isDirectory(file)) throw new InputException(file, 0, "a directory, expected a profile file");
        if (!Files.isReadable(file)) throw new InputException(file, 0, "the file is not readable");
        // a named pipe or device would block the open (or never end): only regular files are read
        if (!Files.isRegularFile(file))
            throw new InputException(file, 0, "not a regular file (a named pipe, socket or device); give a file");
        try {
            Format format = options.format() != null ? options.format() : detect(file);
            return switch (format) {
                case BIOM_HDF5 -> BiomHdf5Reader.read(file);
                case BIOM_JSON -> {
                    try (InputStream in = open(file)) {
                        yield BiomJsonReader.read(file, in);
                    }
                }
                default -> {
                    try (TextLines lines = new TextLines(file, open(file))) {
                        yield switch (format) {
                            case METAPHLAN -> MetaphlanReader.read(file, lines);
                            case METAPHLAN_MERGED, TABLE -> MergedTableReader.read(file, lines,
                                    options.samplesAsRows() ? Format.TABLE : format, options.samplesAsRows());
                            case KRAKEN2_REPORT -> Kraken2ReportReader.read(file, lines);
                            case KRAKEN_MPA -> KrakenMpaReader.read(file, lines);
                            case BRACKEN -> BrackenReader.read(file, lines);
                            case QIIME2_TSV -> Qiime2TableReader.read(file, lines, options.taxonomy());
                            default -> throw new IllegalStateException(format.toString());
                        };
                    }
                }
            };
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, "no such file");
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw new InputException(file, 0, "truncated or corrupt compressed data: " + e.getMessage());
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the file: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new InputException(file.toString(), 0, "the table does not fit in memory (maximum heap "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB); give Java more with JAVA_OPTS=-Xmx…", null);
        }
    }

    /** The format of a file as detected from its first bytes. */
    public static Format detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = open(file)) {
            head = in.readNBytes(FormatDetector.HEAD_BYTES);
        }
        return FormatDetector.detect(file, head, head.length);
    }

    /** The file's bytes, transparently decompressed when it starts with the gzip magic. */
    static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int a = raw.read(), b = raw.read();
        raw.reset();
        if (a == 0x1f && b == 0x8b) return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
        return raw;
    }
}
