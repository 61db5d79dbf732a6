package org.gutskin.profile;

import org.gutskin.io.InputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleMetadataTest {

    @TempDir
    Path dir;

    private SampleMetadata read(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return SampleMetadata.read(p);
    }

    @Test
    void csvWithBomAndQuotes() throws IOException {
        SampleMetadata md = read("m.csv", "\uFEFFid,\"group, name\",note\r\ns1,\"a, b\",\"say \"\"hi\"\"\"\r\n\"s2\",c,\"two\nlines\"\r\n");
        assertThat(md.variables()).containsExactly("group, name", "note");
        assertThat(md.sampleIds()).containsExactly("s1", "s2");
        assertThat(md.value("s1", 1)).contains("a, b");
        assertThat(md.value("s1", 2)).contains("say \"hi\"");
        assertThat(md.value("s2", 2)).contains("two\nlines");
    }

    /**
     * A quoted value may hold a tab or line break (RFC 4180), but a column put to use goes into TSV rows and PDFs:
     * it is refused naming the file and the value's line (the tab is on line 3, after the two-line note of s1).
     */
    @Test
    void aColumnInUseRefusesControlCharactersNamingTheLine() throws IOException {
        SampleMetadata md = read("m.csv", "id,group,note\ns1,a,\"two\nlines\"\ns2,\"b\tforged\",x\n");
        assertThatThrownBy(() -> md.column("group")).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).describe()).endsWith("m.csv:4: the value in column"
                        + " 'group' 'b?forged' holds the character U+0009 at position 2 (a control, noncharacter or"
                        + " text-direction character); names may not contain these"));
        assertThat(md.value("s1", 2)).contains("two\nlines"); // a free-text column nobody uses keeps its line break
    }

    @Test
    void separatorFromExtensionThenHeader() throws IOException {
        assertThat(read("a.tsv", "id\tg,h\ns1\tx,y\n").variables()).containsExactly("g,h");
        assertThat(read("b.csv", "id,g\ts\ns1,x\ty\n").variables()).containsExactly("g\ts");
        assertThat(read("c.csv", "id\tg\ns1\tx\n").variables()).containsExactly("g"); // a .csv that is tab-separated
        assertThat(read("d.txt", "id,g\ns1,x\n").variables()).containsExactly("g");
        assertThat(read("e", "id\tg\ns1\tx\n").variables()).containsExactly("g");
    }

    @Test
    void theDeclaredMissingSet() throws IOException {
        SampleMetadata md = read("m.tsv", "id\tg\ns1\t\ns2\tNA\ns3\tn/a\ns4\tNaN\ns5\tNULL\ns6\tNone\ns7\t.\ns8\tx\ns9\t\"N/A\"\n");
        for (String id : new String[] {"s1", "s2", "s3", "s4", "s5", "s6", "s7", "s9"})
            assertThat(md.value(id, 1)).as(id).isEqualTo(Optional.empty());
        assertThat(md.value("s8", 1)).contains("x");
        assertThat(SampleMetadata.isMissing(" N/A ")).isTrue();
        assertThat(SampleMetadata.isMissing("0")).isFalse();
    }

    @Test
    void blankLinesAndTrailingEmptyFieldsAreFine() throws IOException {
        SampleMetadata md = read("m.tsv", "id\tg\n\ns1\tx\t\t\n \t \ns2\ty\n");
        assertThat(md.sampleIds()).containsExactly("s1", "s2");
    }

    @Test
    void errorsNameFileAndLine() throws IOException {
        assertThatThrownBy(() -> read("dup.csv", "id,g\ns1,x\n\ns1,y\n")).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(4))
                .hasMessageContaining("'s1' given twice");
        assertThatThrownBy(() -> read("short.tsv", "id\tg\th\ns1\tx\n")).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).describe()).contains("short.tsv:2:"))
                .hasMessageContaining("2 fields, but the header has 3");
        assertThatThrownBy(() -> read("long.tsv", "id\tg\ns1\tx\ty\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("3 fields");
        assertThatThrownBy(() -> read("open.csv", "id,g\ns1,\"x\n")).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(2)).hasMessageContaining("not closed");
        assertThatThrownBy(() -> read("empty.tsv", "")).isInstanceOf(InputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("one.tsv", "id\ns1\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("at least one variable");
        assertThatThrownBy(() -> read("noid.tsv", "id\tg\n\tx\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("empty sample id");
    }

    @Test
    void transposed() throws IOException {
        Path p = dir.resolve("t.tsv");
        Files.writeString(p, "\uFEFFid\ts1\ts2\ng\tx\tN/A\nh\t1\t2\n");
        SampleMetadata md = SampleMetadata.read(p, true);
        assertThat(md.variables()).containsExactly("g", "h");
        assertThat(md.value("s1", md.column("g"))).contains("x");
        assertThat(md.value("s2", md.column("g"))).isEmpty();
        assertThat(md.value("s2", md.column("h"))).contains("2");
        Files.writeString(p, "id\ts1\ts1\ng\tx\ty\n");
        assertThatThrownBy(() -> SampleMetadata.read(p, true)).isInstanceOf(InputException.class)
                .hasMessageContaining("given twice");
    }
}
