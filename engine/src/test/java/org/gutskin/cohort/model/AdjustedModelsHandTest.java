package org.gutskin.cohort.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gutskin.io.InputException;
import org.gutskin.profile.SampleMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formula parsing, design building (coding, missing values, strata) and the fits, each against a hand calculation. */
class AdjustedModelsHandTest {

    @TempDir
    Path dir;

    private SampleMetadata metadata(String text) throws Exception {
        Path p = dir.resolve("m.tsv");
        Files.writeString(p, text);
        return SampleMetadata.read(p);
    }

    @Test
    void formulas() {
        assertThat(Formula.parse("Disease + Sex + BMI").terms()).extracting(Formula.Term::column).containsExactly("Disease", "Sex", "BMI");
        assertThat(Formula.parse("~ factor(Batch) + Age").terms().get(0)).isEqualTo(new Formula.Term("Batch", true));
        assertThatThrownBy(() -> Formula.parse("Disease * Sex")).hasMessageContaining("only additive");
        assertThatThrownBy(() -> Formula.parse("Disease + ")).hasMessageContaining("empty term");
        assertThatThrownBy(() -> Formula.parse("Disease + Disease")).hasMessageContaining("twice");
        assertThatThrownBy(() -> Formula.parse("")).hasMessageContaining("empty formula");
        assertThatThrownBy(() -> Formula.parse("log(BMI)")).hasMessageContaining("only column names");
    }

    @Test
    void treatmentCodingMissingValuesAndReference() throws Exception {
        SampleMetadata md = metadata("id\tDisease\tSex\tBMI\n"
                + "a\tHealthy\tMale\t20\nb\tPsoriasis\tFemale\t30\nc\tPsoriasis\tMale\tNA\nd\tHealthy\tFemale\t25\ne\tPsoriasis\t\t28\n");
        List<String> ids = List.of("a", "b", "c", "d", "e");
        DesignBuilder.Result dropped = DesignBuilder.build(md, ids, Formula.parse("Disease + Sex + BMI"), null,
                MissingValues.DROP, Map.of(), false);
        assertThat(dropped.design().sampleIds()).containsExactly("a", "b", "d");
        assertThat(dropped.kept()).containsExactly(0, 1, 3);
        assertThat(dropped.design().notes()).anyMatch(n -> n.startsWith("2 of 5 sample(s) left out"))
                .anyMatch(n -> n.contains("1 sample(s) without a value for 'BMI'"))
                .anyMatch(n -> n.contains("1 sample(s) without a value for 'Sex'"));
        DesignTerm disease = dropped.design().terms().get(0);
        assertThat(disease.columnNames()).containsExactly("DiseasePsoriasis"); // Healthy first in sorted order
        assertThat(disease.columns()[0]).containsExactly(0, 1, 0);
        assertThat(dropped.design().terms().get(1).columnNames()).containsExactly("SexMale");
        assertThat(dropped.design().terms().get(2).columns()[0]).containsExactly(20, 30, 25);

        DesignBuilder.Result imputed = DesignBuilder.build(md, ids, Formula.parse("Sex + BMI"), null, MissingValues.IMPUTE,
                Map.of("Sex", "Male"), true);
        assertThat(imputed.design().size()).isEqualTo(5);
        // Sex: Female 2, Male 2 → tie, the first in sorted order (Female); reference Male → column SexFemale
        assertThat(imputed.design().terms().get(0).columnNames()).containsExactly("SexFemale");
        assertThat(imputed.design().terms().get(0).columns()[0]).containsExactly(0, 1, 0, 1, 1);
        // BMI: median of 20, 30, 25, 28 = 26.5; standardised: mean 25.9, sample SD over 20, 30, 26.5, 25, 28
        double[] bmi = {20, 30, 26.5, 25, 28};
        double mean = (20 + 30 + 26.5 + 25 + 28) / 5.0, ss = 0;
        for (double b : bmi) ss += (b - mean) * (b - mean);
        double sd = Math.sqrt(ss / 4);
        double[] z = imputed.design().terms().get(1).columns()[0];
        for (int i = 0; i < 5; i++) assertThat(z[i]).isCloseTo((bmi[i] - mean) / sd, within(1e-12));
        assertThat(imputed.design().notes()).anyMatch(n -> n.contains("imputed with the median, 26.5"));

        assertThatThrownBy(() -> DesignBuilder.build(md, ids, Formula.parse("Diseas + Sex"), null, MissingValues.DROP, Map.of(), true))
                .isInstanceOf(InputException.class).hasMessageContaining("no column 'Diseas'");
        assertThatThrownBy(() -> DesignBuilder.build(md, ids, Formula.parse("Disease"), null, MissingValues.DROP,
                Map.of("Disease", "Control"), true)).isInstanceOf(InputException.class).hasMessageContaining("the levels are [Healthy, Psoriasis]");
    }

