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
        CliRun r = followUp(out, "--series", SERIES, "--dates",
                "2014-03-01,2014-03-15,2014-03-29,2014-04-12,2014-04-26");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertThat(doc.get("followUp").get("subject").asText()).isEqualTo("E5002");
        assertThat(doc.get("followUp").get("timePoints")).hasSize(5);
        assertThat(doc.get("accession").get("collected").asText()).isEqualTo("2014-04-26");
        assertThat(doc.get("disclaimer").asText()).startsWith("Not medical advice");
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
    void badSeriesInputExitsThreeNamingTheItem(@TempDir Path dir) {
        Path out = dir.resolve("bad.json");
        CliRun bad = followUp(out, "--series", "ESM5GEYU_P,ESM5GEZ1_P", "--dates", "2014-03-01,2014-13-01");
        assertThat(bad.exit()).isEqualTo(3);
        assertThat(bad.err()).contains("--dates item 2").contains("2014-13-01").doesNotContain("\tat ");
        CliRun same = followUp(out, "--series", "ESM5GEYU_P,ESM5GEZ1_P", "--dates", "2014-03-01,2014-03-01");
        assertThat(same.exit()).isEqualTo(3);
        assertThat(same.err()).contains("item 2").contains("ESM5GEZ1_P").contains("not after item 1");
        CliRun twice = followUp(out, "--series", "ESM5GEYU_P,ESM5GEYU_P");
        assertThat(twice.exit()).isEqualTo(3);
        assertThat(twice.err()).contains("listed twice");
        CliRun unknown = followUp(out, "--series", "ESM5GEYU_P,NOPE");
        assertThat(unknown.exit()).isEqualTo(3);
        assertThat(unknown.err()).contains("unknown sample 'NOPE'");
        assertThat(Files.exists(out)).as("nothing written").isFalse();
        assertThat(followUp(out, "--series", "ESM5GEYU_P", "--dates", "2014-03-01,2014-03-02").exit()).isEqualTo(2);
        assertThat(CliRun.of("report", HMP2.toString(), "--samples-as-rows", "--series", "ESM5GEYU_P", "--format",
                "json", "-o", out.toString()).exit()).as("--series without --subject").isEqualTo(2);
    }
}
