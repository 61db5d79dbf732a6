package org.gutskin.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void createsMissingParentsAndWrites0644() throws IOException {
        Path f = dir.resolve("a/b/x.tsv");
        AtomicFiles.write(f, "hello\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("hello\n", Files.readString(f));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals(1, count(f.getParent()));
    }

    @Test
    void aBodyMayCloseItsStream() throws IOException {
        Path f = dir.resolve("x.json");
        AtomicFiles.write(f, out -> {
            out.write('{');
            out.close();
        });
        assertEquals("{", Files.readString(f));
    }

    @Test
    void aFailingBodyLeavesNoFileAndKeepsTheOldOne() throws IOException {
        Path f = dir.resolve("x.tsv");
        Files.writeString(f, "old");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(f, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("late bad input");
        }));
        assertEquals("old", Files.readString(f));
        assertEquals(1, count(dir));
    }

    @Test
    void anUnwritableTargetIsAUserErrorNamingTheTarget() throws IOException {
        Files.writeString(dir.resolve("blocker"), "a file where a directory should be");
        Path f = dir.resolve("blocker/x.tsv");
        InputException e = assertThrows(InputException.class, () -> AtomicFiles.write(f, new byte[] {1}));
        assertEquals(f.toString(), e.source());
        assertFalse(e.describe().contains(".part"), e.describe());
        assertEquals(1, count(dir));
    }

    @Test
    void aDirectoryIsWrittenWholeIntoANewOrAnExistingDirectory() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.tsv", new byte[] {1});
        files.put("b.html", new byte[] {2, 3});
        Path fresh = dir.resolve("new/out");
        AtomicFiles.writeDirectory(fresh, files);
        assertArrayEquals(new byte[] {2, 3}, Files.readAllBytes(fresh.resolve("b.html")));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.resolve("a.tsv"))));
        assertEquals(2, count(fresh));
        assertEquals(1, count(fresh.getParent()));
        Files.writeString(fresh.resolve("keep.txt"), "mine");
        files.put("a.tsv", new byte[] {9});
        AtomicFiles.writeDirectory(fresh, files);
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(fresh.resolve("a.tsv")));
        assertEquals(3, count(fresh));
    }

    @Test
    void aFileInTheWayOfTheDirectoryIsAUserError() throws IOException {
        Files.writeString(dir.resolve("out"), "x");
        InputException e = assertThrows(InputException.class,
                () -> AtomicFiles.writeDirectory(dir.resolve("out"), Map.of("a", new byte[0])));
        assertEquals(dir.resolve("out").toString(), e.source());
    }

    @Test
    void aBatchDirectoryFollowsTheSameRule() throws IOException {
        AtomicFiles.directory(dir.resolve("p/q"));
        assertTrue(Files.isDirectory(dir.resolve("p/q")));
        Files.writeString(dir.resolve("f"), "x");
        InputException e = assertThrows(InputException.class, () -> AtomicFiles.directory(dir.resolve("f")));
        assertEquals(dir.resolve("f").toString(), e.source());
    }

    private static long count(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }
}
