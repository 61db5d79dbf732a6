package org.gutskin.profile.format;

import java.nio.file.Path;
import org.gutskin.profile.Format;
import org.gutskin.profile.InputException;
import org.gutskin.profile.Profile;

/**
 * The entry point for reading profile files: detects the format (unless forced) and dispatches to its reader.
 * Every problem with the file surfaces as an {@link InputException} naming the file and line.
 */
public final class ProfileFiles {

    private ProfileFiles() {}

    /** Reads a file; {@code forced} overrides format detection when not null. */
    public static Profile read(Path file, Format forced) {
        // Filled in by the readers work (issue 2); this signature is what every command calls.
        throw new InputException(file, 0, "no reader is available yet");
    }
}
