package org.gutskin.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gutskin.diversity.beta.BetaMetrics;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recipes of docs/recipes.md, followed once each: only the files the recipe names are added or edited (in a
 * class-path overlay, as a rebuild would place them), and every door then knows the new entry. When a recipe needs
 * another edit to pass, that edit is a hand-written list the registries should have replaced.
 */
class RecipesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path overlay;

    @TempDir
    Path work;

    @Test
    void addABetaMetric() throws Exception {
        // recipe step 2: one line in the services file (the metric class itself is ToyDistance, step 1)
        ClassPathOverlay.write(overlay, "META-INF/services/org.gutskin.diversity.beta.BetaMetricType",
                "org.gutskin.recipes.ToyDistance$Type\n");
        // presence: S1 = {A, B}, S2 = {B, C}, S3 = {A}
        Path table = work.resolve("toy.tsv");
        Files.writeString(table, "feature\tS1\tS2\tS3\nA\t1\t0\t2\nB\t3\t4\t0\nC\t0\t5\t0\n");
        try (ClassPathOverlay g = new ClassPathOverlay(overlay)) {
            assertThat(g.gutskin("beta", "--help").out().replaceAll("\\s+", " "))
                    .contains("toy_symmetric_difference: features present in exactly one of the two samples");
            assertThat(g.gutskin("cohort", "--help").out()).contains("toy_symmetric_difference");
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) g.call("org.gutskin.diversity.beta.BetaMetrics", "names");
            assertThat(names).contains("toy_symmetric_difference", "braycurtis");
            ClassPathOverlay.Run r = g.gutskin("beta", "--metric", "toy_symmetric_difference", table.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            // by hand: S1-S2 {A, C} = 2, S1-S3 {B} = 1, S2-S3 {A, B, C} = 3
            String[] lines = r.out().split("\n");
            assertThat(lines[0]).isEqualTo("\tS1\tS2\tS3");
            assertThat(row(lines[1])).containsExactly(0, 2, 1);
            assertThat(row(lines[2])).containsExactly(2, 0, 3);
            assertThat(row(lines[3])).containsExactly(1, 3, 0);
        }
        // the overlay did not leak into this class path
        assertThat(BetaMetrics.names()).doesNotContain("toy_symmetric_difference");
    }

    static final String CONDITION = """
            id: test-condition
            name: Test condition
            aliases: [testitis]
            certaintyTier: lower
            certaintyNote: A fixture for the add-a-condition recipe.
            certaintyCitations: [misery2017]
            facts:
              - id: tc-gl-01
                level: guideline
                statement: "A fixture statement that cites a verified source."
                citations: [misery2017]
                verified: true
            checklist:
              - text: "A fixture question for the clinician?"
                citations: [misery2017]
            """;

    @Test
    void addACondition() throws Exception {
        // recipe: one condition file and one manifest line, nothing else
        String kb = "org/gutskin/evidence/kb/";
        String manifest;
        try (InputStream in = KnowledgeBase.class.getResourceAsStream("/" + kb + "manifest.yaml")) {
            manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ClassPathOverlay.write(overlay, kb + "manifest.yaml",
                manifest.stripTrailing() + "\n    - {file: conditions/test-condition.yaml}\n");
        ClassPathOverlay.write(overlay, kb + "conditions/test-condition.yaml", CONDITION);
        Path profile = work.resolve("Subj001_time1_S1_metaphlan.txt");
        try (InputStream in = RecipesTest.class.getResourceAsStream("/demo/Subj001_time1_S1_metaphlan.txt")) {
            Files.write(profile, in.readAllBytes());
        }
        try (ClassPathOverlay g = new ClassPathOverlay(overlay)) {
            for (String command : List.of("evidence", "label", "report"))
                assertThat(g.gutskin(command, "--help").out()).as(command + " --help").contains("test-condition");
            ClassPathOverlay.Run ladder = g.gutskin("evidence", "--condition", "test-condition", "--json");
            assertThat(ladder.exit()).as(ladder.err()).isZero();
            assertThat(ladder.out()).contains("A fixture statement that cites a verified source.");
            JsonNode api = JSON.readTree((byte[]) g.call("org.gutskin.server.OpenApiDocument", "current"));
            assertThat(api.at("/paths/~1api~1label/post/requestBody/content/application~1json/schema/properties/condition/enum")
                    .toString()).contains("\"test-condition\"");
            Path out = work.resolve("r.json");
            ClassPathOverlay.Run report = g.gutskin("report", profile.toString(), "--sample", "Subj001_time1_S1",
                    "--condition", "test-condition", "--format", "json", "-o", out.toString());
            assertThat(report.exit()).as(report.err()).isZero();
            JsonNode doc = JSON.readTree(out.toFile());
            assertThat(doc.at("/conditions/0/id").asText()).isEqualTo("test-condition");
            assertThat(doc.at("/conditions/0/name").asText()).isEqualTo("Test condition");
        }
        assertThat(KnowledgeBase.get().conditionIds()).doesNotContain("test-condition");
    }

    private static double[] row(String line) {
        String[] f = line.split("\t");
        double[] v = new double[f.length - 1];
        for (int i = 1; i < f.length; i++) v[i - 1] = Double.parseDouble(f[i]);
        return v;
    }
}
