package org.gutskin.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** How the index commands ({@code score}, {@code evaluate}) write numbers and files. */
final class IndexOutput {

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private IndexOutput() {}

    /** The shortest decimal that reads back as the same double (as Python's repr); NaN as {@code NA}. */
    static String shortest(double v) {
        if (Double.isNaN(v)) return "NA";
        String s = Double.toString(v);
        // Java 17's Double.toString is not always the shortest round-trip form; fall back to 17 digits if needed
        return Double.parseDouble(s) == v ? s : String.format(Locale.ROOT, "%.17g", v);
    }

    /** Fixed 4 decimals for rates and AUC. */
    static String rate(double v) {
        return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** Writes a file all at once: a temporary file in the same directory, then moved over the target. */
    static void writeAtomically(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            try { // createTempFile makes it owner-only; an output file gets the usual rw-r--r--
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
