package org.gutskin.io;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A square distance matrix as HDF5 in the layout Striped UniFrac ({@code ssu -r hdf5_fp64}) writes and
 * {@code unifrac.h5unifrac} reads: datasets {@code format} ({@code "BDSM"}), {@code version} ({@code "2020.12"}),
 * {@code order} (the sample ids, variable-length strings) and {@code matrix} (n × n float64, contiguous, as ssu
 * stores it). Written with jhdf, whose writer takes the data as Java arrays: the square is built row by row (a
 * 20,000-sample matrix is 3.2 GB of heap). jhdf 0.13's chunked layout copies a dataset into one byte array first,
 * which caps it at 2 GB, so the matrix is contiguous like ssu's own.
 */
public final class Hdf5Matrix {

    /** ssu's format tag and version, as its HDF5 output carries them. */
    static final String FORMAT = "BDSM", VERSION = "2020.12";

    private Hdf5Matrix() {}

    /** Writes the {@code n × n} matrix whose rows {@code rows} gives, with its ids, atomically to {@code target}. */
    public static void write(Path target, List<String> ids, Npy.Rows rows) {
        int n = ids.size();
        double[][] square = new double[n][];
        int block = Math.max(1, Math.min(Math.max(1, n), (1 << 20) / Math.max(1, n)));
        double[] values = new double[block * n];
        for (int from = 0; from < n; from += block) {
            int to = Math.min(n, from + block);
            rows.fill(from, to, values);
            for (int i = from; i < to; i++) {
                square[i] = new double[n];
                System.arraycopy(values, (i - from) * n, square[i], 0, n);
            }
        }
        String[] order = ids.toArray(String[]::new);
        AtomicFiles.writeByPath(target, tmp -> {
            try (WritableHdfFile h = HdfFile.write(tmp)) {
                h.putDataset("format", new String[] {FORMAT});
                h.putDataset("version", new String[] {VERSION});
                h.putDataset("order", order);
                h.putDataset("matrix", square);
            } catch (HdfException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }
}
