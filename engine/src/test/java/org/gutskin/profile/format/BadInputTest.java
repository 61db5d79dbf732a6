package org.gutskin.profile.format;

import org.gutskin.testkit.RequiresShared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input named in the issue ends in one {@link InputException} naming the file and the line or
 * field, and saying what was expected — never another exception.
 */
@RequiresShared
class BadInputTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(Path p, Format forced, long line, String... words) {
        var a = assertThatThrownBy(() -> ProfileFiles.read(p, forced)).isInstanceOf(InputException.class);
        a.satisfies(e -> {
            InputException ie = (InputException) e;
            assertThat(ie.describe()).startsWith(p.toString());
            if (line >= 0) assertThat(ie.line()).isEqualTo(line);
            for (String w : words) assertThat(ie.getMessage()).containsIgnoringCase(w);
            assertThat(ie.describe()).doesNotContain("\n");
        });
        return a;
    }

    @Test
    void truncatedTables() throws IOException {
        refused(file("t.tsv", "clade_name\ta\tb\tc\nk__Bacteria\t1\t2\t3\nk__Archaea\t1\t2"), null, 3, "expected 4", "truncated");
        String biom = Files.readString(SharedData.formats("biom/rich_sparse_otu_table.biom"));
        refused(file("t.biom", biom.substring(0, biom.length() / 2)), null, -1, "not valid BIOM JSON");
        byte[] gz = gzip("clade_name\ta\nk__Bacteria\t100\n".repeat(2000).getBytes(StandardCharsets.UTF_8));
        Path g = dir.resolve("t.tsv.gz");
        Files.write(g, Arrays.copyOf(gz, gz.length / 2));
        refused(g, null, 0, "truncated");
        byte[] h5 = Files.readAllBytes(SharedData.formats("biom/rich_sparse_otu_table_hdf5.biom"));
        Path hp = dir.resolve("t_hdf5.biom");
        Files.write(hp, Arrays.copyOf(h5, h5.length / 3));
        refused(hp, null, 0, "HDF5");
    }

    @Test
    void wrongFormat() throws IOException {
        Path tsv = file("x.tsv", "clade_name\ta\nk__Bacteria\t100\n");
        refused(tsv, Format.BIOM_JSON, -1, "BIOM JSON");
        refused(tsv, Format.BIOM_HDF5, 0, "HDF5");
        refused(tsv, Format.KRAKEN2_REPORT, 1, "Kraken report");
        refused(tsv, Format.BRACKEN, 1, "Bracken");
        refused(SharedData.formats("biom/rich_sparse_otu_table.biom"), Format.METAPHLAN, 1, "columns");
        refused(file("notes.txt", "hello world\nthis is not a profile\n"), null, 1, "header");
    }

    @Test
    void negativeAndNaN() throws IOException {
        refused(file("n.tsv", "clade_name\ts1\nk__Bacteria\t-5\n"), null, 2, ">= 0", "-5");
        refused(file("m_metaphlan.txt", "#clade_name\tNCBI_tax_id\trelative_abundance\nk__Bacteria\t2\t-1\n"), null, 2, ">= 0");
        refused(file("nan.tsv", "clade_name\ts1\ts2\nk__Bacteria\t1\tNaN\n"), null, 2, "column 3", "expected a number", "NaN");
        refused(file("inf.csv", "taxon,s1\nBacteroides,Infinity\n"), null, 2, "expected a number");
        refused(file("neg.biom", "{\"rows\":[{\"id\":\"a\"}],\"columns\":[{\"id\":\"s\"}],\"shape\":[1,1],"
                + "\"matrix_type\":\"dense\",\"matrix_element_type\":\"int\",\"data\":[[-3]]}"), null, 1, ">= 0");
        refused(file("nan.biom", "{\"rows\":[{\"id\":\"a\"}],\"columns\":[{\"id\":\"s\"}],\"shape\":[1,1],"
                + "\"matrix_type\":\"dense\",\"data\":[[NaN]]}"), null, 1, "not valid BIOM JSON");
        refused(file("k.report", "  1.00\t10\t10\tU\t0\tunclassified\n 99.00\t-990\t0\tR\t1\troot\n"), null, 2, "whole number");
    }

    @Test
    void duplicateIds() throws IOException {
        refused(file("d.tsv", "clade_name\ts1\ts1\nk__Bacteria\t1\t2\n"), null, 1, "duplicate sample id 's1'", "column 3");
        refused(file("dt.tsv", "clade_name\ts1\nk__Bacteria\t1\nk__Bacteria\t2\n"), null, 3, "listed twice");
        refused(file("dm_metaphlan.txt", "#clade_name\tNCBI_tax_id\trelative_abundance\nk__Bacteria\t2\t50\nk__Bacteria\t2\t50\n"),
                null, 3, "listed twice");
        refused(file("db.biom", "{\"rows\":[{\"id\":\"a\"},{\"id\":\"a\"}],\"columns\":[{\"id\":\"s\"}],\"shape\":[2,1],"
                + "\"matrix_type\":\"sparse\",\"data\":[[0,0,1]]}"), null, 0, "duplicate feature id 'a'", "rows");
        refused(file("ds.biom", "{\"rows\":[{\"id\":\"a\"}],\"columns\":[{\"id\":\"s\"},{\"id\":\"s\"}],\"shape\":[1,2],"
                + "\"matrix_type\":\"sparse\",\"data\":[[0,0,1]]}"), null, 0, "duplicate sample id 's'");
        refused(file("rows.tsv", "sample\tk__A\tk__B\nx\t1\t2\nx\t3\t4\n"), null, 3, "listed twice");
    }

    @Test
    void sumsAboveHundredFailBelowHundredWarn() throws IOException {
        refused(file("over.tsv", "clade_name\ts1\nk__Bacteria\t80.5\nk__Archaea\t70\n"), null, 0, "sum to 150.5", "s1");
        Profile p = ProfileFiles.read(file("under_metaphlan.txt",
                "#clade_name\tNCBI_tax_id\trelative_abundance\nk__Bacteria\t2\t60\nk__Bacteria|p__F\t2|1\t60\n"), (Format) null);
        assertThat(p.warnings()).singleElement().asString().contains("less than 99%", "60");
        // nested rows are not summed: kingdom 100 = phylum 60 + phylum 40 is no excess
        assertThat(ProfileFiles.read(file("ok.tsv", "clade_name\ts1\nk__B\t100\nk__B|p__x\t60\nk__B|p__y\t40\n"),
                (Format) null).warnings()).isEmpty();
    }

    @Test
    void emptyAndBinary() throws IOException {
        refused(file("empty.tsv", ""), null, 0, "empty");
        refused(file("blank.tsv", "  \n\n \t\n"), null, 0, "empty");
        refused(file("comments.tsv", "#mpa_v30\n#nothing else\n"), null, -1, "only # comment lines");
        refused(file("header_only.tsv", "clade_name\ts1\ts2\n"), null, -1, "no taxon rows");
        Path bin = dir.resolve("image.png");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        refused(bin, null, 0, "binary");
        Path bin2 = dir.resolve("late_nul.tsv");
        Files.write(bin2, ("clade_name\ts1\nk__A\t1\u0000\n").getBytes(StandardCharsets.UTF_8));
        refused(bin2, Format.TABLE, 2, "binary");
        refused(dir.resolve("missing.tsv"), null, 0, "no such file");
        refused(dir, null, 0, "directory");
    }

    @Test
    void biomShapeMismatch() throws IOException {
        String rows = "\"rows\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"columns\":[{\"id\":\"s1\"},{\"id\":\"s2\"}]";
        refused(file("s1.biom", "{" + rows + ",\"shape\":[3,2],\"matrix_type\":\"sparse\",\"data\":[[0,0,1]]}"), null, 0,
                "shape", "3 x 2", "2 rows");
        refused(file("s2.biom", "{" + rows + ",\"shape\":[2,2],\"matrix_type\":\"sparse\",\"data\":[[0,5,1]]}"), null, -1,
                "outside the shape");
        refused(file("s3.biom", "{\"shape\":[2,2],\"matrix_type\":\"dense\"," + rows + ",\"data\":[[1,2],[3]]}"), null, -1,
                "dense row 1 has 1 values");
        refused(file("s4.biom", "{\"shape\":[2,2],\"matrix_type\":\"dense\"," + rows + ",\"data\":[[1,2]]}"), null, -1,
                "1 dense rows");
        refused(file("s5.biom", "{" + rows + ",\"shape\":[2,2],\"matrix_type\":\"sparse\",\"data\":[[0,1]]}"), null, -1,
                "expected [row, column, value]");
        refused(file("s6.biom", "{" + rows + ",\"shape\":[2,2],\"data\":[[0,1,1]]}"), null, 0, "matrix_type");
        refused(file("s7.biom", "{" + rows + ",\"shape\":[2,2],\"matrix_type\":\"sparse\",\"matrix_element_type\":\"int\","
                + "\"data\":[[0,1,1.5]]}"), null, 0, "integer");
        // found by Jazzer in CI: a repeated sparse entry reached the table builder's internal check
        refused(file("s8.biom", "{" + rows + ",\"shape\":[2,2],\"matrix_type\":\"sparse\",\"data\":[[1,0,1],[0,0,2],[1,0,3]]}"),
                null, 0, "sample 's1'", "two values", "repeated");
    }

    @Test
    void kraken_and_bracken_specifics() throws IOException {
        refused(file("r.report", "  1.00\t10\t10\tU\t0\tunclassified\n 99.00\t990\t0\tQQ\t1\troot\n"), Format.KRAKEN2_REPORT, 2,
                "rank code");
        refused(file("b.bracken.tsv", "name\ttaxonomy_id\ttaxonomy_lvl\tkraken_assigned_reads\n"), null, 1, "new_est_reads");
        refused(file("b2.bracken.tsv", "name\ttaxonomy_id\ttaxonomy_lvl\tkraken_assigned_reads\tadded_reads\tnew_est_reads\t"
                + "fraction_total_reads\nE coli\t562\tS\t10\t0\t10.5\t0.1\n"), null, 2, "whole number");
    }

    private static byte[] gzip(byte[] b) throws IOException {
        var bos = new java.io.ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(bos)) {
            o.write(b);
        }
        return bos.toByteArray();
    }
}
