package org.gutskin.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Decompression bombs for the input-limit tests, written streaming and cheaply: one gzip member of 1 MiB of a
 * single byte (about 1 KB compressed) is deflated once, then written again and again — a concatenated gzip file
 * ({@code zcat} and {@code GZIPInputStream} read every member), so 4 GiB decoded is a 4 MB file, built in
 * milliseconds and never held in memory.
 */
public final class Bombs {

    private static final int MIB = 1 << 20;

    private Bombs() {}

    /** {@code prefix} (gzip'd), then {@code mib} MiB of {@code fill}, as a concatenated gzip file. */
    public static Path gzip(Path file, byte[] prefix, byte fill, long mib) throws IOException {
        byte[] block = gzipped(filled(fill));
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            if (prefix.length > 0) out.write(gzipped(prefix));
            for (long i = 0; i < mib; i++) out.write(block);
        }
        return file;
    }

    private static byte[] filled(byte fill) {
        byte[] b = new byte[MIB];
        java.util.Arrays.fill(b, fill);
        return b;
    }

    private static byte[] gzipped(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
            g.write(b);
        }
        return bo.toByteArray();
    }
}
