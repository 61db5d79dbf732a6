package org.gutskin.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * NumPy's {@code .npy} format, version 1.0, as {@code numpy.lib.format} documents it: the magic string
 * {@code \x93NUMPY}, version bytes 1 and 0, a little-endian uint16 header length, then an ASCII Python dict literal
 * ({@code descr}, {@code fortran_order}, {@code shape}) padded with spaces and ended by a newline so that the data
 * starts at a multiple of 64 bytes; then the values, here little-endian float64 in C (row-major) order.
 *
 * <p>Written row by row so that a 20,000 × 20,000 distance matrix (3.2 GB) never exists as one array: the binary
 * form for matrices too large for text ({@code gutskin beta --format npy}). {@code numpy.load} reads it.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    private static final int ALIGN = 64;

    private Npy() {}

    /** Gives rows [from, to) of the matrix in {@code into}, row-major ({@code (i − from)·cols + j}). */
    @FunctionalInterface
    public interface Rows {
        void fill(int from, int to, double[] into);
    }

    /** The header of a {@code rows × cols} float64 C-order array: magic, version, length, dict, padding. */
    static byte[] header(long rows, long cols) {
        String dict = String.format(Locale.ROOT, "{'descr': '<f8', 'fortran_order': False, 'shape': (%d, %d), }",
                rows, cols);
        int unpadded = MAGIC.length + 2 + dict.length() + 1; // + the closing newline
        int total = (unpadded + ALIGN - 1) / ALIGN * ALIGN;
        StringBuilder h = new StringBuilder(dict);
        while (MAGIC.length + 2 + h.length() + 1 < total) h.append(' ');
        h.append('\n');
        byte[] text = h.toString().getBytes(StandardCharsets.US_ASCII);
        if (text.length > 0xFFFF) throw new IllegalArgumentException("npy v1.0 header too long");
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 2 + text.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putShort((short) text.length).put(text);
        return b.array();
    }

    /**
     * Writes a {@code rows × cols} float64 matrix whose rows {@code source} gives, a block of rows (about 8 MB) at
     * a time: a distance matrix fills a block of rows from its triangle far faster than one row at a time.
     */
    public static void write(OutputStream out, int rows, int cols, Rows source) throws IOException {
        out.write(header(rows, cols));
        int block = Math.max(1, Math.min(rows, (1 << 20) / Math.max(1, cols)));
        double[] values = new double[block * cols];
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < rows; from += block) {
            int to = Math.min(rows, from + block);
            int n = (to - from) * cols;
            source.fill(from, to, values);
            bytes.clear();
            bytes.asDoubleBuffer().put(values, 0, n);
            out.write(bytes.array(), 0, n * Double.BYTES);
        }
    }
}
