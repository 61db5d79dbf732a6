package org.gutskin.profile.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gutskin.io.InputLimits;
import org.gutskin.io.InputException;
import org.gutskin.testkit.Bombs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decompression bombs (issue 15, finding 2): each is refused as "too large" (exit 3, HTTP 413) after at most the
 * limit's worth of work, never by filling the heap. The bombs are built at test time ({@link Bombs}, h5py).
 */
class InputLimitsTest {

    /** A MetaPhlAn 3 header and one row, so that the sniffer sees a profile and the reader reaches the bomb. */
    static final byte[] METAPHLAN_HEAD = ("#mpa_v30_CHOCOPhlAn_201901\n#clade_name\tNCBI_tax_id\trelative_abundance"
            + "\tadditional_species\nk__Bacteria\t2\t100.0\t\n").getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    /** The InputException a read ends in (fails the test when it ends otherwise). */
    private static InputException refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
        Throwable t = catchThrowable(read);
        assertThat(t).isInstanceOf(InputException.class);
        return (InputException) t;
    }

    @Test
    void aGzipOfOneFourGibLineStopsAtTheLineLimit() throws IOException {
        Path bomb = Bombs.gzip(dir.resolve("line.txt.gz"), new byte[0], (byte) '0', 4096); // 4 GiB of '0', no line end
        assertThat(Files.size(bomb)).isLessThan(5L << 20);
        long t0 = System.nanoTime();
        InputException e = refused(() -> ProfileFiles.read(bomb, ReadOptions.DEFAULT));
        assertThat(e.tooLarge()).isTrue();
        assertThat(e.describe()).contains("line.txt.gz:1").contains("a line of more than 16 MiB");
        // 16 MiB decoded, not 4 GiB: well under a second of work; 20 s allows for a loaded machine
        assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(20));
    }

    @Test
    void aGzipOfNewlinesStopsAtTheDecodedLimit() throws IOException {
        Path bomb = Bombs.gzip(dir.resolve("newlines_profile.txt.gz"), METAPHLAN_HEAD, (byte) '\n', 128);
        InputLimits small = InputLimits.CLI.withMaxDecodedMb(64);
        InputException e = refused(() -> ProfileFiles.read(bomb, ReadOptions.DEFAULT.withLimits(small)));
        assertThat(e.tooLarge()).isTrue();
        assertThat(e.describe()).contains("newlines_profile.txt.gz").contains("decompresses to more than 64 MiB");
        // the same file under the limit reads: the limit, not the content, refused it
        assertThat(ProfileFiles.read(bomb, ReadOptions.DEFAULT.withLimits(InputLimits.CLI.withMaxDecodedMb(256)))
                .abundance().sampleCount()).isEqualTo(1);
    }

    @Test
    void aQzaWhoseProvenanceMemberIsABombIsRefused() throws IOException {
        Path qza = dir.resolve("bomb.qza");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(qza))) {
            z.putNextEntry(new ZipEntry("3372eb66-05b6-4671-adc0-b31f003f9bb8/metadata.yaml"));
            z.write("uuid: 3372eb66-05b6-4671-adc0-b31f003f9bb8\ntype: FeatureTable[Frequency]\n".getBytes(StandardCharsets.US_ASCII));
            z.putNextEntry(new ZipEntry("3372eb66-05b6-4671-adc0-b31f003f9bb8/provenance/action/action.yaml"));
            for (int i = 0; i < 80; i++) z.write(zeros);
        }
        InputException e = refused(() -> ProfileFiles.read(qza,
                ReadOptions.DEFAULT.withLimits(InputLimits.CLI.withMaxDecodedMb(64))));
        assertThat(e.tooLarge()).isTrue();
        assertThat(e.describe()).contains("decompresses to more than 64 MiB");
    }

    /**
     * A BIOM 2.1 file of 12 KB whose chunked, gzip-compressed {@code /sample/matrix/data} declares 400 million
     * doubles (3.2 GB; never written, so h5py stores nothing), and one whose root {@code shape} declares 2^40
     * observations: refused from the declarations, before jhdf allocates.
     */
    @Test
    void anHdf5TableDeclaringHugeArraysIsRefusedBeforeAllocating() throws Exception {
        Path data = dir.resolve("huge_data.biom"), shape = dir.resolve("huge_shape.biom");
        String script = """
                import sys, h5py, numpy as np
                def table(path, n_data, shape):
                    with h5py.File(path, 'w') as f:
                        f.attrs['id'] = 'bomb'; f.attrs['type'] = 'OTU table'; f.attrs['format-url'] = 'http://biom-format.org'
                        f.attrs['format-version'] = np.array([2, 1]); f.attrs['generated-by'] = 'test'
                        f.attrs['creation-date'] = '2024-01-01'; f.attrs['shape'] = np.array(shape); f.attrs['nnz'] = 1
                        f.create_dataset('observation/ids', data=np.array([b'a', b'b']))
                        f.create_dataset('sample/ids', data=np.array([b'S1']))
                        f.create_dataset('sample/matrix/data', shape=(n_data,), dtype='f8', chunks=(min(n_data, 1 << 20),),
                                         compression='gzip', fillvalue=0)
                        f.create_dataset('sample/matrix/indices', data=np.array([0], dtype='i4'))
                        f.create_dataset('sample/matrix/indptr', data=np.array([0, 1], dtype='i4'))
                table(sys.argv[1], 400_000_000, [2, 1])
                table(sys.argv[2], 1, [1 << 40, 1])
                """;
        Process probe = new ProcessBuilder("/usr/bin/python3", "-c", "import h5py, numpy").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        Assumptions.assumeTrue(probe.waitFor() == 0, "h5py is not installed for /usr/bin/python3: skipped");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, data.toString(), shape.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(Files.size(data)).isLessThan(100_000);

        InputException d = refused(() -> ProfileFiles.read(data, ReadOptions.DEFAULT));
        assertThat(d.tooLarge()).isTrue();
        assertThat(d.describe()).contains("dataset '/sample/matrix/data' (400000000 elements)").contains("1 GiB");
        InputException s = refused(() -> ProfileFiles.read(shape, ReadOptions.DEFAULT));
        assertThat(s.tooLarge()).isTrue();
        assertThat(s.describe()).contains("attribute 'shape' [1099511627776, 1]");
    }
}
