package org.gutskin.profile.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;

/**
 * BIOM 1.0 JSON (McDonald et al. 2012, doi:10.1186/2047-217X-1-7; http://biom-format.org/documentation/format_versions/biom-1.0.html):
 * a top-level object with {@code rows} (observations: {@code id}, {@code metadata}), {@code columns} (samples),
 * {@code shape} [rows, columns], {@code matrix_type} {@code sparse} ({@code data} = [[row, column, value], …])
 * or {@code dense} ({@code data} = one array per row), {@code matrix_element_type} {@code int} or {@code float}.
 *
 * <p>Read with Jackson's streaming parser: a large table's {@code data} goes straight into a sparse cell buffer
 * without a tree. Observations are disjoint features, their lineage from {@link FeatureLineage} (the
 * {@code taxonomy} metadata, a list of levels or one string); the table counts as nested only when some row is
 * an ancestor of another (MetaPhlAn's BIOM output). Values are counts when all are whole numbers, otherwise
 * relative abundances (fractions of 1 scaled to percent). Sample metadata become the samples' metadata.
 *
 * <p>Refused: shape and rows/columns/data disagreeing, an index outside the shape, duplicate ids, negative or
 * non-numeric values, {@code unicode} element type.
 */
final class BiomJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper(
            JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER).build());

    static final String DESCRIPTION = "BIOM 1.0 JSON table (biom-format, QIIME 1, MetaPhlAn --biom): observations x"
            + " samples, sparse or dense, optional taxonomy and sample metadata";

    private BiomJsonReader() {}

    static boolean sniff(Head h) {
        return h.firstNonBlank() == '{';
    }

    private static final class Axis {
        final List<String> ids = new ArrayList<>();
        final List<JsonNode> metadata = new ArrayList<>();
    }

    static Profile read(Path file, InputStream stream) throws IOException {
        return read(file, stream, Format.BIOM_JSON, null);
    }

    /** As {@link #read(Path, InputStream)}, reported as {@code format}, with a taxonomy for features that have none. */
    static Profile read(Path file, InputStream stream, Format format, Map<String, String> taxonomy) throws IOException {
        JsonFactory f = MAPPER.getFactory();
        Axis rows = null, cols = null;
        int[] shape = null;
        String matrixType = null, elementType = null;
        // data parsed before matrix_type is known is kept raw, one array per entry
        List<double[]> raw = null;
        // the cells go straight into the sparse buffer (column = sample, row = taxon); zeros are never stored
        CellBuffer cells = new CellBuffer();
        long dataLine = 0;
        try (JsonParser p = f.createParser(stream)) {
            if (p.nextToken() != JsonToken.START_OBJECT)
                throw new InputException(file, line(p), "a BIOM 1.0 JSON file is one JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken tok = p.nextToken();
                switch (name) {
                    case "rows" -> rows = axis(file, p, "rows");
                    case "columns" -> cols = axis(file, p, "columns");
                    case "shape" -> {
                        JsonNode s = MAPPER.readTree(p);
                        if (!s.isArray() || s.size() != 2 || !s.get(0).canConvertToInt() || !s.get(1).canConvertToInt()
                                || s.get(0).asInt() < 0 || s.get(1).asInt() < 0)
                            throw new InputException(file, line(p), "field 'shape': expected [rows, columns], got " + Abbrev.of(s.toString()));
                        shape = new int[] {s.get(0).asInt(), s.get(1).asInt()};
                    }
                    case "matrix_type" -> matrixType = text(file, p, name);
                    case "matrix_element_type" -> elementType = text(file, p, name);
                    case "data" -> {
                        dataLine = line(p);
                        if (tok != JsonToken.START_ARRAY) throw new InputException(file, line(p), "field 'data': expected an array");
                        boolean sparse = "sparse".equals(matrixType), dense = "dense".equals(matrixType);
                        if (!sparse && !dense) raw = new ArrayList<>();
                        int row = 0;
                        double[] entry = new double[8];
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (p.currentToken() != JsonToken.START_ARRAY)
                                throw new InputException(file, line(p), "field 'data': entry " + row + " is not an array");
                            int k = 0;
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                if (!p.currentToken().isNumeric())
                                    throw new InputException(file, line(p), "field 'data': entry " + row + " holds '"
                                            + Abbrev.of(p.getText()) + "', expected numbers");
                                double v = p.getDoubleValue();
                                if (sparse) {
                                    if (k >= 3) throw new InputException(file, line(p), "field 'data': sparse entry " + row
                                            + " has more than 3 numbers [row, column, value]");
                                    entry[k] = v;
                                } else if (dense) {
                                    check(file, p, v, row, k);
                                    cells.add(k, row, v);
                                } else {
                                    if (k == entry.length) entry = Arrays.copyOf(entry, k * 2);
                                    entry[k] = v;
                                }
                                k++;
                            }
                            if (sparse) {
                                if (k != 3) throw new InputException(file, line(p), "field 'data': sparse entry " + row
                                        + " has " + k + " numbers, expected [row, column, value]");
                                int r = index(file, p, entry[0], row, "row"), c = index(file, p, entry[1], row, "column");
                                check(file, p, entry[2], r, c);
                                cells.add(c, r, entry[2]);
                            } else if (dense) {
                                if (shape != null && k != shape[1])
                                    throw new InputException(file, line(p), "field 'data': dense row " + row + " has " + k
                                            + " values but shape says " + shape[1] + " columns");
                            } else {
                                raw.add(Arrays.copyOf(entry, k));
                            }
                            row++;
                        }
                        if (dense && shape != null && row != shape[0])
                            throw new InputException(file, line(p), "field 'data': " + row + " dense rows but shape says "
                                    + shape[0]);
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT)
                throw new InputException(file, line(p), "expected the end of the BIOM object");
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
            long l = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(file, l, "not valid BIOM JSON: " + Abbrev.of(msg, 100));
        }
        if (rows == null) throw new InputException(file, 0, "BIOM field 'rows' is missing");
        if (cols == null) throw new InputException(file, 0, "BIOM field 'columns' is missing");
        if (matrixType == null) throw new InputException(file, 0, "BIOM field 'matrix_type' is missing");
        if (!matrixType.equals("sparse") && !matrixType.equals("dense"))
            throw new InputException(file, 0, "field 'matrix_type': expected sparse or dense, got '" + Abbrev.of(matrixType) + "'");
        if (elementType != null && !elementType.equals("int") && !elementType.equals("float"))
            throw new InputException(file, 0, "field 'matrix_element_type': expected int or float, got '"
                    + Abbrev.of(elementType) + "'");
        if (shape == null) throw new InputException(file, 0, "BIOM field 'shape' is missing");
        if (shape[0] != rows.ids.size() || shape[1] != cols.ids.size())
            throw new InputException(file, 0, "field 'shape' says " + shape[0] + " x " + shape[1] + " but the file has "
                    + rows.ids.size() + " rows and " + cols.ids.size() + " columns");
        if (raw != null) { // data came before matrix_type
            boolean sparse = matrixType.equals("sparse");
            if (!sparse && raw.size() != shape[0])
                throw new InputException(file, dataLine, "field 'data': " + raw.size() + " dense rows but shape says " + shape[0]);
            for (int e = 0; e < raw.size(); e++) {
                double[] a = raw.get(e);
                if (sparse) {
                    if (a.length != 3) throw new InputException(file, dataLine, "field 'data': sparse entry " + e + " has "
                            + a.length + " numbers, expected [row, column, value]");
                    addRaw(file, dataLine, a[0], a[1], a[2], e);
                } else {
                    if (a.length != shape[1]) throw new InputException(file, dataLine, "field 'data': dense row " + e
                            + " has " + a.length + " values but shape says " + shape[1] + " columns");
                }
            }
            for (int e = 0; e < raw.size(); e++) {
                double[] a = raw.get(e);
                if (sparse) {
                    cells.add((int) a[1], (int) a[0], a[2]);
                } else {
                    for (int c = 0; c < a.length; c++) {
                        if (!(a[c] >= 0)) throw new InputException(file, dataLine, "field 'data': row " + e + ", column "
                                + c + ": expected a value >= 0, got " + a[c]);
                        cells.add(c, e, a[c]);
                    }
                }
            }
        }
        if (cells.size() > 0 && (cells.maxTaxon() >= shape[0] || cells.maxSample() >= shape[1]))
            throw new InputException(file, dataLine, "field 'data': an entry [" + cells.maxTaxon() + ", " + cells.maxSample()
                    + "] lies outside the shape " + shape[0] + " x " + shape[1]);
        return build(file, format, taxonomy, rows, cols, cells, "int".equals(elementType));
    }

    private static void addRaw(Path file, long line, double r, double c, double v, int e) {
        if (r != Math.rint(r) || r < 0 || c != Math.rint(c) || c < 0)
            throw new InputException(file, line, "field 'data': sparse entry " + e + " has a row or column index that is not a whole number >= 0");
        if (!(v >= 0)) throw new InputException(file, line, "field 'data': sparse entry " + e + ": expected a value >= 0, got " + v);
    }

    private static Profile build(Path file, Format format, Map<String, String> taxonomy, Axis rows, Axis cols,
            CellBuffer cells, boolean intType) {
        List<String> taxonomies = new ArrayList<>(rows.ids.size());
        boolean anyTaxonomy = false;
        for (JsonNode m : rows.metadata) {
            String t = taxonomy(m);
            anyTaxonomy |= t != null;
            taxonomies.add(t);
        }
        Map<String, Map<String, String>> meta = new LinkedHashMap<>();
        for (int c = 0; c < cols.ids.size(); c++) {
            JsonNode m = cols.metadata.get(c);
            if (m == null || !m.isObject()) continue;
            Map<String, String> mm = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : m.properties()) {
                if (e.getValue().isNull()) continue;
                mm.put(e.getKey(), flatten(e.getValue()));
            }
            meta.put(cols.ids.get(c), mm);
        }
        if (!anyTaxonomy && taxonomy != null) {
            for (int r = 0; r < rows.ids.size(); r++) taxonomies.set(r, taxonomy.getOrDefault(rows.ids.get(r), "Unassigned"));
            anyTaxonomy = true;
        }
        return FeatureTable.finish(file, format, "field 'rows'", rows.ids, anyTaxonomy ? taxonomies : null,
                cols.ids, meta, cells, intType);
    }

    static String flatten(JsonNode v) {
        if (v.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode e : v) {
                if (sb.length() > 0) sb.append("; ");
                sb.append(flatten(e));
            }
            return sb.toString();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** The taxonomy of an observation's metadata ({@code taxonomy}, any case), as one string, or null. */
    static String taxonomy(JsonNode m) {
        if (m == null || !m.isObject()) return null;
        for (Map.Entry<String, JsonNode> e : m.properties()) {
            if (e.getKey().equalsIgnoreCase("taxonomy") && !e.getValue().isNull()) return flatten(e.getValue());
        }
        return null;
    }

    private static Axis axis(Path file, JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY)
            throw new InputException(file, line(p), "field '" + field + "': expected an array of {id, metadata}");
        Axis a = new Axis();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT)
                throw new InputException(file, line(p), "field '" + field + "': entry " + a.ids.size() + " is not an object");
            String id = null;
            JsonNode meta = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                p.nextToken();
                if (k.equals("id")) {
                    if (!p.currentToken().isScalarValue() || p.currentToken() == JsonToken.VALUE_NULL)
                        throw new InputException(file, line(p), "field '" + field + "': entry " + a.ids.size() + " has no id");
                    id = p.getText();
                } else if (k.equals("metadata")) {
                    meta = MAPPER.readTree(p);
                } else {
                    p.skipChildren();
                }
            }
            if (id == null) throw new InputException(file, line(p), "field '" + field + "': entry " + a.ids.size() + " has no id");
            a.ids.add(id);
            a.metadata.add(meta);
        }
        return a;
    }

    private static String text(Path file, JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING)
            throw new InputException(file, line(p), "field '" + field + "': expected a string");
        return p.getText();
    }

    private static int index(Path file, JsonParser p, double v, int entry, String what) {
        if (v != Math.rint(v) || v < 0 || v > Integer.MAX_VALUE)
            throw new InputException(file, line(p), "field 'data': sparse entry " + entry + " has " + what + " index " + v
                    + ", expected a whole number >= 0");
        return (int) v;
    }

    private static void check(Path file, JsonParser p, double v, int r, int c) {
        if (!(v >= 0) || Double.isInfinite(v))
            throw new InputException(file, line(p), "field 'data': value at row " + r + ", column " + c
                    + ": expected a number >= 0, got " + v);
    }

    private static long line(JsonParser p) {
        return p.currentLocation().getLineNr();
    }
}
