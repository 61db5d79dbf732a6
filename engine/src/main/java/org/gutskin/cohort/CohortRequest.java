package org.gutskin.cohort;

import java.nio.file.Path;
import java.util.List;
import org.gutskin.cohort.model.AdjustedRequest;
import org.gutskin.profile.format.ReadOptions;

/**
 * A cohort command as given: profile files (read with the given options), metadata, group column, options, output
 * directory, and the adjusted models asked for with {@code --formula} ({@code null} when none).
 */
public record CohortRequest(List<Path> files, ReadOptions readOptions, Path metadata, String groupColumn, CohortOptions options,
        Path outputDirectory, AdjustedRequest adjusted) {

    public CohortRequest {
        files = List.copyOf(files);
    }

    /** A one-factor comparison (no adjusted models). */
    public CohortRequest(List<Path> files, ReadOptions readOptions, Path metadata, String groupColumn, CohortOptions options,
            Path outputDirectory) {
        this(files, readOptions, metadata, groupColumn, options, outputDirectory, null);
    }
}
