package org.gutskin.cohort;

import java.nio.file.Path;
import java.util.List;
import org.gutskin.cohort.model.AdjustedRequest;
import org.gutskin.profile.JoinMode;
import org.gutskin.profile.TaxonNames;
import org.gutskin.profile.format.ReadOptions;

/**
 * A cohort command as given: profile files (read with the given options), metadata, group column, options, output
 * directory, the adjusted models asked for with {@code --formula} ({@code null} when none), and how several files
 * are joined ({@code --join}, and the synonyms a name join uses), and the per-subject summaries asked for with
 * {@code --subject}/{@code --time} ({@code null} when none).
 */
public record CohortRequest(List<Path> files, ReadOptions readOptions, Path metadata, String groupColumn, CohortOptions options,
        Path outputDirectory, AdjustedRequest adjusted, JoinMode join, TaxonNames names,
        org.gutskin.cohort.longitudinal.LongitudinalRequest longitudinal) {

    public CohortRequest {
        files = List.copyOf(files);
        if (join == null) join = JoinMode.DEFAULT;
        if (names == null) names = TaxonNames.SPELLING;
    }

    /** Without per-subject summaries ({@code --subject}/{@code --time} not given). */
    public CohortRequest(List<Path> files, ReadOptions readOptions, Path metadata, String groupColumn, CohortOptions options,
            Path outputDirectory, AdjustedRequest adjusted, JoinMode join, TaxonNames names) {
        this(files, readOptions, metadata, groupColumn, options, outputDirectory, adjusted, join, names, null);
    }

    /** Files joined by the default mode, spelling normalised, without the knowledge base's synonyms. */
    public CohortRequest(List<Path> files, ReadOptions readOptions, Path metadata, String groupColumn, CohortOptions options,
            Path outputDirectory, AdjustedRequest adjusted) {
        this(files, readOptions, metadata, groupColumn, options, outputDirectory, adjusted, null, null);
    }

    /** A one-factor comparison (no adjusted models). */
    public CohortRequest(List<Path> files, ReadOptions readOptions, Path metadata, String groupColumn, CohortOptions options,
            Path outputDirectory) {
        this(files, readOptions, metadata, groupColumn, options, outputDirectory, null);
    }
}
