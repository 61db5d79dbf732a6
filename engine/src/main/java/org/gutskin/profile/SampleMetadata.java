package org.gutskin.profile;

import org.gutskin.io.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one reader of a sample-metadata table, used by {@code cohort} (group and model columns), {@code replicate}
 * and {@code evaluate} (health labels). Each command puts its own meaning on the values; this class only decides
 * what the file says.
 *
 * <ul>
 *   <li><b>Encoding:</b> UTF-8; a leading byte-order mark is dropped.</li>
 *   <li><b>Separator:</b> tab or comma. A {@code .csv} name means comma and a {@code .tsv}/{@code .tab} name means
 *       tab, unless the header line holds only the other separator; any other name: tab when the header line holds
 *       a tab, else comma.</li>
 *   <li><b>Quotes</b> (RFC 4180, in either separator): a field that starts with {@code "} runs to the closing
 *       {@code "}, may hold separators and line breaks, and writes a quote as {@code ""}. An unclosed quote is an
 *       error.</li>
 *   <li><b>Layout:</b> a header row, then one row per sample; the first column is the sample id, every other column
 *       a variable. {@linkplain #read(Path, boolean) Transposed} (HMP2 layout): the first row holds the sample ids,
 *       then one row per variable with its name first.</li>
 *   <li>Names and values are trimmed; blank lines are skipped.</li>
 *   <li><b>Missing values</b> — the one declared set, compared case-insensitively after trimming: the empty cell,
 *       {@code NA}, {@code N/A}, {@code NaN}, {@code null}, {@code None} and {@code .}. A missing value is never a
 *       group or a label; {@link #value} returns it as empty.</li>
 *   <li><b>Errors</b> ({@link InputException} naming the file and line): an empty file, a header without a variable
 *       column, a row with more or fewer fields than the header (extra trailing empty fields are allowed), an empty
 *       or duplicate sample id, an unclosed quote.</li>
 * </ul>
 */
public final class SampleMetadata {

    /** The declared missing-value spellings, lower case; compared after trimming and lower-casing. */
    public static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "none", ".");

    /** One line for command help: what a metadata file may be. */
    public static final String HELP = "TSV or CSV (by extension, else sniffed), UTF-8 (BOM allowed), quoted fields,"
            + " header row, first column the sample id; missing values: empty, NA, N/A, NaN, null, None, '.'.";

    private final Path source;
    private final List<String> columns;
    private final Map<String, String[]> rows;
    /** Where each value is, for error messages: by row, the line of the sample's row; transposed, see below. */
    private final Map<String, Long> sampleLines;
    /** Transposed only: the line of each variable's row (index = column); null for a table by row. */
    private final long[] columnLines;

    private SampleMetadata(Path source, List<String> columns, Map<String, String[]> rows, Map<String, Long> sampleLines,
            long[] columnLines) {
        this.source = source;
        this.columns = columns;
        this.rows = rows;
        this.sampleLines = sampleLines;
        this.columnLines = columnLines;
    }

    /** Reads a table with one row per sample. */
    public static SampleMetadata read(Path file) {
        return read(file, false);
    }

    /** Reads a table; {@code transposed}: one column per sample (first row the sample ids). */
    public static SampleMetadata read(Path file, boolean transposed) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file.toString(), 0, "cannot read metadata: " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        char sep = separator(file, firstLine(text));
        List<Record> records = parse(text, sep, file);
        if (records.isEmpty())
            throw new InputException(file, 1, "empty metadata file; expected a header row: sample id, then column names");
        return transposed ? byColumn(file, records) : byRow(file, records);
    }

    /** Whether a value is one of the declared {@link #MISSING} spellings. */
    public static boolean isMissing(String v) {
        return v == null || MISSING.contains(v.strip().toLowerCase(Locale.ROOT));
    }

    public Path source() {
        return source;
    }

    /** The variable columns (without the sample id column). */
    public List<String> variables() {
        return columns.subList(1, columns.size());
    }

    /** The sample ids, in file order. */
    public Set<String> sampleIds() {
        return Collections.unmodifiableSet(rows.keySet());
    }

    /** Whether there is a variable of that name. */
    public boolean hasColumn(String name) {
        return variables().contains(name);
    }

    /** The column's index, or an {@link InputException} listing the columns there are. */
    public int column(String name) {
        int i = variables().indexOf(name);
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

    /**
     * The line of the file that holds a sample's value in a column, for an error message naming the row: the
     * sample's row, or in a transposed table the column's row; 0 when the sample has no row.
     */
    public long line(String sampleId, int column) {
        if (!rows.containsKey(sampleId)) return 0;
        return columnLines != null ? columnLines[column] : sampleLines.get(sampleId);
    }

    // --- reading --------------------------------------------------------------------------------------------

    private record Record(long line, List<String> fields) {}

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    static char separator(Path file, String header) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean tab = header.indexOf('\t') >= 0, comma = header.indexOf(',') >= 0;
        if (name.endsWith(".csv")) return tab && !comma ? '\t' : ',';
        if (name.endsWith(".tsv") || name.endsWith(".tab")) return comma && !tab ? ',' : '\t';
        return tab || !comma ? '\t' : ',';
    }

    /** RFC 4180 records; blank lines dropped; each record remembers the line it starts on. */
    private static List<Record> parse(String text, char sep, Path file) {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        long line = 1, start = 1;
        boolean quoted = false, wasQuoted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    f.append(c);
                }
            } else if (c == '"' && f.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                f.setLength(0);
            } else if (c == sep) {
                fields.add(f.toString());
                f.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                fields.add(f.toString());
                f.setLength(0);
                wasQuoted = false;
                addRecord(out, start, fields);
                fields = new ArrayList<>();
                line++;
                start = line;
            } else {
                f.append(c);
            }
        }
        if (quoted) throw new InputException(file, start, "a quoted field is not closed");
        if (f.length() > 0 || !fields.isEmpty() || wasQuoted) {
            fields.add(f.toString());
            addRecord(out, start, fields);
        }
        return out;
    }

    private static void addRecord(List<Record> out, long line, List<String> fields) {
        if (fields.stream().allMatch(String::isBlank)) return;
        out.add(new Record(line, fields.stream().map(String::strip).toList()));
    }

    private static List<String> fit(Path file, Record r, int width) {
        List<String> f = r.fields();
        if (f.size() > width && f.subList(width, f.size()).stream().allMatch(String::isEmpty))
            f = f.subList(0, width);
        if (f.size() != width)
            throw new InputException(file, r.line(), f.size() + " fields, but the header has " + width);
        return f;
    }

    private static SampleMetadata byRow(Path file, List<Record> records) {
        Record head = records.get(0);
        List<String> cols = trimTrailingEmpty(head.fields());
        if (cols.size() < 2)
            throw new InputException(file, head.line(), "metadata needs a sample id column and at least one variable"
                    + " column, tab- or comma-separated");
        Map<String, String[]> rows = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        for (Record r : records.subList(1, records.size())) {
            String[] v = fit(file, r, cols.size()).toArray(String[]::new);
            if (v[0].isEmpty()) throw new InputException(file, r.line(), "empty sample id in the first column");
            if (rows.put(v[0], v) != null)
                throw new InputException(file, r.line(), "sample id '" + v[0] + "' given twice");
            lines.put(v[0], r.line());
        }
        return new SampleMetadata(file, cols, rows, lines, null);
    }

    private static SampleMetadata byColumn(Path file, List<Record> records) {
        Record head = records.get(0);
        List<String> ids = trimTrailingEmpty(head.fields());
        Map<String, String[]> rows = new LinkedHashMap<>();
        int width = records.size();
        for (int i = 1; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id.isEmpty()) throw new InputException(file, head.line(), "empty sample id in column " + (i + 1));
            String[] v = new String[width];
            v[0] = id;
            if (rows.put(id, v) != null)
                throw new InputException(file, head.line(), "sample id '" + id + "' given twice");
        }
        List<String> cols = new ArrayList<>();
        cols.add(ids.isEmpty() ? "" : ids.get(0));
        long[] columnLines = new long[records.size()];
        columnLines[0] = head.line();
        for (int r = 1; r < records.size(); r++) {
            List<String> f = fit(file, records.get(r), ids.size());
            columnLines[r] = records.get(r).line();
            cols.add(f.get(0));
            for (int i = 1; i < f.size(); i++) rows.get(ids.get(i))[r] = f.get(i);
        }
        if (cols.size() < 2)
            throw new InputException(file, head.line(), "a transposed metadata table needs at least one variable row");
        return new SampleMetadata(file, List.copyOf(cols), rows, Map.of(), columnLines);
    }

    private static List<String> trimTrailingEmpty(List<String> f) {
        int end = f.size();
        while (end > 1 && f.get(end - 1).isEmpty()) end--;
        return f.subList(0, end);
    }
}
