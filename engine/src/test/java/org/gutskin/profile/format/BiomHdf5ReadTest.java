package org.gutskin.profile.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.gutskin.io.ByteSource;
import org.gutskin.io.InputException;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BIOM 2.1 HDF5 read whole (issue 19): the checksum is taken lazily from the very bytes that were parsed, and the
 * compressed sparse rows are taken as they are when sorted, one by one (sorted, zeros skipped, repeats refused)
 * when not.
 */
class BiomHdf5ReadTest {

    /** {@code sha256sum engine/src/test/resources/org/gutskin/profile/format/real/edgecase_issue_952.biom} */
    private static final String SHA256 = "cc93d8f70ea485e42c9e462263d40ea737ee21e2495ce9d5dccee6ac0f4a2d20";

    @TempDir
    Path dir;

    private Path real() throws Exception {
        return Path.of(getClass().getResource("real/edgecase_issue_952.biom").toURI());
    }

    @Test
    void theChecksumIsOfTheBytesParsedEvenWhenTheFileChangesBeforeItIsAskedFor() throws Exception {
        Path copy = dir.resolve("t.biom");
        Files.copy(real(), copy);
        Profile p = ProfileFiles.read(copy, (Format) null);
        // the file is replaced after the read: the checksum still names the bytes the table came from
        Files.writeString(dir.resolve("new.biom"), "not the table");
        Files.move(dir.resolve("new.biom"), copy, StandardCopyOption.REPLACE_EXISTING);
        assertThat(p.sha256()).isEqualTo(SHA256);
        assertThat(p.input().asProvenance().sha256()).isEqualTo(SHA256);
        // and an upload held in memory gives the same
        Profile up = ProfileFiles.read(ByteSource.of("up.biom", Files.readAllBytes(real())), ReadOptions.DEFAULT);
        assertThat(up.sha256()).isEqualTo(SHA256);
        assertThat(up.input().name()).isEqualTo("up.biom");
        assertThat(up.abundance().sampleIds()).isEqualTo(p.abundance().sampleIds());
    }

    /** A two-sample table written with jhdf: sample 0 holds indices {2, 0} (unsorted) and an explicit zero. */
    private Path table(int[] indices, double[] data, int[] indptr) throws Exception {
        Path f = dir.resolve("m.biom");
        try (WritableHdfFile h = HdfFile.write(f)) {
            h.putAttribute("shape", new long[] {3, 2});
            WritableGroup obs = h.putGroup("observation");
            obs.putDataset("ids", new String[] {"OTU_a", "OTU_b", "OTU_c"});
            WritableGroup sample = h.putGroup("sample");
            sample.putDataset("ids", new String[] {"s1", "s2"});
            WritableGroup m = sample.putGroup("matrix");
            m.putDataset("data", data);
            m.putDataset("indices", indices);
            m.putDataset("indptr", indptr);
        }
        return f;
    }

    private static double value(AbundanceTable t, String sample, String otu) {
        int x = t.taxa().indexOf(Lineage.ofName(Rank.SPECIES, otu));
        var v = t.sample(t.indexOfSample(sample));
        for (int k = 0; k < v.size(); k++) if (v.taxon(k) == x) return v.value(k);
        return 0;
    }

    @Test
    void unsortedRowsAndZerosReadCellByCell() throws Exception {
        // s1: OTU_c 3, OTU_a 5 (unsorted), OTU_b 0 (a stored zero); s2: OTU_b 7
        Profile p = ProfileFiles.read(table(new int[] {2, 0, 1, 1}, new double[] {3, 5, 0, 7}, new int[] {0, 3, 4}),
                (Format) null);
        AbundanceTable t = p.counts().orElseThrow();
        assertThat(value(t, "s1", "OTU_a")).isEqualTo(5);
        assertThat(value(t, "s1", "OTU_c")).isEqualTo(3);
        assertThat(t.sample(t.indexOfSample("s1")).size()).isEqualTo(2); // the zero is not stored
        assertThat(value(t, "s2", "OTU_b")).isEqualTo(7);
        // sorted rows taken whole give the same table
        Profile q = ProfileFiles.read(table(new int[] {0, 2, 1}, new double[] {5, 3, 7}, new int[] {0, 2, 3}), (Format) null);
        assertThat(value(q.counts().orElseThrow(), "s1", "OTU_a")).isEqualTo(5);
        assertThat(value(q.counts().orElseThrow(), "s1", "OTU_c")).isEqualTo(3);
        assertThat(value(q.counts().orElseThrow(), "s2", "OTU_b")).isEqualTo(7);
    }

    @Test
    void aRepeatedEntryIsRefused() throws Exception {
        Path f = table(new int[] {1, 1, 0}, new double[] {2, 4, 1}, new int[] {0, 2, 3});
        assertThatThrownBy(() -> ProfileFiles.read(f, (Format) null)).isInstanceOf(InputException.class)
                .hasMessageContaining("sample 's1'").hasMessageContaining("repeated entry");
    }
}
