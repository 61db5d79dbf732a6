package org.gutskin.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared reference data beside the project ({@code ../shared}: peers' vectors, real profiles, the CLI contract).
 * Surefire passes its location as {@code gutskin.shared}; a test run from an IDE falls back to the sibling folder.
 * When it is absent, {@link #path} aborts the calling test (reported as skipped, with the reason) instead of failing
 * it: a fresh clone without the data still builds, and CI checks separately that the data is there.
 */
public final class Shared {

    private Shared() {}

    public static Path root() {
        String p = System.getProperty("gutskin.shared");
        if (p != null && !p.isBlank()) return Path.of(p).toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        // modules run with their own folder as the working directory; the project root is one level up
        for (Path d = here; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/data")) && !d.equals(here)) return d.resolve("shared");
        }
        return here.resolveSibling("shared");
    }

    public static boolean present() {
        return Files.isDirectory(root().resolve("data"));
    }

    /** A file or folder under the shared root, e.g. {@code path("data/formats/biom/x.biom")}; skips if absent. */
    public static Path path(String relative) {
        assumeTrue(present(), () -> "shared reference data not found at " + root()
                + " (set -Dgutskin.shared=DIR); test skipped");
        return root().resolve(relative);
    }

    /** Shorthand for {@code path("data/" + relative)}. */
    public static Path data(String relative) {
        return path("data/" + relative);
    }
}
