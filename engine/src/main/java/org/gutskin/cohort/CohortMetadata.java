package org.gutskin.cohort;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gutskin.profile.InputException;

/**
 * A cohort's sample metadata: a tab-separated table with a header row, the sample id in the first column and
 * one column per variable. Values are trimmed; {@code NA}, {@code NaN}, {@code N/A}, {@code null} and empty
 * cells are missing. A short row, a duplicate sample id or an empty file is an {@link InputException} naming
 * the line.
 */
public final class CohortMetadata {

    private static final Set<String> MISSING = Set.of("", "na", "nan", "n/a", "null", "none");

    private final Path source;
    private final List<String> columns;
    private final Map<String, String[]> rows;

    private CohortMetadata(Path source, List<String> columns, Map<String, String[]> rows) {
        this.source = source;
        this.columns = columns;
        this.rows = rows;
    }

    public static CohortMetadata read(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || header.isBlank()) throw new InputException(file, 1, "empty metadata file; expected a header row: sample id, then column names");
            List<String> cols = Arrays.stream(header.split("\t", -1)).map(String::strip).toList();
            if (cols.size() < 2) throw new InputException(file, 1, "metadata needs a sample id column and at least one variable column, tab-separated");
            Map<String, String[]> rows = new LinkedHashMap<>();
            String line;
            long no = 1;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length > cols.size() && Arrays.stream(f, cols.size(), f.length).anyMatch(s -> !s.isBlank()))
                    throw new InputException(file, no, f.length + " fields, but the header has " + cols.size());
                String[] v = new String[cols.size()];
                for (int i = 0; i < v.length; i++) v[i] = i < f.length ? f[i].strip() : "";
                if (v[0].isEmpty()) throw new InputException(file, no, "empty sample id in the first column");
                if (rows.put(v[0], v) != null) throw new InputException(file, no, "sample id '" + v[0] + "' given twice");
            }
            return new CohortMetadata(file, cols, rows);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot read metadata: " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new InputException(file.toString(), 0, "cannot read metadata: " + e.getCause().getMessage(), e);
        }
    }

    public Path source() {
        return source;
    }

    /** The variable columns (without the sample id column). */
    public List<String> variables() {
        return columns.subList(1, columns.size());
    }

    public Set<String> sampleIds() {
        return rows.keySet();
    }

    /** The column's index, or an {@link InputException} listing the columns there are. */
    public int column(String name) {
        int i = columns.subList(1, columns.size()).indexOf(name);
        if (i < 0) throw new InputException(source, 1, "no column '" + name + "'; the columns are " + variables());
        return i + 1;
    }

    /** A sample's value in a column; empty when the sample has no row or the value is missing. */
    public Optional<String> value(String sampleId, int column) {
        String[] row = rows.get(sampleId);
        if (row == null) return Optional.empty();
        String v = row[column];
        return isMissing(v) ? Optional.empty() : Optional.of(v);
    }

    public boolean hasRow(String sampleId) {
        return rows.containsKey(sampleId);
    }

    static boolean isMissing(String v) {
        return MISSING.contains(v.toLowerCase(java.util.Locale.ROOT));
    }

    /** Lists of ids, shortened for a message. */
    static String sample(List<String> ids) {
        return ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + ", …";
    }

}
