package org.gutskin.cohort;

import java.nio.file.Path;
import java.util.List;
import org.gutskin.profile.format.ReadOptions;

/** A cohort command as given: profile files (read with the given options), metadata, group column, options, output directory. */
public record CohortRequest(List<Path> files, ReadOptions readOptions, Path metadata, String groupColumn, CohortOptions options,
        Path outputDirectory) {

    public CohortRequest {
        files = List.copyOf(files);
    }
}
