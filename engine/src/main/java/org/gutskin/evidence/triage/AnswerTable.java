package org.gutskin.evidence.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.io.InputException;

/**
 * Per-sample triage answers for a batch ({@code gutskin report --all --answers-table FILE}, and the service's batch
 * jobs, {@code POST /api/jobs}): either JSON lines, one object per sample with {@code "sample_id"} and answer keys,
 * or a table whose header is {@code sample_id} and answer keys, tab-separated (or comma-separated when the header
 * holds no tab). In the table a cell reads {@code true/yes/1} or {@code false/no/0}; an empty cell or {@code NA} is
 * "not asked". A sample id twice, an unknown key or an unreadable value is an input error naming the file and line.
 */
public final class AnswerTable {

    /** The column (TSV) or field (JSON lines) that holds the sample id. */
    public static final String SAMPLE_ID = "sample_id";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerTable() {}

    /**
     * The answers of a table with the line each sample's row is on, so a door that checks the ids against its
     * samples can name the line of an unknown one.
     */
    public record Table(Map<String, Map<String, Boolean>> answers, Map<String, Integer> lines) {}

    /** Sample id → answers in file order, with each row's line. */
    public static Table read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the answers table: " + e.getMessage());
        }
        return parse(file.toString(), lines);
    }

    /** The same from bytes received (UTF-8; a service upload): {@code source} names the file in messages. */
    public static Table read(String source, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1); // a byte-order mark, as spreadsheets write
        return parse(source, text.lines().toList());
    }

    private static Table parse(String source, List<String> lines) {
        String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (first.isEmpty()) throw new InputException(source, 1, "the answers table is empty", null);
        return first.strip().startsWith("{") ? jsonLines(source, lines) : table(source, lines);
    }

    private static Table jsonLines(String file, List<String> lines) {
        Table out = new Table(new LinkedHashMap<>(), new LinkedHashMap<>());
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) continue;
            JsonNode n;
            try {
                n = JSON.readTree(l);
            } catch (JsonProcessingException e) {
                throw new InputException(file, i + 1, "not a JSON object: " + e.getOriginalMessage(), e);
            }
            if (n == null || !n.isObject() || !n.path(SAMPLE_ID).isTextual())
                throw new InputException(file, i + 1, "expected a JSON object with \"" + SAMPLE_ID
                        + "\" and answer keys", null);
            put(out, file, i + 1, n.get(SAMPLE_ID).asText(), Triage.answersOf(n, file, i + 1, SAMPLE_ID));
        }
        return out;
    }

    private static Table table(String file, List<String> lines) {
        String sep = lines.get(0).contains("\t") || !lines.get(0).contains(",") ? "\t" : ",";
        String what = sep.equals("\t") ? "tab" : "comma";
        String[] head = lines.get(0).split(sep, -1);
        if (!head[0].strip().equals(SAMPLE_ID))
            throw new InputException(file, 1, "the first column must be '" + SAMPLE_ID + "', then answer keys", null);
        for (int c = 1; c < head.length; c++) head[c] = head[c].strip();
        Triage.checkKeys(KnowledgeBase.get(), List.of(head).subList(1, head.length), file, 1);
        Set<String> seen = new HashSet<>();
        for (int c = 1; c < head.length; c++)
            if (!seen.add(head[c]))
                throw new InputException(file, 1, "column '" + head[c] + "' appears twice", null);
        Table out = new Table(new LinkedHashMap<>(), new LinkedHashMap<>());
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] cells = lines.get(i).split(sep, -1);
            if (cells.length != head.length)
                throw new InputException(file, i + 1, "expected " + head.length + " " + what + "-separated cells, found "
                        + cells.length, null);
            Map<String, Boolean> a = new LinkedHashMap<>();
            for (int c = 1; c < head.length; c++) {
                Boolean v = value(cells[c], file, i + 1, head[c]);
                if (v != null) a.put(head[c], v);
            }
            put(out, file, i + 1, cells[0].strip(), a);
        }
        return out;
    }

    /** A cell's answer, null for "not asked"; anything else is an input error naming the key. */
    private static Boolean value(String cell, String file, int line, String key) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            case "", "na", "n/a" -> null;
            default -> throw new InputException(file, line, "answer '" + key + "' must be true/false, yes/no, 1/0,"
                    + " or empty/NA for not asked; got '" + cell.strip() + "'", null);
        };
    }

    private static void put(Table out, String file, int line, String id, Map<String, Boolean> answers) {
        if (id.isEmpty()) throw new InputException(file, line, "empty sample id", null);
        Integer first = out.lines().put(id, line);
        if (first != null)
            throw new InputException(file, line, "sample '" + id + "' appears twice (first on line " + first + ")",
                    null);
        out.answers().put(id, answers);
    }
}
