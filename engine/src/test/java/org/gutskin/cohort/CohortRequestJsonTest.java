package org.gutskin.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gutskin.cohort.model.AdjustedRequest;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.JoinMode;
import org.gutskin.profile.Rank;
import org.gutskin.profile.TaxonNames;
import org.gutskin.profile.format.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checked cohort request travels from {@code gutskin cohort --engine spark} to the Spark job as JSON and comes
 * back equal, field by field (so the job runs exactly what the command line checked, with no second parser).
 */
class CohortRequestJsonTest {

    @Test
    void aRequestComesBackEqual(@TempDir Path dir) {
        CohortOptions o = new CohortOptions(Rank.GENUS, List.of("shannon", "gmhi"), List.of("jaccard", "aitchison"), 99,
                7, 0.25, 3);
        AdjustedRequest adj = AdjustedRequest.of("Disease + factor(Batch) + BMI", "Family", "impute",
                List.of("Disease=Healthy"), false, List.of("subject", "site"));
        TaxonNames synonyms = TaxonNames.SPELLING.withSynonyms(Rank.PHYLUM, List.of("Bacillota", "Firmicutes"));
        CohortRequest req = new CohortRequest(List.of(Path.of("a.tsv"), Path.of("/data/b.biom")),
                new ReadOptions(Format.BIOM_JSON, true, Path.of("taxonomy.tsv")), Path.of("meta.csv"), "Disease", o,
                Path.of("out"), adj, JoinMode.NAME, synonyms);
        Path f = dir.resolve("request.json");
        CohortRequestJson.write(req, f);
        assertThat(CohortRequestJson.read(f)).isEqualTo(req);
        // the random intercepts travel too (--random subject,site), in order
        assertThat(CohortRequestJson.read(f).adjusted().random()).containsExactly("subject", "site");
        // the join's synonyms arrive working: Firmicutes is joined to Bacillota as on the command line
        assertThat(CohortRequestJson.read(f).names().canonical(Rank.PHYLUM, "Firmicutes")).isEqualTo("bacillota");
        // paths as given: a relative input stays relative, so outputs that name it read the same on both engines
        assertThat(CohortRequestJson.read(f).files().get(0).toString()).isEqualTo("a.tsv");
    }

    @Test
    void theSeriesOptionsTravelToo(@TempDir Path dir) {
        CohortRequest req = new CohortRequest(List.of(Path.of("p.tsv")), ReadOptions.DEFAULT, Path.of("m.tsv"), "g",
                CohortOptions.defaults(), Path.of("o"), null, JoinMode.DEFAULT, null,
                new org.gutskin.cohort.longitudinal.LongitudinalRequest("subject", "date", List.of("S1_TR", "S9"), true));
        Path f = dir.resolve("r.json");
        CohortRequestJson.write(req, f);
        assertThat(CohortRequestJson.read(f)).isEqualTo(req);
        assertThat(CohortRequestJson.read(f).longitudinal().exclude()).containsExactly("S1_TR", "S9");
    }

    @Test
    void withoutModelsOrFormatToo(@TempDir Path dir) {
        CohortRequest req = new CohortRequest(List.of(Path.of("p.tsv")), ReadOptions.DEFAULT, Path.of("m.tsv"), "g",
                CohortOptions.defaults(), Path.of("o"));
        Path f = dir.resolve("r.json");
        CohortRequestJson.write(req, f);
        assertThat(CohortRequestJson.read(f)).isEqualTo(req);
    }

    @Test
    void aBrokenOrInvalidRequestIsAnInputErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"files\": [");
        assertThatThrownBy(() -> CohortRequestJson.read(broken)).isInstanceOf(InputException.class)
                .hasMessageContaining("not a cohort request");
        // the records check again on the way in: a negative permutation count is refused as on the command line
        CohortRequest req = new CohortRequest(List.of(Path.of("p.tsv")), ReadOptions.DEFAULT, Path.of("m.tsv"), "g",
                CohortOptions.defaults(), Path.of("o"));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, CohortRequestJson.write(req).replace("\"permutations\" : 999", "\"permutations\" : -1"));
        assertThatThrownBy(() -> CohortRequestJson.read(bad)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).describe()).startsWith(bad.toString()))
                .hasMessageContaining("--permutations must be >= 0");
    }
}
