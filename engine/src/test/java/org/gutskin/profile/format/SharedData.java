package org.gutskin.profile.format;

import java.nio.file.Path;

/** Where the shared reference data lives (surefire sets {@code gutskin.shared}). */
final class SharedData {

    private SharedData() {}

    static Path root() {
        return Path.of(System.getProperty("gutskin.shared", "../../shared")).toAbsolutePath().normalize();
    }

    static Path formats(String rel) {
        return root().resolve("data/formats").resolve(rel);
    }
}
