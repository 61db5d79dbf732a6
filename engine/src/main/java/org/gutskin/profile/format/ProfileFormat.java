package org.gutskin.profile.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.profile.Profile;

/**
 * One profile format as a plugin (scikit-bio's {@code skbio/io/format/*.py}): its name, a one-line description, a
 * sniffer over the input's first bytes, a reader over its bytes, and a writer where gutskin writes the format.
 * The ordered registry {@link ProfileFormats} asks the sniffers in turn; the first that says yes reads the input.
 * Readers see decompressed bytes (gzip, bzip2), and for text formats UTF-8 (see {@link TextEncoding}).
 */
public interface ProfileFormat {

    /** The format's key. */
    Format format();

    /** The name used by {@code --input-format}, the API's {@code format} and every output. */
    default String name() {
        return format().label();
    }

    /** One line for help texts, the OpenAPI document and {@code docs/formats.md}. */
    String description();

    /** Whether the input's first bytes are this format's (asked in registry order; the first yes wins). */
    boolean sniff(Head head);

    /**
     * Reads the whole input. {@code file} names it in errors (and gives single-sample files their sample id);
     * {@code in} is the decompressed (and, for text, UTF-8) byte stream. Bad input: {@code InputException}.
     */
    Profile read(Path file, InputStream in, ReadOptions options) throws IOException;

    /** Whether gutskin writes this format ({@link #write}). */
    default boolean writes() {
        return false;
    }

    /** Writes a table in this format; only where {@link #writes()}. */
    default void write(AbundanceTable table, String generatedBy, OutputStream out) throws IOException {
        throw new UnsupportedOperationException(name() + " is read, not written");
    }
}
