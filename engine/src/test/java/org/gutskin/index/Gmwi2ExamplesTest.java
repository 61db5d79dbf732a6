package org.gutskin.index;

import org.gutskin.testkit.RequiresShared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gutskin.profile.AbundanceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example the GMWI2 authors' tool scored (../shared/data/gmwi2/examples, recursively) must score to the
 * published value ({@code *_GMWI2.txt}) and list the same present taxa with the same coefficients
 * ({@code *_GMWI2_taxa.txt}, model order).
 */
@RequiresShared
class Gmwi2ExamplesTest {

    private static final Gmwi2 GMWI2 = new Gmwi2(Gmwi2Model.current());

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> s = Files.walk(TestTables.shared("data/gmwi2/examples"))) {
            return s.filter(p -> p.getFileName().toString().endsWith("_metaphlan.txt")).sorted().toList().stream();
        }
    }

    @Test
    void allThirtyThreeExamplesAreFound() throws IOException {
        assertThat(examples().count()).isEqualTo(33);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void scoreAndPresentTaxaMatchTheAuthorsTool(Path input) throws IOException {
        String base = input.toString().substring(0, input.toString().length() - "_metaphlan.txt".length());
        double published = Double.parseDouble(Files.readString(Path.of(base + "_GMWI2.txt")).trim());
        AbundanceTable t = TestTables.metaphlan(input, "s");

        IndexScores scores = GMWI2.score(t, false);
        assertThat(scores.value(0)).isCloseTo(published, within(1e-9));
        assertThat(scores.warnings()).isEmpty();
        assertThat(scores.model().tag()).isEqualTo("gmwi2@1.6");

        List<String> expectedTaxa = new ArrayList<>();
        List<Double> expectedCoef = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(base + "_GMWI2_taxa.txt"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            expectedTaxa.add(f[0]);
            expectedCoef.add(Double.parseDouble(f[1]));
        }
        List<Gmwi2Model.Coefficient> present = GMWI2.presentTaxa(t, 0);
        assertThat(present).extracting(Gmwi2Model.Coefficient::taxon).containsExactlyElementsOf(expectedTaxa);
        assertThat(present).extracting(Gmwi2Model.Coefficient::coefficient).containsExactlyElementsOf(expectedCoef);
    }
}
