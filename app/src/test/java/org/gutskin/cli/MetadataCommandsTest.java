package org.gutskin.cli;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One metadata reader ({@link org.gutskin.profile.SampleMetadata}) behind {@code cohort --metadata} and
 * {@code evaluate --labels/--metadata}: CSV works in both, a BOM and RFC 4180 quotes are read, {@code N/A} is missing
 * in both, and a duplicate sample id is exit 3 naming the file and line.
 */
@RequiresShared
class MetadataCommandsTest {

    private static final Path DATA = Shared.root().resolve("data");
    private static final Path HMP2 = DATA.resolve("formats/metaphlan/HMP2_subset_merged_metaphlan3_profiles.tsv");
    private static final Path GMHI = DATA.resolve("gmhi/validation_782");

    @TempDir
    static Path dir;
    /** HMP2 metadata, one sample per row: header then rows of fields. */
    static List<List<String>> hmp2 = new ArrayList<>();

    @BeforeAll
    static void metadata() throws IOException {
        List<String[]> f = Files.readAllLines(DATA.resolve("formats/metaphlan/HMP2_subset_metadata.tsv")).stream()
                .map(l -> l.split("\t", -1)).toList();
        List<String> head = new ArrayList<>(List.of("sample_id"));
        for (int r = 1; r < f.size(); r++) head.add(f.get(r)[0]);
        head.add("note");
        hmp2.add(head);
        for (int c = 1; c < f.get(0).length; c++) {
            List<String> row = new ArrayList<>(List.of(f.get(0)[c]));
            for (int r = 1; r < f.size(); r++) row.add(f.get(r)[c].strip());
            row.add("a, \"quoted\"\nnote");
            hmp2.add(row);
        }
    }

    /** Every field quoted (RFC 4180), a BOM first, CRLF line ends. */
    private static Path csv(String name, List<List<String>> rows) throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            List<String> q = row.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList();
            sb.append(String.join(",", q)).append("\r\n");
        }
        Path p = dir.resolve(name);
        Files.writeString(p, sb);
        return p;
    }

    private static List<List<String>> copy(List<List<String>> rows) {
        List<List<String>> c = new ArrayList<>();
        for (List<String> r : rows) c.add(new ArrayList<>(r));
        return c;
    }

    @Test
    void cohortReadsQuotedCsvWithABom() throws IOException {
        Path out = dir.resolve("csv");
        CliRun r = CliRun.of("cohort", HMP2.toString(), "--metadata", csv("meta.csv", hmp2).toString(), "--group",
                "antibiotics", "--permutations", "99", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // the same statistic as from the TSV (CohortCommandTest, scikit-bio 0.5.8)
        String perm = Files.readAllLines(out.resolve("tests.tsv")).stream()
                .filter(l -> l.startsWith("permanova\tbraycurtis\t")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(perm.split("\t")[2])).isCloseTo(0.4936802024260874, within(1e-9));
        assertThat(Files.readAllLines(out.resolve("alpha.tsv"))).hasSize(130);
    }

    @Test
    void cohortTreatsNASlashAsMissing() throws IOException {
        List<List<String>> rows = copy(hmp2);
        int col = rows.get(0).indexOf("antibiotics");
        for (int i = 1; i <= 3; i++) rows.get(i).set(col, i == 1 ? "N/A" : i == 2 ? "n/a" : ".");
        Path out = dir.resolve("na");
        CliRun r = CliRun.of("cohort", HMP2.toString(), "--metadata", csv("na.csv", rows).toString(), "--group",
                "antibiotics", "--permutations", "9", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("alpha.tsv"))).hasSize(127);
        assertThat(Files.readString(out.resolve("alpha.tsv"))).doesNotContain("N/A").doesNotContain("n/a");
    }

    @Test
    void cohortDuplicateIdIsExit3WithFileAndLine() throws IOException {
        List<List<String>> rows = copy(hmp2.subList(0, 4));
        rows.add(new ArrayList<>(rows.get(1)));
        Path md = csv("dup.csv", rows);
        CliRun r = CliRun.of("cohort", HMP2.toString(), "--metadata", md.toString(), "--group", "antibiotics",
                "-o", dir.resolve("dup").toString());
        assertThat(r.exit()).isEqualTo(3);
        // the header is line 1; each sample row holds a quoted line break (two lines), so the fourth row starts on line 8
        assertThat(r.err()).contains(md + ":8:").contains("given twice").doesNotContain("Exception");
        assertThat(dir.resolve("dup")).doesNotExist();
    }

    private static List<List<String>> gmhiLabels() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String l : Files.readAllLines(GMHI.resolve("validation_metadata_dev.csv")))
            rows.add(new ArrayList<>(List.of(l.split(",", -1))));
        return rows;
    }

    private static Map<String, String> evaluate(Path labels, String option) {
        CliRun r = CliRun.of("evaluate", GMHI.resolve("validation_abundance_dev.csv").toString(), option,
                labels.toString(), "--label-column", "Phenotype", "--index", "gmhi", "--bootstrap", "20");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] head = r.out().split("\n")[0].split("\t"), all = r.out().split("\n")[1].split("\t");
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < head.length; i++) row.put(head[i], all[i]);
        return row;
    }

    @Test
    void evaluateReadsQuotedCsvWithABomAndNASlashIsMissing() throws IOException {
        List<List<String>> rows = gmhiLabels();
        Map<String, String> plain = evaluate(GMHI.resolve("validation_metadata_dev.csv"), "--labels");
        Map<String, String> quoted = evaluate(csv("labels.csv", rows), "--metadata");
        assertThat(quoted).isEqualTo(plain);
        int col = rows.get(0).indexOf("Phenotype");
        int changed = 0;
        for (int i = 1; i < rows.size() && changed < 5; i++)
            if (rows.get(i).get(col).equals("Unhealthy")) {
                rows.get(i).set(col, changed % 2 == 0 ? "N/A" : "null");
                changed++;
            }
        Map<String, String> na = evaluate(csv("labels_na.csv", rows), "--metadata");
        // before, 'N/A' and 'null' were non-healthy labels; now they are missing and the samples are skipped
        assertThat(Integer.parseInt(na.get("n"))).isEqualTo(Integer.parseInt(plain.get("n")) - 5);
        assertThat(na.get("healthy_correct")).isEqualTo(plain.get("healthy_correct"));
    }

    @Test
    void evaluateDuplicateIdIsExit3WithFileAndLine() throws IOException {
        Path labels = dir.resolve("dup_labels.tsv");
        Files.writeString(labels, "id\tPhenotype\nSAMEA2582018\tHealthy\nSAMEA2582019\tUnhealthy\nSAMEA2582018\tHealthy\n");
        CliRun r = CliRun.of("evaluate", GMHI.resolve("validation_abundance_dev.csv").toString(), "--labels",
                labels.toString(), "--index", "gmhi");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains(labels + ":4:").contains("SAMEA2582018").contains("given twice");
    }
}
