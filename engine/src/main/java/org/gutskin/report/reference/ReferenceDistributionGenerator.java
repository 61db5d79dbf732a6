package org.gutskin.report.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.diversity.alpha.AlphaDiversity;
import org.gutskin.diversity.alpha.AlphaMetric;
import org.gutskin.diversity.alpha.AlphaMetrics;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Rank;
import org.gutskin.profile.SampleMetadata;
import org.gutskin.profile.format.ProfileFiles;

/**
 * Builds the shipped reference distribution once, from a labelled cohort: the healthy samples' alpha diversity at
 * species rank, reduced to 101 quantiles per metric. The bundled file was made from the GMHI validation cohort
 * (Gupta et al. 2020, doi:10.1038/s41467-020-18476-8; {@code ../shared/data/gmhi/validation_782}, the samples whose
 * {@code Phenotype} is {@code Healthy}):
 *
 * <pre>java -cp app/target/gutskin.jar org.gutskin.report.reference.ReferenceDistributionGenerator \
 *   ../shared/data/gmhi/validation_782/validation_abundance_dev.csv \
 *   ../shared/data/gmhi/validation_782/validation_metadata_dev.csv \
 *   engine/src/main/resources/org/gutskin/report/reference/diversity-reference.json</pre>
 *
 * Only the quantiles are shipped (the cohort's own profiles are not redistributable).
 */
public final class ReferenceDistributionGenerator {

    /** The metrics the reference covers (all defined from relative abundance alone). */
    public static final List<String> METRICS = List.of("observed", "shannon", "simpson", "inverse_simpson", "pielou_e");

    private ReferenceDistributionGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ReferenceDistributionGenerator ABUNDANCE.csv METADATA.csv OUT.json");
            System.exit(2);
        }
        ReferenceDistribution.Data d = build(Path.of(args[0]), Path.of(args[1]));
        Files.writeString(Path.of(args[2]), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(d) + "\n");
    }

    /** The reference from the GMHI validation files: healthy = metadata column {@code Phenotype} equal to {@code Healthy}. */
    public static ReferenceDistribution.Data build(Path abundance, Path metadata) throws IOException {
        AbundanceTable t = healthySpecies(abundance, metadata);
        int n = t.sampleCount();
        List<AlphaMetric> metrics = METRICS.stream().map(m -> AlphaMetrics.create(m, Math.E, null)).toList();
        double[][] v = AlphaDiversity.compute(t, metrics);
        Map<String, double[]> sorted = new LinkedHashMap<>();
        for (int m = 0; m < METRICS.size(); m++) {
            final int mm = m;
            sorted.put(METRICS.get(m), Arrays.stream(v).mapToDouble(r -> r[mm]).filter(x -> !Double.isNaN(x)).sorted()
                    .toArray());
        }
        return new ReferenceDistribution.Data(
                "GMHI validation cohort (Gupta et al. 2020, doi:10.1038/s41467-020-18476-8), healthy samples",
                "MetaPhlAn 2", n, "species",
                "github.com/jaeyunsung/GMHI_2020 @ 87fe9f6 validation_abundance.csv, Phenotype = Healthy;"
                        + " alpha diversity by gutskin (Shannon base e), 101 type-7 quantiles",
                "org.gutskin.report.reference.ReferenceDistributionGenerator",
                ReferenceDistribution.quantileMap(sorted));
    }

    /** The healthy samples (metadata {@code Phenotype = Healthy}) of the GMHI validation files, at species rank. */
    static AbundanceTable healthySpecies(Path abundance, Path metadata) throws IOException {
        List<String> healthy = new ArrayList<>();
        SampleMetadata md = SampleMetadata.read(metadata);
        int pheno = md.column("Phenotype");
        for (String id : md.sampleIds())
            if (md.value(id, pheno).filter("Healthy"::equals).isPresent()) healthy.add(id);
        AbundanceTable all = ProfileFiles.read(abundance, (org.gutskin.profile.Format) null).abundance();
        int[] idx = healthy.stream().mapToInt(all::indexOfSample).filter(i -> i >= 0).toArray();
        return all.select(idx).atRank(Rank.SPECIES);
    }
}
