package org.gutskin.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one way gutskin writes an output: all or nothing. A file is written into a temporary file in the same
 * directory, forced to disk, given mode {@code 0644} (where the file system is POSIX) and moved over the target in
 * one step, so a failure half-way — bad input found late, a full disk, Ctrl-C — never leaves a partial file.
 *
 * <p>One rule for every command: missing parent directories are created, and a failure to write is an
 * {@link InputException} (exit code 3 on the command line) that names the target, never the temporary file.
 */
public final class AtomicFiles {

    /** What writes the content. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwxr-xr-x");

    private AtomicFiles() {}

    /** Writes {@code bytes} to {@code target}. */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes what {@code body} produces to {@code target}. An {@link InputException} thrown by the body is passed
     * on as it is; any other failure leaves the target as it was.
     */
    public static void write(Path target, Body body) {
        writeByPath(target, tmp -> writeFile(tmp, body));
    }

    /** What writes a whole file given its path: a library that opens the file itself (jhdf's HDF5 writer). */
    @FunctionalInterface
    public interface PathBody {
        void write(Path file) throws IOException;
    }

    /**
     * As {@link #write(Path, Body)}, for a library that writes a file by its path: {@code body} writes the
     * temporary file, which is then forced to disk, given mode {@code 0644} and moved over the target.
     */
    public static void writeByPath(Path target, PathBody body) {
        Path abs = target.toAbsolutePath();
        Path tmp = null;
        try {
            if (Files.isDirectory(abs)) throw new InputException(target.toString(), 0, "is a directory, expected a file name", null);
            Path dir = abs.getParent();
            createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
            body.write(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            setMode(tmp, FILE_MODE);
            move(tmp, abs);
            tmp = null;
            syncDirectory(dir);
        } catch (IOException e) {
            throw failure(target, e, tmp);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Writes a directory of named files (names without a directory part). Every file is written into a temporary
     * directory first; a new directory is then renamed into place in one step, an existing one gets each file
     * moved in. A failure while writing leaves the target as it was.
     */
    public static void writeDirectory(Path target, Map<String, byte[]> files) {
        for (String name : files.keySet())
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals(".."))
                throw new IllegalArgumentException("not a plain file name: " + name);
        Path abs = target.toAbsolutePath();
        Path staging = null;
        try {
            if (Files.exists(abs) && !Files.isDirectory(abs))
                throw new InputException(target.toString(), 0, "is a file, expected a directory", null);
            boolean fresh = !Files.exists(abs);
            Path parent = fresh ? abs.getParent() : abs;
            createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                byte[] bytes = f.getValue();
                writeFile(staging.resolve(f.getKey()), out -> out.write(bytes));
            }
            syncDirectory(staging);
            if (fresh) {
                setMode(staging, DIR_MODE);
                try {
                    Files.move(staging, abs, StandardCopyOption.ATOMIC_MOVE);
                    staging = null;
                    syncDirectory(parent);
                    return;
                } catch (IOException e) {
                    if (!Files.isDirectory(abs)) throw e;
                    // made by someone else meanwhile: move the files in one by one below
                }
            }
            for (String name : files.keySet()) move(staging.resolve(name), abs.resolve(name));
            syncDirectory(abs);
        } catch (IOException e) {
            throw failure(target, e, staging);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Makes sure {@code dir} exists as a directory, creating missing parents, for a command that fills it file by
     * file with {@link #write(Path, Body)} (a resumable batch); the same error rule as the writers.
     */
    public static void directory(Path dir) {
        Path abs = dir.toAbsolutePath();
        try {
            if (Files.exists(abs) && !Files.isDirectory(abs))
                throw new InputException(dir.toString(), 0, "is a file, expected a directory", null);
            createDirectories(abs);
        } catch (IOException e) {
            throw failure(dir, e, null);
        }
    }

    private static void writeFile(Path file, Body body) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
            // a body may close what it is given (a JSON generator does): that must not close the channel before the sync
            body.write(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            });
            out.flush();
            ch.force(true);
        }
        setMode(file, FILE_MODE);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void createDirectories(Path dir) throws IOException {
        if (dir != null && !Files.isDirectory(dir)) Files.createDirectories(dir);
    }

    private static void setMode(Path p, Set<PosixFilePermission> mode) throws IOException {
        try {
            Files.setPosixFilePermissions(p, mode);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep its default permissions
        }
    }

    /** Makes a rename durable (best effort: not every platform can open a directory). */
    private static void syncDirectory(Path dir) {
        if (dir == null) return;
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported here; the data itself is already on disk
        }
    }

    /** The user's error: the target and the reason, without the temporary name. */
    private static InputException failure(Path target, IOException e, Path tmp) {
        String reason;
        if (e instanceof java.nio.file.AccessDeniedException) reason = "permission denied";
        else if (e instanceof java.nio.file.FileAlreadyExistsException) reason = "a file is in the way of a directory";
        else if (e instanceof java.nio.file.NoSuchFileException) reason = "no such directory";
        else if (e instanceof FileSystemException fse && fse.getReason() != null) reason = fse.getReason();
        else reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (tmp != null) reason = reason.replace(tmp.toString(), target.toString()).replace(tmp.getFileName().toString(), "");
        return new InputException(target.toString(), 0, "cannot write the output: " + reason, e);
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the original error is the one to report
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(all::add);
        } catch (IOException ignored) {
            return;
        }
        all.forEach(AtomicFiles::deleteQuietly);
    }
}
