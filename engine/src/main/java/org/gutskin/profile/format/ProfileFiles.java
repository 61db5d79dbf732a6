package org.gutskin.profile.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gutskin.io.ByteSource;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.profile.ProfileInput;

/**
 * The entry point for reading profiles: from a file or from bytes in memory ({@link ByteSource}), in one pass —
 * decompress (gzip, bzip2), peek at the head, settle the text encoding ({@link TextEncoding}), sniff the format
 * unless it is forced ({@link ProfileFormats}), read, and take the SHA-256 of the bytes that went by. The profile
 * carries that checksum ({@link Profile#input()}), so no caller reads the input again to checksum it.
 *
 * <p>Every problem with the input surfaces as an {@link InputException} naming it and the line (or field): a
 * missing or unreadable file, an empty or binary one, a malformed or truncated one, one that does not fit in
 * memory.
 */
public final class ProfileFiles {

    private static final byte[] HDF5 = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private ProfileFiles() {}

    /** Reads a file; {@code forced} overrides format detection when not null. */
    public static Profile read(Path file, Format forced) {
        return read(file, ReadOptions.forced(forced));
    }

    /** Reads a file with options ({@code --input-format}, {@code --samples-as-rows}, {@code --taxonomy}). */
    public static Profile read(Path file, ReadOptions options) {
        return read(ByteSource.of(file), options);
    }

    /** Reads an input, file or bytes, in one pass; the profile's {@link Profile#input()} names it and its SHA-256. */
    public static Profile read(ByteSource source, ReadOptions options) {
        Path file = Path.of(source.name());
        try {
            if (options.format() == null || options.format() == Format.BIOM_HDF5) {
                Profile h5 = readHdf5(source, file, options);
                if (h5 != null) return h5;
            }
        } catch (InputException e) {
            throw e;
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the file: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw tooLarge(source);
        }
        try (InputStream raw = source.open()) {
            InputStream in = org.gutskin.io.Compression.decode(source.name(), raw, options.limits());
            Opened o = open(file, in, options.format());
            // a reader (Jackson's parser) may close its stream; the rest still has to pass the digest
            Profile p = o.format().read(file, new java.io.FilterInputStream(o.stream()) {
                @Override
                public void close() {}
            }, options);
            // the rest of the bytes (a reader may stop at its last record) still belong to the checksum
            o.stream().transferTo(OutputStream.nullOutputStream());
            raw.transferTo(OutputStream.nullOutputStream());
            ProfileInput was = p.input();
            Profile out = p.withInput(ProfileInput.of(source,
                    was == null ? null : was.artifactUuid(), was == null ? null : was.taxonomyUuid()));
            return o.warning() == null ? out : out.withWarnings(List.of(o.warning()));
        } catch (InputException e) {
            throw e;
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw new InputException(file, 0, "truncated or corrupt compressed data: " + e.getMessage());
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the file: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw tooLarge(source);
        }
    }

    private static InputException tooLarge(ByteSource source) {
        return new InputException(source.name(), 0, "the table does not fit in memory (maximum heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB); give Java more with JAVA_OPTS=-Xmx…", null);
    }

    /**
     * An uncompressed HDF5 file (BIOM 2.1) is read by random access, so its bytes are read whole once
     * ({@link ByteSource#readAllBytes}) and checksummed from those same bytes only when the checksum is asked for;
     * null when the input is not one (anything else, compressed HDF5 included, takes the streaming path).
     */
    private static Profile readHdf5(ByteSource source, Path file, ReadOptions options) throws IOException {
        if (!java.util.Arrays.equals(source.head(HDF5.length), HDF5)) return null;
        byte[] all = source.readAllBytes();
        return BiomHdf5Reader.read(file, all, Format.BIOM_HDF5, null, options.limits())
                .withInput(ProfileInput.of(source, null, null));
    }

    /** The format of a file as detected from its first bytes. */
    public static Format detect(Path file) throws IOException {
        return detect(ByteSource.of(file));
    }

    /** The format of an input as detected from its first bytes. */
    public static Format detect(ByteSource source) throws IOException {
        try (InputStream in = source.openDecoded()) {
            return open(Path.of(source.name()), in, null).format().format();
        }
    }

    private record Opened(ProfileFormat format, InputStream stream, String warning) {}

    /** Peeks at the head (the stream is not consumed), settles the encoding and the format. */
    private static Opened open(Path file, InputStream in, Format forced) throws IOException {
        in.mark(Head.BYTES);
        byte[] head = in.readNBytes(Head.BYTES);
        in.reset();
        int n = head.length;
        Head binary = new Head(head, n, false);
        if (binary.startsWith(HDF5) || binary.startsWith(ZIP)) {
            ProfileFormat p = forced != null ? ProfileFormats.of(forced) : ProfileFormats.sniff(binary);
            return new Opened(p, in, null);
        }
        TextEncoding.Decoded d = TextEncoding.decode(in, head, n);
        byte[] utf8 = head;
        int m = n;
        if (d.utf8() != in) { // transcoded: sniff the UTF-8 text
            d.utf8().mark(Head.BYTES);
            utf8 = d.utf8().readNBytes(Head.BYTES);
            d.utf8().reset();
            m = utf8.length;
        }
        Head h = new Head(utf8, m, true);
        if (forced != null) return new Opened(ProfileFormats.of(forced), d.utf8(), d.warning());
        for (int k = 0; k < m; k++)
            if (utf8[k] == 0)
                throw new InputException(file, 0, "a binary file, not a profile (expected one of: "
                        + String.join(", ", ProfileFormats.names()) + ")");
        if (h.firstNonBlank() < 0) throw new InputException(file, 0, "the file is empty");
        ProfileFormat p = ProfileFormats.sniff(h);
        if (p.format() == Format.TABLE && h.lines().isEmpty() && m < Head.BYTES)
            throw new InputException(file, h.comments().size(), "no data: the file holds only # comment lines");
        return new Opened(p, d.utf8(), d.warning());
    }

    static List<String> names() {
        return new ArrayList<>(ProfileFormats.names());
    }
}
