package org.gutskin.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.gutskin.profile.InputException;

/**
 * Writes an output file all or nothing: into a temporary file in the same directory, then moved over the target
 * in one step, so a failure half-way (bad input found late, a full disk, Ctrl-C) never leaves a partial file.
 */
public final class AtomicOutput {

    /** What writes the content. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicOutput() {}

    public static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir))
            throw new InputException(target.toString(), 0, "the output directory does not exist", null);
        if (Files.isDirectory(abs)) throw new InputException(target.toString(), 0, "is a directory, expected a file name", null);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        boolean done = false;
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(out);
            }
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default permissions
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
    }
}
