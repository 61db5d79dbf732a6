package org.gutskin.profile.format;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.io.InputLimits;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;

/**
 * BIOM 2.1 HDF5 (http://biom-format.org/documentation/format_versions/biom-2.1.html), read in pure Java with
 * jhdf: {@code /sample/ids}, {@code /observation/ids}, the compressed-sparse-column matrix
 * {@code /sample/matrix/{data, indices, indptr}} (sample-major, as gutskin stores tables), the observation
 * taxonomy {@code /observation/metadata/taxonomy} (a 2-D string array, one row of levels per feature) and the
 * sample metadata datasets {@code /sample/metadata/*}. The root attribute {@code shape} must agree with the ids and
 * the matrix. Features become lineages as in BIOM JSON ({@link FeatureTable}).
 */
final class BiomHdf5Reader {

    static {
        if (System.getProperty("org.slf4j.simpleLogger.log.io.jhdf") == null)
            System.setProperty("org.slf4j.simpleLogger.log.io.jhdf", "error");
    }

    static final String DESCRIPTION = "BIOM 2.1 HDF5 table (biom-format, QIIME 2 exports): observations x samples,"
            + " optional taxonomy and sample metadata";
    private static final byte[] MAGIC = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private BiomHdf5Reader() {}

    static boolean sniff(Head h) {
        return h.startsWith(MAGIC);
    }

    /** HDF5 is read by random access, so the bytes are read (and checksummed) once into memory first. */
    static Profile read(Path file, java.io.InputStream in, ReadOptions options) throws java.io.IOException {
        return read(file, in.readAllBytes(), Format.BIOM_HDF5, null, options.limits());
    }

