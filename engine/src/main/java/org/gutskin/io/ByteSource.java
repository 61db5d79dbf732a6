package org.gutskin.io;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An input's bytes: a display name (the file as the user named it, or an upload's file name) and a way to open
 * them, from a file or from memory. The one home of an input's SHA-256: it is computed while the bytes are read
 * ({@link #open()}), so a reader that reads the whole input once also yields its checksum, with no second pass.
 *
 * <p>The checksum is of the bytes as stored (a {@code .gz} file's compressed bytes), the same bytes a user would
 * hash with {@code sha256sum}. Secrets and passwords are hashed elsewhere (server); this is for inputs.
 */
public final class ByteSource {

    /** Opens the stored bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Path path;
    private final Opener opener;
    private volatile String sha256;
    /** Bytes read whole by {@link #readAllBytes()} whose checksum nobody has asked for yet. */
    private byte[] held;

    private ByteSource(String name, Path path, Opener opener) {
        this.name = name;
        this.path = path;
        this.opener = opener;
    }

    /**
     * A file; a missing file, a directory or an unreadable file is an {@link InputException} naming it, raised
     * here so that every door says the same thing.
     */
    public static ByteSource of(Path file) {
        if (!Files.exists(file)) throw new InputException(file, 0, "no such file");
        if (Files.isDirectory(file)) throw new InputException(file, 0, "a directory, expected a file");
        if (!Files.isReadable(file)) throw new InputException(file, 0, "the file is not readable");
        // a named pipe or device would block the open (or never end): only regular files are read (issue 15)
        if (!Files.isRegularFile(file))
            throw new InputException(file, 0, "not a regular file (a named pipe, socket or device); give a file");
        return new ByteSource(file.toString(), file, () -> Files.newInputStream(file));
    }

    /** Bytes in memory (an upload), shown to the user as {@code name}. */
    public static ByteSource of(String name, byte[] bytes) {
        return new ByteSource(name, null, () -> new ByteArrayInputStream(bytes));
    }

    /** How errors and provenance name this input. */
    public String name() {
        return name;
    }

    /** The file, when the input is one. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** The file name without directories (what a provenance line shows). */
    public String fileName() {
        if (path != null && path.getFileName() != null) return path.getFileName().toString();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /**
     * The stored bytes, hashed as they pass: once the stream has been read to its end, {@link #sha256()} is known
     * without reading again. Closing the stream early leaves the checksum to a later full read. Once the checksum
     * is known, later reads pass the bytes through without hashing them again.
     */
    public InputStream open() throws IOException {
        InputStream raw;
        try {
            raw = opener.open();
        } catch (NoSuchFileException e) {
            throw new InputException(name, 0, "no such file", null);
        }
        // hashed once: a source whose checksum is known (the service looks it up before parsing) is not hashed again
        return sha256 != null ? raw : new Digesting(raw);
    }

    /** The stored bytes, decompressed when they are gzip or bzip2 ({@link Compression}), hashed as they pass. */
    public InputStream openDecoded() throws IOException {
        return Compression.decode(name, open());
    }

    /** The first {@code n} stored bytes (fewer when the input is shorter), not hashed: to choose how to read. */
    public byte[] head(int n) throws IOException {
        try (InputStream in = rawOpen()) {
            return in.readNBytes(n);
        }
    }

    private InputStream rawOpen() throws IOException {
        try {
            return opener.open();
        } catch (NoSuchFileException e) {
            throw new InputException(name, 0, "no such file", null);
        }
    }

    /**
     * The stored bytes, whole, for a reader that needs random access (HDF5). Read once, not hashed as they pass:
     * the checksum is taken from these very bytes when {@link #sha256()} is first asked for, so the bytes parsed
     * and the bytes hashed are the same, and a command that never shows the checksum ({@code inspect},
     * {@code alpha}) never pays for it — SHA-256 costs ~17 ms per MB under the C1-only JIT the launcher uses for
     * short commands (no SHA intrinsic there), a third of reading a 20 MB BIOM HDF5 table.
     */
    public byte[] readAllBytes() throws IOException {
        byte[] bytes;
        try (InputStream in = rawOpen()) {
            bytes = in.readAllBytes();
        }
        synchronized (this) {
            if (sha256 == null) held = bytes;
        }
        return bytes;
    }

    /** Lower-case hex SHA-256 of the stored bytes; reads them only when no earlier read went to the end. */
    public String sha256() {
        String s = sha256;
        if (s != null) return s;
        synchronized (this) {
            if (held != null) {
                sha256 = sha256(held);
                held = null;
                return sha256;
            }
        }
        try (InputStream in = open()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new InputException(name, 0, "cannot read: " + e.getMessage(), e);
        }
        return sha256;
    }

    /** Whether a read has already gone to the end (the checksum costs nothing more). */
    public boolean sha256Known() {
        return sha256 != null;
    }

    /** Lower-case hex SHA-256 of bytes in memory. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** Feeds every byte read into a SHA-256 and records it at the end of the stream. */
    private final class Digesting extends FilterInputStream {
        private final MessageDigest md = digest();
        private boolean done;

        Digesting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b < 0) finish();
            else md.update((byte) b);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n < 0) finish();
            else if (n > 0) md.update(b, off, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipped bytes must still be hashed
            byte[] buf = new byte[(int) Math.min(8192, Math.max(1, n))];
            long left = n;
            while (left > 0) {
                int r = read(buf, 0, (int) Math.min(buf.length, left));
                if (r < 0) break;
                left -= r;
            }
            return n - left;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void finish() {
            if (done) return;
            done = true;
            String s = HexFormat.of().formatHex(md.digest());
            synchronized (ByteSource.this) {
                sha256 = s;
                held = null;
            }
        }
    }
}
