package org.gutskin.profile.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gutskin.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, findings 8, 9 and 10: names with control, noncharacter or text-direction characters are refused in
 * every format with one line naming the file and the character as U+XXXX; a species over 100 % is refused; a
 * named pipe is refused instead of blocking.
 */
class HostileNamesTest {

    private static final String MPA = "#mpa_vOct22\n#clade_name\tNCBI_tax_id\trelative_abundance\tadditional_species\n";

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static void refused(Path p, String... words) {
        assertThatThrownBy(() -> ProfileFiles.read(p, (org.gutskin.profile.Format) null))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    String d = ((InputException) e).describe();
                    assertThat(d).startsWith(p.toString()).doesNotContain("\n");
                    for (String w : words) assertThat(d).contains(w);
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {0x01, 0x1B, 0x7F, 0x85, 0xFFFF, 0xFDD0, 0x202E})
    void aTaxonNameWithARefusedCharacterIsRefusedNamingIt(int cp) throws IOException {
        String bad = "s__Bad" + new String(Character.toChars(cp)) + "name";
        Path p = file("x_metaphlan.txt", MPA + "k__Bacteria\t2\t100\t\nk__Bacteria|" + bad + "\t3\t100\t\n");
        refused(p, String.format("U+%04X", cp), "taxon name");
    }

    @Test
    void aSampleIdWithATabOrNewlineIsRefusedInBiomJson() throws IOException {
        // BIOM JSON is the one format whose ids may hold a tab or newline: the row alpha/beta would have forged
        for (String id : new String[] {"S1\\tfake", "S1\\nS2\\t0.5"}) {
            Path p = file("t.biom", "{\"id\":\"t\",\"format\":\"Biological Observation Matrix 1.0.0\","
                    + "\"format_url\":\"http://biom-format.org\",\"type\":\"OTU table\",\"generated_by\":\"x\","
                    + "\"date\":\"2020-01-01T00:00:00\",\"matrix_type\":\"sparse\",\"matrix_element_type\":\"int\","
                    + "\"shape\":[1,1],\"data\":[[0,0,5]],\"rows\":[{\"id\":\"k__Bacteria\",\"metadata\":null}],"
                    + "\"columns\":[{\"id\":\"" + id + "\",\"metadata\":null}]}");
            refused(p, "sample id", id.contains("\\t") && !id.contains("\\n") ? "U+0009" : "U+000A");
        }
    }

    @Test
    void ordinaryUnicodeNamesStayAccepted() throws IOException {
        // accents, Greek, CJK and an emoji (a surrogate pair) are not refused
        Path p = file("ok_metaphlan.txt", MPA + "k__Bacteria\t2\t100\t\nk__Bacteria|p__Café_β_菌_\uD83E\uDDA0\t3\t100\t\n");
        assertThat(ProfileFiles.read(p, (org.gutskin.profile.Format) null).abundance().taxa()).hasSize(2);
    }

    @Test
    void aSpeciesAbove100PercentIsRefused() throws IOException {
        // the top level sums to 100 %, so only a per-value rule catches the species at 250 %
        Path p = file("s_metaphlan.txt", MPA + "k__Bacteria\t2\t100\t\nk__Bacteria|p__Firmicutes\t2|1\t100\t\n"
                + "k__Bacteria|p__Firmicutes|s__Big\t2|1|3\t250\t\n");
        refused(p, "s__Big", "250%", "at most 100%");
    }

    @Test
    void aNamedPipeIsRefusedInsteadOfBlocking() throws Exception {
        Path fifo = dir.resolve("pipe_metaphlan.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        // without the check, opening a pipe nobody writes to blocks forever
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(fifo, "not a regular file"));
    }
}
