package org.gutskin.profile.format;

import java.nio.file.Path;
import org.gutskin.testkit.Shared;

/** The real format examples under {@code ../shared/data/formats} (skips the calling test when absent). */
final class SharedData {

    private SharedData() {}

    static Path root() {
        return Shared.path("");
    }

    static Path formats(String rel) {
        return Shared.data("formats/" + rel);
    }
}
