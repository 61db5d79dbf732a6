package org.gutskin.profile.format;

import java.nio.file.Path;
import org.gutskin.profile.InputException;
import org.gutskin.profile.Profile;

/** BIOM 2.1 HDF5 — filled in next. */
final class BiomHdf5Reader {

    private BiomHdf5Reader() {}

    static Profile read(Path file) {
        throw new InputException(file, 0, "BIOM 2.1 HDF5 is not supported yet");
    }
}
