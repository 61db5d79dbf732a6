package org.gutskin.index.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gutskin.profile.InputException;

/**
 * Health labels for evaluation, read from a metadata table: tab- or comma-separated (detected from the header
 * line), a header row, the first column the sample id — or transposed (first row the sample ids, one row per
 * attribute, as the HMP2 metadata is laid out). A sample is healthy when its label column holds one of the
 * healthy values (case-insensitive); every other non-empty value is non-healthy; empty/NA labels are skipped.
 * Rows can be excluded by a column value (e.g. the GMHI validation cohort's body-weight flag).
 *
 * @param healthy  sample id → true for healthy, in file order
 * @param excluded the labelled samples left out by an exclusion
 */
public record Labels(Map<String, Boolean> healthy, Set<String> excluded) {

    /**
     * @param column        the label column (null: the first column after the sample id)
     * @param healthyValues label values that mean healthy
     * @param exclude       column → value; a sample whose column holds that value (case-insensitive) is left out
     */
    public static Labels read(Path file, String column, Set<String> healthyValues, Map<String, String> exclude,
            boolean transposed) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot read labels: " + e.getMessage(), e);
        }
        lines.removeIf(String::isBlank);
        if (lines.size() < 2) throw new InputException(file, 0, "a labels table needs a header and at least one row");
        String first = lines.get(0).replace("\uFEFF", "");
        String sep = first.indexOf('\t') >= 0 ? "\t" : ",";
        List<String[]> rows = new ArrayList<>();
        rows.add(split(first, sep));
        for (String l : lines.subList(1, lines.size())) rows.add(split(l, sep));
        Map<String, Map<String, String>> bySample = transposed ? byColumn(rows, file) : byRow(rows, file);
        List<String> attributes = new ArrayList<>();
        if (transposed) {
            for (String[] r : rows.subList(1, rows.size())) attributes.add(r[0]);
        } else {
            String[] head = rows.get(0);
            for (int i = 1; i < head.length; i++) attributes.add(head[i]);
        }
        if (attributes.isEmpty()) throw new InputException(file, 1, "the labels table has no column besides the sample id");
        String col = column == null ? attributes.get(0) : column;
        if (!attributes.contains(col))
            throw new InputException(file, 1, "no label column '" + col + "'; columns: " + attributes);
        for (String c : exclude.keySet())
            if (!attributes.contains(c)) throw new InputException(file, 1, "no column '" + c + "' to exclude by");
        Set<String> yes = healthyValues.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Boolean> out = new LinkedHashMap<>();
        Set<String> excluded = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, Map<String, String>> e : bySample.entrySet()) {
            String v = e.getValue().getOrDefault(col, "").trim();
            if (v.isEmpty() || v.equalsIgnoreCase("NA") || v.equalsIgnoreCase("nan")) continue;
            boolean skip = false;
            for (Map.Entry<String, String> x : exclude.entrySet())
                skip |= e.getValue().getOrDefault(x.getKey(), "").trim().equalsIgnoreCase(x.getValue());
            if (skip) {
                excluded.add(e.getKey());
                continue;
            }
            out.put(e.getKey(), yes.contains(v.toLowerCase(Locale.ROOT)));
        }
        return new Labels(out, excluded);
    }

    private static String[] split(String line, String sep) {
        String[] f = line.split(sep, -1);
        for (int i = 0; i < f.length; i++) {
            String s = f[i].trim();
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
            f[i] = s;
        }
        return f;
    }

    private static Map<String, Map<String, String>> byRow(List<String[]> rows, Path file) {
        String[] head = rows.get(0);
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            String[] f = rows.get(r);
            if (f.length != head.length)
                throw new InputException(file, r + 1, "expected " + head.length + " fields, found " + f.length);
            Map<String, String> v = new LinkedHashMap<>();
            for (int i = 1; i < f.length; i++) v.put(head[i], f[i]);
            if (m.put(f[0], v) != null) throw new InputException(file, r + 1, "sample '" + f[0] + "' is listed twice");
        }
        return m;
    }

    private static Map<String, Map<String, String>> byColumn(List<String[]> rows, Path file) {
        String[] ids = rows.get(0);
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        for (int i = 1; i < ids.length; i++) {
            if (m.put(ids[i], new LinkedHashMap<>()) != null)
                throw new InputException(file, 1, "sample '" + ids[i] + "' is listed twice");
        }
        for (int r = 1; r < rows.size(); r++) {
            String[] f = rows.get(r);
            if (f.length != ids.length)
                throw new InputException(file, r + 1, "expected " + ids.length + " fields, found " + f.length);
            for (int i = 1; i < f.length; i++) m.get(ids[i]).put(f[0], f[i]);
        }
        return m;
    }
}
