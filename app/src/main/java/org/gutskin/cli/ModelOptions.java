package org.gutskin.cli;

import java.util.ArrayList;
import java.util.List;
import org.gutskin.cohort.model.AdjustedRequest;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The adjusted-model options {@code gutskin cohort} and {@code gutskin replicate} share: {@code --formula},
 * {@code --strata}, {@code --random}, {@code --missing}, {@code --reference}, {@code --no-standardize}.
 */
final class ModelOptions {

    @Option(names = "--formula", paramLabel = "TERMS",
            description = "Adjusted models: additive terms from the metadata, e.g. \"Disease + Sex + BMI\" (factor(X) forces a factor).")
    String formula;

    @Option(names = "--strata", paramLabel = "COLUMN",
            description = "With --formula: blocks such as family pairs: permutations only within them, and paired per-taxon models "
                    + "(a fixed intercept per stratum).")
    String strata;

    @Option(names = "--random", split = ",", paramLabel = "COLUMN",
            description = "With --formula: a random intercept per level of each column (e.g. subject,site), fitted by REML with "
                    + "Satterthwaite's degrees of freedom as lme4/lmerTest (MaAsLin2's random_effects); PERMANOVA still needs "
                    + "--strata to permute within subjects.")
    List<String> random = new ArrayList<>();

    @Option(names = "--missing", defaultValue = "drop", paramLabel = "drop|impute",
            description = "With --formula: drop samples with a missing formula value (default), or impute (numeric: median; factor: most frequent level).")
    String missing;

    @Option(names = "--reference", paramLabel = "TERM=LEVEL",
            description = "With --formula: the reference level of a factor (default: the first in sorted order, as R). Repeatable.")
    List<String> references = new ArrayList<>();

    @Option(names = "--no-standardize", description = "With --formula: keep numeric covariates in their units (default: scaled to SD 1, as MaAsLin2).")
    boolean noStandardize;

    /** The request, or null without {@code --formula}; option mistakes are usage errors. */
    AdjustedRequest request(CommandSpec spec) {
        if (formula == null) {
            if (strata != null || !references.isEmpty() || !random.isEmpty())
                throw new CommandLine.ParameterException(spec.commandLine(), "--strata, --random and --reference need --formula");
            return null;
        }
        try {
            return AdjustedRequest.of(formula, strata, missing, references, !noStandardize, random);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
