package org.gutskin.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Transparent decompression by magic bytes, not by file name (uploads are often renamed): gzip ({@code 1f 8b},
 * every member of a concatenated file, as {@code zcat} does) and bzip2 ({@code BZh} + block size digit, all
 * streams, as {@code bzcat} does). Anything else passes through unchanged. Decompressed bytes count against
 * {@link InputLimits#maxDecodedBytes}: a small bomb fails after the limit, not after filling the memory.
 */
public final class Compression {

    private static final int BUFFER = 1 << 16;

    private Compression() {}

    /** {@link #decode(String, InputStream, InputLimits)} with the command line's limits. */
    public static InputStream decode(String name, InputStream raw) throws IOException {
        return decode(name, raw, InputLimits.CLI);
    }

    /** The decompressed bytes of {@code raw} (buffered, with mark/reset support); {@code name} for errors. */
    public static InputStream decode(String name, InputStream raw, InputLimits limits) throws IOException {
        InputStream in = new BufferedInputStream(raw, BUFFER);
        in.mark(4);
        byte[] m = in.readNBytes(4);
        in.reset();
        if (m.length >= 2 && (m[0] & 0xff) == 0x1f && (m[1] & 0xff) == 0x8b)
            return new BufferedInputStream(limits.cap(name, new GZIPInputStream(in, BUFFER)), BUFFER);
        if (m.length >= 4 && m[0] == 'B' && m[1] == 'Z' && m[2] == 'h' && m[3] >= '1' && m[3] <= '9') {
            try {
                return new BufferedInputStream(limits.cap(name, new BZip2CompressorInputStream(in, true)), BUFFER);
            } catch (IOException e) {
                throw new InputException(name, 0, "corrupt bzip2 data: " + e.getMessage(), e);
            }
        }
        return in;
    }
}
