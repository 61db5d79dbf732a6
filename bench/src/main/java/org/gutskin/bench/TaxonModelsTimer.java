package org.gutskin.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.CohortDesign;
import org.gutskin.cohort.model.CoefficientEstimate;
import org.gutskin.cohort.model.DesignBuilder;
import org.gutskin.cohort.model.Formula;
import org.gutskin.cohort.model.MissingValues;
import org.gutskin.cohort.model.TaxonModels;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.profile.Rank;
import org.gutskin.profile.SampleMetadata;
import org.gutskin.profile.format.ProfileFiles;

/**
 * The gutskin side of {@code bench/taxon-models-vs-statsmodels.sh}: the per-taxon adjusted models of
 * {@code Disease + Sex + BMI} end to end (read the profiles and metadata, design, prevalence filter, TSS, LOG,
 * least squares, BH), once to warm up and {@code rounds} times measured; prints the taxa modelled and the median
 * wall milliseconds ({@code gutskin_ms N}).
 * Run: {@code java -cp bench/target/benchmarks.jar org.gutskin.bench.TaxonModelsTimer profiles.tsv samples.tsv 5}
 */
public final class TaxonModelsTimer {

    public static void main(String[] args) {
        Path profiles = Path.of(args[0]), samples = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long[] ms = new long[rounds];
        List<CoefficientEstimate> last = null;
        for (int r = -1; r < rounds; r++) {
            long t0 = System.nanoTime();
            last = run(profiles, samples);
            if (r >= 0) ms[r] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.println("rows " + last.size() + " (taxon x coefficient)");
        System.out.println("gutskin_ms " + ms[rounds / 2]);
    }

    static List<CoefficientEstimate> run(Path profiles, Path samples) {
        SampleMetadata md = SampleMetadata.read(samples);
        AbundanceTable atRank = ProfileFiles.read(profiles, (Format) null).abundance().atRank(Rank.SPECIES);
        CohortDesign cd = CohortDesign.of(atRank, md, "Disease");
        AbundanceTable relative = cd.table().normalized(1.0, cd.table().kind());
        DesignBuilder.Result b = DesignBuilder.build(md, relative.sampleIds(), Formula.parse("Disease + Sex + BMI"), null,
                MissingValues.DROP, Map.of(), true);
        return TaxonModels.prepare(relative.select(b.kept()), b.design(), TaxonModels.DEFAULT_MIN_PREVALENCE, "lm").fitAll();
    }
}
