package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gutskin report FILE --subject ID --series …}: the follow-up report of a real HMP2 subject from the command
 * line (MaAsLin2's example, subject E5002, five visits), and bad series input as exit 3 with one line naming the
 * item, nothing written; usage mistakes exit 2.
 */
class FollowUpCommandTest {

    static final Path HMP2 = Path.of("..", "engine", "src", "test", "resources", "org", "gutskin", "cohort", "model",
            "hmp2", "HMP2_taxonomy.tsv.gz");
    static final String SERIES = "ESM5GEYU_P,ESM5GEZ1_P,ESM5GEZ3_P,ESM5MEBP_P,ESM5ME9H_P";

    static CliRun followUp(Path out, String... extra) {
        String[] base = {"report", HMP2.toString(), "--samples-as-rows", "--subject", "E5002", "--format", "json", "-o",
            out.toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliRun.of(all);
    }

    @Test
    void aRealSeriesGivesOneFollowUpReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("e5002.json");
        Path md = metadata(dir, "2014-03-01", "2014-03-15", "2014-03-29", "2014-04-12", "2014-04-26");
        CliRun r = followUp(out, "--metadata", md.toString(), "--time", "collected");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertThat(doc.get("followUp").get("subject").asText()).isEqualTo("E5002");
        assertThat(doc.get("followUp").get("timePoints")).hasSize(5);
        assertThat(doc.get("accession").get("collected").asText()).isEqualTo("2014-04-26");
        assertThat(doc.get("disclaimer").asText()).startsWith("Not medical advice");
    }

    /**
     * A metadata table (samples in shuffled order: the Series core orders them by time) with E5002's five samples,
     * another subject's row, and these dates; illustrative dates two weeks apart (the example has visit numbers).
     */
    static Path metadata(Path dir, String... dates) throws Exception {
        String[] ids = SERIES.split(",");
        StringBuilder b = new StringBuilder("sample_id\tsubject\tcollected\n");
        for (int i = ids.length - 1; i >= 0; i--) b.append(ids[i]).append("\tE5002\t").append(dates[i]).append('\n');
        b.append("CSM5FZ3N_P\tC3001\t2014-01-01\n");
        Path p = dir.resolve("visits.tsv");
        Files.writeString(p, b.toString());
        return p;
    }

    @Test
    void theSeriesCanComeInTheListedOrder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("order.json");
        CliRun r = followUp(out, "--series", SERIES);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode tp = new ObjectMapper().readTree(out.toFile()).get("followUp").get("timePoints");
        assertThat(tp).hasSize(5);
        assertThat(tp.get(0).get("sample").asText()).isEqualTo("ESM5GEYU_P");
        assertThat(tp.get(0).has("date")).isFalse();
    }

    @Test
    void oneSampleIsASingleSampleReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("one.json");
        CliRun r = followUp(out, "--series", "ESM5GEYU_P");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode f = new ObjectMapper().readTree(out.toFile()).get("followUp");
        assertThat(f.get("single").asBoolean()).isTrue();
        assertThat(f.get("note").asText()).contains("single-sample report");
    }

    @Test
    void badSeriesInputExitsThreeNamingTheRow(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("bad.json");
        Path md = metadata(dir, "2014-03-01", "2014-13-01", "2014-03-29", "2014-04-12", "2014-04-26");
        CliRun bad = followUp(out, "--metadata", md.toString(), "--time", "collected");
        assertThat(bad.exit()).as(bad.err()).isEqualTo(3);
        assertThat(bad.err()).contains("visits.tsv").contains("2014-13-01").doesNotContain("\tat ");
        md = metadata(dir, "2014-03-01", "2014-03-01", "2014-03-29", "2014-04-12", "2014-04-26");
        CliRun same = followUp(out, "--metadata", md.toString(), "--time", "collected");
        assertThat(same.exit()).as(same.err()).isEqualTo(3);
        assertThat(same.err()).contains("ESM5GEYU_P").contains("ESM5GEZ1_P");
        CliRun twice = followUp(out, "--series", "ESM5GEYU_P,ESM5GEYU_P");
        assertThat(twice.exit()).isEqualTo(3);
        assertThat(twice.err()).contains("--series").contains("listed twice");
        CliRun unknown = followUp(out, "--series", "ESM5GEYU_P,NOPE");
        assertThat(unknown.exit()).isEqualTo(3);
        assertThat(unknown.err()).contains("unknown sample 'NOPE'");
        assertThat(Files.exists(out)).as("nothing written").isFalse();
        assertThat(followUp(out, "--series", "ESM5GEYU_P", "--time", "collected").exit()).isEqualTo(2);
        assertThat(CliRun.of("report", HMP2.toString(), "--samples-as-rows", "--series", "ESM5GEYU_P", "--format",
                "json", "-o", out.toString()).exit()).as("--series without --subject").isEqualTo(2);
    }
}
