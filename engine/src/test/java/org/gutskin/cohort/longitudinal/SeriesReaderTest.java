package org.gutskin.cohort.longitudinal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gutskin.io.InputException;
import org.gutskin.profile.SampleMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesReaderTest {

    @TempDir
    Path dir;

    private SampleMetadata md(String text) throws IOException {
        Path p = dir.resolve("meta.tsv");
        Files.writeString(p, text);
        return SampleMetadata.read(p);
    }

    @Test
    void datesOrderEachSubjectAndCountDays() throws IOException {
        SeriesSet set = SeriesReader.fromMetadata(md("""
                id\tsubject\tdate
                b2\tB\t2020-01-10
                a2\tA\t2020-03-01
                a1\tA\t2020-02-28
                b1\tB\t2020-01-01
                x\tNA\t2020-01-01
                y\tB\tNA
                """), "subject", "date", SeriesRules.defaults());
        assertThat(set.kind()).isEqualTo(TimeKind.DATE);
        assertThat(set.series()).extracting(Series::subject).containsExactly("B", "A"); // first appearance
        Series a = set.series().get(1);
        assertThat(a.sampleIds()).containsExactly("a1", "a2");
        assertThat(a.elapsedTimes()).containsExactly(0, 2); // 2020 is a leap year: 28 Feb → 1 Mar is 2 days
        assertThat(a.point(0).date()).contains(LocalDate.of(2020, 2, 28));
        assertThat(set.series().get(0).elapsed(1)).isEqualTo(9);
        assertThat(set.leftOut()).containsExactly(new SeriesSet.LeftOut("x", "no subject"),
                new SeriesSet.LeftOut("y", "no date"));
    }

    @Test
    void numbersAndTheSingleSampleSubject() throws IOException {
        SeriesSet set = SeriesReader.fromMetadata(md("id\tsubject\tvisit\ns1\tA\t4\ns2\tA\t1.5\ns3\tC\t2\n"),
                "subject", "visit", SeriesRules.defaults());
        assertThat(set.kind()).isEqualTo(TimeKind.NUMBER);
        assertThat(set.series().get(0).sampleIds()).containsExactly("s2", "s1");
        assertThat(set.series().get(0).elapsedTimes()).containsExactly(0, 2.5);
        assertThat(set.singles()).extracting(Series::subject).containsExactly("C");
        assertThat(set.series().get(1).isSingle()).isTrue();
    }

    @Test
    void unparseableDateNamesFileAndRow() throws IOException {
        SampleMetadata m = md("id\tsubject\tdate\ns1\tA\t2020-01-01\ns2\tA\t2020-13-01\n");
        assertThatThrownBy(() -> SeriesReader.fromMetadata(m, "subject", "date", SeriesRules.defaults()))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).describe()).startsWith(m.source() + ":3: ")
                        .contains("'2020-13-01'", "not a date"));
        SampleMetadata n = md("id\tsubject\tvisit\ns1\tA\t1\ns2\tA\t0x10\n");
        assertThatThrownBy(() -> SeriesReader.fromMetadata(n, "subject", "visit", SeriesRules.defaults()))
                .satisfies(e -> assertThat(((InputException) e).describe()).startsWith(n.source() + ":3: ")
                        .contains("not a number"));
    }

    @Test
    void sameTimeTwiceIsRefusedUnlessOneIsExcluded() throws IOException {
        // HMP2 C3004: CSM67UDR and its technical replicate CSM67UDR_TR are both at visit 16
        String text = "id\tsubject\tcollection\nCSM67UDN\tC3004\t15\nCSM67UDR\tC3004\t16\nCSM67UDR_TR\tC3004\t16\n";
        SampleMetadata m = md(text);
        assertThatThrownBy(() -> SeriesReader.fromMetadata(m, "subject", "collection", SeriesRules.defaults()))
                .satisfies(e -> assertThat(((InputException) e).describe()).startsWith(m.source() + ":4: ")
                        .contains("CSM67UDR", "CSM67UDR_TR", "same time"));
        SeriesSet set = SeriesReader.fromMetadata(m, "subject", "collection",
                new SeriesRules(null, Set.of("CSM67UDR_TR"), null, false));
        assertThat(set.series().get(0).sampleIds()).containsExactly("CSM67UDN", "CSM67UDR");
        assertThat(set.leftOut()).containsExactly(new SeriesSet.LeftOut("CSM67UDR_TR", "excluded"));
    }

    @Test
    void transposedTableNamesTheTimeRow() throws IOException {
        Path p = dir.resolve("t.tsv");
        Files.writeString(p, "id\ts1\ts2\nsubject\tA\tA\nday\t3\t3\n");
        SampleMetadata m = SampleMetadata.read(p, true);
        assertThatThrownBy(() -> SeriesReader.fromMetadata(m, "subject", "day", SeriesRules.defaults()))
                .satisfies(e -> assertThat(((InputException) e).describe()).startsWith(p + ":3: "));
    }

    @Test
    void mixedProfilersOrSitesAreRefusedUnlessAllowedAndThenLabelled() throws IOException {
        SampleMetadata m = md("id\tsubject\tday\ns1\tA\t1\ns2\tA\t2\ns3\tA\t3\n");
        Map<String, SampleLabels> labels = Map.of("s1", new SampleLabels("metaphlan4", "gut"),
                "s2", new SampleLabels("metaphlan4", ""), "s3", new SampleLabels("bracken", "gut"));
        assertThatThrownBy(() -> SeriesReader.fromMetadata(m, "subject", "day",
                new SeriesRules(null, null, labels::get, false)))
                .satisfies(e -> assertThat(((InputException) e).describe()).startsWith(m.source() + ":4: ")
                        .contains("metaphlan4 vs bracken"));
        Series s = SeriesReader.fromMetadata(m, "subject", "day", new SeriesRules(null, null, labels::get, true))
                .series().get(0);
        assertThat(s.isMixed()).isTrue();
        assertThat(s.comparisonLabel(0, 1)).isEmpty(); // an unknown body site does not make a pair mixed
        assertThat(s.comparisonLabel(2, 0)).contains("profilers differ (bracken vs metaphlan4)");
        assertThat(s.comparisonLabel(2, 1)).isPresent();
        Series skin = SeriesReader.fromList("P", List.of("g", "k"), "--series",
                id -> new SampleLabels("metaphlan4", id.equals("g") ? "gut" : "skin"), true);
        assertThat(skin.comparisonLabel(1, 0)).contains("body sites differ (skin vs gut)");
    }

    @Test
    void anExplicitListKeepsItsOrder() {
        Series s = SeriesReader.fromList("P1", List.of("S3", "S1", "S2"), "--series", null, false);
        assertThat(s.kind()).isEqualTo(TimeKind.ORDER);
        assertThat(s.sampleIds()).containsExactly("S3", "S1", "S2");
        assertThat(s.elapsedTimes()).containsExactly(0, 1, 2);
        assertThatThrownBy(() -> SeriesReader.fromList("P1", List.of("S1", "S2", "S1"), "--series", null, false))
                .isInstanceOf(InputException.class).hasMessageContaining("--series").hasMessageContaining("twice");
        assertThatThrownBy(() -> SeriesReader.fromList("P1", List.of("a", "b"), "--series",
                id -> new SampleLabels(id, ""), false))
                .isInstanceOf(InputException.class).hasMessageContaining("--series: sample 2 ('b')");
    }
}
