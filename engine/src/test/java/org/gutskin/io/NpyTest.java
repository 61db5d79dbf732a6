package org.gutskin.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The .npy v1.0 layout by hand, from numpy.lib.format's description (BetaNpyTest checks the same bytes against
 * numpy.save itself): for shape (2, 3) the dict {@code {'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }}
 * is 59 characters; magic (6) + version (2) + length (2) + 59 + newline = 70, padded with spaces to 128, so the
 * header length field says 118 and the data starts at byte 128.
 */
class NpyTest {

    @Test
    void headerAndRowMajorLittleEndianData() throws Exception {
        double[][] m = {{0, 0.25, 1}, {0.25, 0, 0.5}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // rows handed over one block at a time, as a distance matrix fills them
        Npy.write(out, 2, 3, (from, to, into) -> {
            for (int i = from; i < to; i++) System.arraycopy(m[i], 0, into, (i - from) * 3, 3);
        });
        byte[] b = out.toByteArray();
        assertThat(b).hasSize(128 + 6 * 8);
        assertThat(Arrays.copyOf(b, 8)).isEqualTo(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(bb.getShort(8)).isEqualTo((short) 118);
        String dict = new String(b, 10, 118, StandardCharsets.US_ASCII);
        assertThat(dict).startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }").endsWith(" \n");
        assertThat(dict.strip()).hasSize(59);
        assertThat(bb.getDouble(128)).isEqualTo(0.0);
        assertThat(bb.getDouble(128 + 8)).isEqualTo(0.25);
        assertThat(bb.getDouble(128 + 5 * 8)).isEqualTo(0.5);
    }
}
