package org.gutskin.server;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * The data directory holds health data (the embedded database): only the user running the service may read it
 * (issue 15, finding 10: the database file was world-readable). The directory is made 0700 and the files in it
 * 0600 at every start.
 */
public final class DataDirectory {

    private DataDirectory() {}

    public static void restrict(Path dir) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) return;
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    /** An error message with any path inside the data directory (or the temp directory) cut down to its file name. */
    static String withoutServerPaths(String message, Path dataDir) {
        String m = message;
        for (String root : new String[] {dataDir.toAbsolutePath().toString(), System.getProperty("java.io.tmpdir")}) {
            if (root == null || root.length() < 2) continue;
            m = m.replaceAll(java.util.regex.Pattern.quote(root) + "[^\\s:'\"]*/", "");
        }
        return m;
    }
}
