package org.gutskin.report.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gutskin.evidence.kb.Guild;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.report.metabolite.GuildAbundance;

/**
 * Builds the shipped guild reference once, from the same healthy samples of the GMHI validation cohort as the
 * diversity reference ({@link ReferenceDistributionGenerator}): each knowledge-base guild's share per sample, reduced
 * to 101 type-7 quantiles. Regenerate after editing a guild's taxa in {@code guilds.yaml}:
 *
 * <pre>java -cp app/target/gutskin.jar org.gutskin.report.reference.GuildReferenceGenerator \
 *   ../shared/data/gmhi/validation_782/validation_abundance_dev.csv \
 *   ../shared/data/gmhi/validation_782/validation_metadata_dev.csv \
 *   engine/src/main/resources/org/gutskin/report/reference/guild-reference.json</pre>
 *
 * (or the test {@code GuildReferenceTest#regenerate} with {@code -Dgutskin.regenerate=true}). Every guild is covered,
 * verified or not, so a guild verified later needs no new file.
 */
public final class GuildReferenceGenerator {

    private GuildReferenceGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GuildReferenceGenerator ABUNDANCE.csv METADATA.csv OUT.json");
            System.exit(2);
        }
        write(build(Path.of(args[0]), Path.of(args[1]), KnowledgeBase.get()), Path.of(args[2]));
    }

    static void write(ReferenceDistribution.Data d, Path out) throws IOException {
        Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(d) + "\n");
    }

    public static ReferenceDistribution.Data build(Path abundance, Path metadata, KnowledgeBase kb) throws IOException {
        AbundanceTable t = ReferenceDistributionGenerator.healthySpecies(abundance, metadata);
        Map<String, double[]> sorted = new LinkedHashMap<>();
        for (Guild g : kb.guilds()) {
            double[] v = new double[t.sampleCount()];
            for (int s = 0; s < v.length; s++) v[s] = GuildAbundance.of(t, s, g).percent();
            sorted.put(g.id(), Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray());
        }
        return new ReferenceDistribution.Data(
                "GMHI validation cohort (Gupta et al. 2020, doi:10.1038/s41467-020-18476-8), healthy samples",
                "MetaPhlAn 2", t.sampleCount(), "species",
                "github.com/jaeyunsung/GMHI_2020 @ 87fe9f6 validation_abundance.csv, Phenotype = Healthy;"
                        + " guild share = percent of the species total in the guild's taxa (guilds.yaml),"
                        + " 101 type-7 quantiles",
                "org.gutskin.report.reference.GuildReferenceGenerator",
                ReferenceDistribution.quantileMap(sorted));
    }
}