    @Test
    void twoGroupLeastSquaresByHand() {
        // y = 1, 3 (group 0) and 2, 5, 4 (group 1): the coefficient is the difference of means 11/3 − 2 = 5/3;
        // RSS = 1 + 1 + 25/9 + 16/9 + 1/9 = 20/3 on 3 df; SE = √(20/9 · (1/2 + 1/3)) = √(50/27)
        DesignTerm g = new DesignTerm("G", true, List.of("G1"), new double[][] {{0, 0, 1, 1, 1}});
        ModelFit fit = new LeastSquares(List.of(g), 5).fit(new double[] {1, 3, 2, 5, 4});
        ModelFit.Coefficient c = fit.coefficients().get(0);
        double se = Math.sqrt(50.0 / 27), t = (5.0 / 3) / se;
        assertThat(c.estimate()).isCloseTo(5.0 / 3, within(1e-12));
        assertThat(c.standardError()).isCloseTo(se, within(1e-12));
        assertThat(c.statistic()).isCloseTo(t, within(1e-12));
        assertThat(c.degreesOfFreedom()).isEqualTo(3);
        assertThat(fit.residualSd()).isCloseTo(Math.sqrt(20.0 / 9), within(1e-12));
        // Student's t with 3 df: F(t) = 1/2 + (1/π)(u/(1 + u²) + atan u), u = t/√3
        double u = t / Math.sqrt(3), cdf = 0.5 + (u / (1 + u * u) + Math.atan(u)) / Math.PI;
        assertThat(c.pValue()).isCloseTo(2 * (1 - cdf), within(1e-10));
    }

    @Test
    void pairedDesignIsThePairedTTest() throws Exception {
        // three families with one healthy and one psoriasis sample, and one family alone (left out):
        // differences 1, 3, 1 → mean 5/3, SD √(4/3), SE 2/3, t = 2.5 on 2 df; two-sided p = 1 − t/√(2 + t²)
        SampleMetadata md = metadata("id\tDisease\tFamily\n"
                + "h1\tHealthy\tF1\np1\tPsoriasis\tF1\nh2\tHealthy\tF2\np2\tPsoriasis\tF2\nh3\tHealthy\tF3\np3\tPsoriasis\tF3\nz\tPsoriasis\tF4\n");
        DesignBuilder.Result built = DesignBuilder.build(md, List.of("h1", "p1", "h2", "p2", "h3", "p3", "z"),
                Formula.parse("Disease"), "Family", MissingValues.DROP, Map.of(), true);
        assertThat(built.design().strata()).containsExactly(0, 0, 1, 1, 2, 2, 3);
        DesignBuilder.Result paired = PairedDesign.of(built.design());
        assertThat(paired.kept()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(paired.design().notes()).anyMatch(n -> n.contains("1 sample(s) alone in their stratum left out"));
        double[] y = {1, 2, 2, 5, 4, 5};
        List<CoefficientEstimate> est = ResponseFits.estimates("y", new LeastSquares(paired.design()).fit(y), 6, 6, "lm+strata");
        assertThat(est).hasSize(1); // the strata intercepts are never reported
        CoefficientEstimate c = est.get(0);
        assertThat(c.column()).isEqualTo("DiseasePsoriasis");
        assertThat(c.estimate()).isCloseTo(5.0 / 3, within(1e-12));
        assertThat(c.standardError()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(c.degreesOfFreedom()).isEqualTo(2);
        assertThat(c.pValue()).isCloseTo(1 - 2.5 / Math.sqrt(8.25), within(1e-10));
    }

    @Test
    void aliasedColumnsAreRefused() {
        DesignTerm a = new DesignTerm("A", false, List.of("A"), new double[][] {{1, 2, 3, 4}});
        DesignTerm b = new DesignTerm("B", false, List.of("B"), new double[][] {{2, 4, 6, 8}});
        assertThatThrownBy(() -> new LeastSquares(List.of(a, b), 4)).hasMessageContaining("'B' is a linear combination");
    }
}