    /**
     * Reads a BIOM 2.1 table from bytes, reported as {@code format}; {@code taxonomy} (feature id → lineage, or
     * null) gives the features their lineages when the table carries none (a QIIME 2 table with its taxonomy).
     */
    static Profile read(Path file, byte[] bytes, Format format, Map<String, String> taxonomy, InputLimits limits) {
        checkNotTruncated(file, bytes);
        try (HdfFile h = HdfFile.fromBytes(bytes)) {
            Budget budget = new Budget(file, limits);
            Attribute shapeAttr = h.getAttribute("shape");
            long[] shape = null;
            if (shapeAttr != null) {
                shape = longs(file, "attribute 'shape'", shapeAttr.getData());
                if (shape.length == 2) budget.declared("attribute 'shape' " + java.util.Arrays.toString(shape),
                        (Math.max(0, shape[0]) + 2 * Math.max(0, shape[1]) + 1) * Budget.ELEMENT);
            }
            Attribute nnzAttr = h.getAttribute("nnz");
            if (nnzAttr != null) {
                Object v = nnzAttr.getData();
                long[] nnz = v instanceof Number x ? new long[] {x.longValue()} : longs(file, "attribute 'nnz'", v);
                if (nnz.length == 1) budget.declared("attribute 'nnz' " + nnz[0], Math.max(0, nnz[0]) * 2 * Budget.ELEMENT);
            }
            List<String> obs = strings(file, h, "/observation/ids", budget);
            List<String> samples = strings(file, h, "/sample/ids", budget);
            if (shape != null) {
                if (shape.length != 2 || shape[0] != obs.size() || shape[1] != samples.size())
                    throw new InputException(file, 0, "attribute 'shape' says " + java.util.Arrays.toString(shape)
                            + " but the file has " + obs.size() + " observation ids and " + samples.size() + " sample ids");
            }
            double[] data = doubles(file, "/sample/matrix/data", budget.data(dataset(file, h, "/sample/matrix/data"), "/sample/matrix/data"));
            int[] indices = ints(file, "/sample/matrix/indices", budget.data(dataset(file, h, "/sample/matrix/indices"), "/sample/matrix/indices"));
            long[] indptr = longs(file, "/sample/matrix/indptr", budget.data(dataset(file, h, "/sample/matrix/indptr"), "/sample/matrix/indptr"));
            if (indptr.length != samples.size() + 1)
                throw new InputException(file, 0, "dataset '/sample/matrix/indptr' has " + indptr.length
                        + " entries, expected one more than the " + samples.size() + " samples");
            if (indices.length != data.length)
                throw new InputException(file, 0, "datasets '/sample/matrix/indices' and 'data' differ in length ("
                        + indices.length + " vs " + data.length + ")");
            if (indptr[0] != 0 || indptr[indptr.length - 1] != data.length)
                throw new InputException(file, 0, "dataset '/sample/matrix/indptr' must run from 0 to " + data.length);
            // checked here, then kept as the compressed sparse rows they are (no copy per cell)
            int[] rowStart = new int[indptr.length];
            for (int s = 0; s < samples.size(); s++) {
                if (indptr[s + 1] < indptr[s])
                    throw new InputException(file, 0, "dataset '/sample/matrix/indptr' decreases at sample " + s);
                rowStart[s + 1] = (int) indptr[s + 1];
            }
            int nObs = obs.size();
            for (int k = 0; k < indices.length; k++) {
                int o = indices[k];
                if (o < 0 || o >= nObs)
                    throw new InputException(file, 0, "dataset '/sample/matrix/indices' entry " + k + " = " + o
                            + " lies outside the " + nObs + " observations");
                double v = data[k];
                if (!(v >= 0) || v == Double.POSITIVE_INFINITY)
                    throw new InputException(file, 0, "dataset '/sample/matrix/data' entry " + k
                            + ": expected a value >= 0, got " + v);
            }
            CellBuffer cells = CellBuffer.ofRows(rowStart, indices, data);
            List<String> taxonomies = null;
            Node tax = node(h, "/observation/metadata/taxonomy");
            if (tax instanceof Dataset d) {
                Object t = budget.data(d, "/observation/metadata/taxonomy");
                if (!t.getClass().isArray() || Array.getLength(t) != obs.size())
                    throw new InputException(file, 0, "dataset '/observation/metadata/taxonomy' does not have one entry per observation");
                taxonomies = new ArrayList<>(obs.size());
                for (int r = 0; r < obs.size(); r++) {
                    Object row = Array.get(t, r);
                    if (row != null && row.getClass().isArray()) {
                        StringBuilder sb = new StringBuilder();
                        for (int k = 0; k < Array.getLength(row); k++) {
                            Object lev = Array.get(row, k);
                            if (sb.length() > 0) sb.append("; ");
                            sb.append(lev == null ? "" : lev.toString());
                        }
                        taxonomies.add(sb.toString());
                    } else {
                        taxonomies.add(row == null ? null : row.toString());
                    }
                }
            }
            Map<String, Map<String, String>> meta = new LinkedHashMap<>();
            Node md = node(h, "/sample/metadata");
            if (md instanceof Group g) {
                for (Map.Entry<String, Node> e : g.getChildren().entrySet()) {
                    if (!(e.getValue() instanceof Dataset d)) continue;
                    Object v = budget.data(d, "/sample/metadata/" + e.getKey());
                    if (!v.getClass().isArray() || Array.getLength(v) != samples.size()) continue;
                    for (int s = 0; s < samples.size(); s++) {
                        Object x = Array.get(v, s);
                        if (x == null) continue;
                        meta.computeIfAbsent(samples.get(s), k -> new LinkedHashMap<>()).put(e.getKey(), x.toString());
                    }
                }
            }
            if (taxonomies == null && taxonomy != null) {
                taxonomies = new ArrayList<>(obs.size());
                for (String id : obs) taxonomies.add(taxonomy.getOrDefault(id, "Unassigned"));
            }
            return FeatureTable.finish(file, format, "dataset '/observation/ids'", obs, taxonomies, samples, meta,
                    cells, false);
        } catch (HdfException e) {
            throw new InputException(file.toString(), 0, "not a readable BIOM 2.1 HDF5 file: " + Abbrev.of(String.valueOf(e.getMessage()), 100), e);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // jhdf's own parser met bytes it cannot follow (a damaged or truncated file): any failure of it means
            // the file is unreadable, which is an input problem, not a bug here
            throw new InputException(file.toString(), 0, "not a readable BIOM 2.1 HDF5 file: " + Abbrev.of(String.valueOf(e), 100), e);
        }
    }

    /**
     * Refuses a file shorter than its HDF5 superblock's end-of-file address (a truncated download or copy) before
     * jhdf walks it: on such files jhdf can spend minutes following dangling addresses (found by the fuzz test).
     * Superblock versions 0/1 keep the address after 24/28 bytes, versions 2/3 after 12 + 2 offsets.
     */
    static void checkNotTruncated(Path file, byte[] bytes) {
        {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(64).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            b.put(bytes, 0, Math.min(64, bytes.length));
            if (b.position() < 16 || b.get(0) != (byte) 0x89 || b.get(1) != 'H') return; // not HDF5 here: jhdf says so
            int version = b.get(8);
            int offsets = version <= 1 ? b.get(13) : b.get(9);
            if (offsets != 8) return;
            int at = version == 0 ? 24 : version == 1 ? 28 : 12;
            int eofAt = at + 16; // after the base and the free-space (v0/1) or extension (v2/3) address
            if (b.position() < eofAt + 8) throw new InputException(file, 0, "truncated HDF5 file: no complete superblock");
            long base = b.getLong(at);
            long eof = b.getLong(eofAt);
            long size = bytes.length;
            if (base >= 0 && eof >= 0 && base + eof > size)
                throw new InputException(file, 0, "truncated HDF5 file: its superblock says " + (base + eof)
                        + " bytes, the file has " + size);
        }
    }

