package org.gutskin.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How much one input may expand to once decoded: the one limit set for every door (command line, service upload,
 * the service re-reading a stored upload). An upload cap counts the bytes sent, but gzip of zeros shrinks about
 * 1000:1 and bzip2 more, so 64 MB on the wire can be many gigabytes decoded (a decompression bomb). Three limits,
 * each checked before the memory is taken:
 * <ul>
 *   <li>{@link #maxDecodedBytes}: the bytes after gzip/bzip2 decompression, and the members of a QIIME 2 archive;
 *       also the largest array a BIOM HDF5 table may declare ({@code shape}, {@code nnz}, chunked datasets);</li>
 *   <li>{@link #maxLineBytes}: one text line (a merged table of 100,000 samples has lines of a few MB);</li>
 * </ul>
 * Defaults: 1 GiB decoded on the command line (the heap is the user's), 256 MiB in the service (several uploads are
 * read at once); 16 MiB per line for both. Going over is an {@link InputException} marked
 * {@link InputException#tooLarge() too large}: exit 3, HTTP 413.
 */
public record InputLimits(long maxDecodedBytes, int maxLineBytes) {

    public static final long MIB = 1L << 20;
    public static final int DEFAULT_MAX_LINE = 16 << 20;
    public static final InputLimits CLI = new InputLimits(1024 * MIB, DEFAULT_MAX_LINE);
    public static final InputLimits SERVER = new InputLimits(256 * MIB, DEFAULT_MAX_LINE);

    public InputLimits {
        if (maxDecodedBytes < 1 || maxLineBytes < 1) throw new IllegalArgumentException("input limits must be positive");
    }

    /** The same line limit, another decoded-bytes limit (from {@code --max-decoded-mb}). */
    public InputLimits withMaxDecodedMb(long mb) {
        if (mb < 1) throw new InputException("the decoded-size limit must be at least 1 MB, got " + mb);
        return new InputLimits(mb * MIB, maxLineBytes);
    }

    /** The error for an input that decodes to more than the limit. */
    public InputException decodedTooLarge(String name) {
        return InputException.tooLarge(name, "decompresses to more than " + mb(maxDecodedBytes) + " (the limit for"
                + " one input; a compressed file that expands this much is refused before it fills the memory)");
    }

    /** The error for a line longer than the limit. */
    public InputException lineTooLong(String name, long line) {
        return InputException.tooLarge(name, line, "a line of more than " + mb(maxLineBytes) + "; no profile has"
                + " lines this long");
    }

    /** The error for a declared array (HDF5 dataset, archive member) larger than the limit. */
    public InputException declaredTooLarge(String name, String what, long bytes) {
        return InputException.tooLarge(name, what + " declares " + bytes + " bytes, more than the " + mb(maxDecodedBytes)
                + " one input may hold");
    }

    /** {@code in}, failing with {@link #decodedTooLarge} once more than {@link #maxDecodedBytes} have passed. */
    public InputStream cap(String name, InputStream in) {
        return new Capped(in, name);
    }

    private static String mb(long bytes) {
        return bytes % (1L << 30) == 0 ? bytes / (1L << 30) + " GiB" : bytes / MIB + " MiB";
    }

    private final class Capped extends FilterInputStream {
        private final String name;
        private long seen;

        Capped(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = in.skip(n);
            if (k > 0) count(k);
            return k;
        }

        private void count(long n) {
            seen += n;
            if (seen > maxDecodedBytes) throw decodedTooLarge(name);
        }
    }
}