    /**
     * The memory the datasets of one table may take, checked against what each declares before jhdf allocates it:
     * a few kilobytes of HDF5 can declare a chunked, compressed dataset of billions of elements (a decompression
     * bomb), and the root attributes {@code shape} and {@code nnz} say how large the arrays will be. Each element
     * is counted at {@value #ELEMENT} bytes at least (gutskin holds ids, values and indices as Java objects,
     * doubles and longs), and every dataset read counts against one total, {@link InputLimits#maxDecodedBytes}.
     */
    private static final class Budget {
        static final long ELEMENT = 8;
        private final Path file;
        private final InputLimits limits;
        private long spent;

        Budget(Path file, InputLimits limits) {
            this.file = file;
            this.limits = limits;
        }

        void declared(String what, long bytes) {
            if (bytes < 0 || bytes > limits.maxDecodedBytes()) throw limits.declaredTooLarge(file.toString(), what, bytes < 0 ? Long.MAX_VALUE : bytes);
        }

        Object data(Dataset d, String path) {
            long n = d.getSize();
            long bytes = n > Long.MAX_VALUE / ELEMENT ? Long.MAX_VALUE : Math.max(d.getSizeInBytes(), n * ELEMENT);
            if (n > Integer.MAX_VALUE - 8 || bytes > limits.maxDecodedBytes() - spent)
                throw limits.declaredTooLarge(file.toString(), "dataset '" + path + "' (" + n + " elements)", bytes);
            spent += bytes;
            return d.getData();
        }
    }

    /**
     * The node at an absolute path, or null; walked child by child because jhdf's {@code getByPath} reports a
     * missing path with an exception that needs a backing file, which a table read from memory has not.
     */
    private static Node node(HdfFile h, String path) {
        Node n = h;
        for (String part : path.substring(1).split("/")) {
            if (!(n instanceof Group g)) return null;
            n = g.getChildren().get(part);
            if (n == null) return null;
        }
        return n;
    }

    private static Dataset dataset(Path file, HdfFile h, String path) {
        Node n = node(h, path);
        if (!(n instanceof Dataset d))
            throw new InputException(file, 0, "BIOM 2.1 dataset '" + path + "' is missing");
        return d;
    }

    private static List<String> strings(Path file, HdfFile h, String path, Budget budget) {
        Dataset d = dataset(file, h, path);
        if (d.isEmpty()) return List.of();
        Object v = budget.data(d, path);
        if (v instanceof String[] ids) { // variable-length strings, the usual case: no reflection per id
            for (int i = 0; i < ids.length; i++) if (ids[i] == null) ids[i] = "";
            return java.util.Arrays.asList(ids);
        }
        if (!v.getClass().isArray())
            throw new InputException(file, 0, "dataset '" + path + "' is not a list of ids");
        List<String> out = new ArrayList<>(Array.getLength(v));
        for (int i = 0; i < Array.getLength(v); i++) {
            Object x = Array.get(v, i);
            out.add(x == null ? "" : x.toString());
        }
        return out;
    }

    private static double[] doubles(Path file, String what, Object v) {
        if (v instanceof double[] d) return d;
        if (!v.getClass().isArray() || !v.getClass().getComponentType().isPrimitive())
            throw new InputException(file, 0, "dataset '" + what + "' is not numeric");
        double[] out = new double[Array.getLength(v)];
        for (int i = 0; i < out.length; i++) out[i] = ((Number) Array.get(v, i)).doubleValue();
        return out;
    }

    /** Indices (BIOM writes int32): an int array as it is, wider integers checked to fit. */
    private static int[] ints(Path file, String what, Object v) {
        if (v instanceof int[] i) return i;
        long[] l = longs(file, "dataset '" + what + "'", v);
        int[] out = new int[l.length];
        for (int k = 0; k < l.length; k++) out[k] = l[k] < Integer.MIN_VALUE || l[k] > Integer.MAX_VALUE ? -1 : (int) l[k];
        return out;
    }

    private static long[] longs(Path file, String what, Object v) {
        if (v instanceof long[] l) return l;
        if (v instanceof int[] i) {
            long[] out = new long[i.length];
            for (int k = 0; k < i.length; k++) out[k] = i[k];
            return out;
        }
        if (!v.getClass().isArray() || !v.getClass().getComponentType().isPrimitive())
            throw new InputException(file, 0, what + " is not a list of integers");
        long[] out = new long[Array.getLength(v)];
        for (int i = 0; i < out.length; i++) {
            double x = ((Number) Array.get(v, i)).doubleValue();
            if (x != Math.rint(x)) throw new InputException(file, 0, what + " holds a fractional index");
            out[i] = (long) x;
        }
        return out;
    }
}
