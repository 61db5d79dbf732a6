package org.gutskin.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gutskin.io.InputException;
import org.gutskin.profile.SampleMetadata;
import org.gutskin.report.model.Accession;

/**
 * Reads and checks what a lab says about a specimen ({@link Accession}), from the command line ({@code --subject},
 * {@code --collected}, {@code --received}, {@code --performer}, {@code --status}), a batch's metadata columns
 * ({@code subject}, {@code collected}, {@code received}, {@code performer}, {@code status}, read by the one
 * {@link SampleMetadata} reader) or the service's query parameters. A bad value is an {@link InputException} naming
 * the field and the value (exit 3, HTTP 400), before anything is written.
 *
 * <ul>
 *   <li><b>subject</b>: a pseudonymous id, 1–64 of {@code A-Z a-z 0-9 . _ -} (a FHIR identifier value; a space or
 *       an {@code @} suggests a name or an e-mail address, which must never enter a report).</li>
 *   <li><b>collected</b>, <b>received</b>: an ISO date ({@code 2026-11-30}) or a date-time with its offset
 *       ({@code 2026-11-30T08:15:00Z}, {@code …+01:00}) — FHIR's dateTime, which requires the offset when a time is
 *       given. Received may not be before collected.</li>
 *   <li><b>status</b>: a FHIR DiagnosticReport status a lab would send: {@code final} (default),
 *       {@code preliminary}, {@code amended}, {@code corrected}, {@code appended}.</li>
 * </ul>
 */
public final class Accessions {

    /** The report statuses accepted, FHIR R4 DiagnosticReport.status codes. */
    public static final List<String> STATUSES = List.of("final", "preliminary", "amended", "corrected", "appended");

    /** The metadata columns a batch reads, when present. */
    public static final List<String> COLUMNS = List.of("subject", "collected", "received", "performer", "status");

    /** FHIR dateTime as accepted here: a date, or a date-time to the second with its offset. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private Accessions() {}

    /**
     * The accession of these fields (each may be null or blank: not given); {@code where} prefixes the field names
     * in messages ({@code "--"} on the command line, {@code ""} for query parameters, {@code "FILE: row ID: "} …).
     */
    public static Accession parse(String subject, String collected, String received, String performer, String status,
            String where) {
        String sub = blank(subject) ? null : subject.strip();
        if (sub != null && !SUBJECT.matcher(sub).matches())
            throw bad(where, "subject", subject, "a pseudonymous id of 1-64 letters, digits, '.', '_' or '-'"
                    + " (never a name or an e-mail address)");
        String c = date(where, "collected", collected), r = date(where, "received", received);
        if (c != null && r != null && instant(r).isBefore(instant(c)))
            throw bad(where, "received", received, "a time on or after the collection (" + collected.strip() + ")");
        String st = blank(status) ? "final" : status.strip().toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(st)) throw bad(where, "status", status, "one of " + String.join(", ", STATUSES));
        String perf = blank(performer) ? null : performer.strip();
        if (perf != null && perf.length() > 200) throw bad(where, "performer", perf.substring(0, 20) + "…",
                "a lab name of at most 200 characters");
        Accession a = new Accession(sub, c, r, perf, st);
        return a.isEmpty() ? null : a;
    }

    /**
     * A batch sample's accession: the metadata row's columns where present and not missing, else the command-line
     * values ({@code base}, may be null). Bad values name the file, the sample and the column.
     */
    public static Accession forSample(SampleMetadata md, String sampleId, Accession base) {
        Accession b = base == null ? new Accession(null, null, null, null, "final") : base;
        if (md == null || !md.hasRow(sampleId)) return base;
        String[] v = {b.subject(), b.collected(), b.received(), b.performer(), b.status()};
        for (int i = 0; i < COLUMNS.size(); i++)
            if (md.hasColumn(COLUMNS.get(i))) {
                int col = md.column(COLUMNS.get(i));
                String cell = md.value(sampleId, col).orElse("");
                if (!cell.isBlank()) v[i] = cell;
            }
        return parse(v[0], v[1], v[2], v[3], v[4], md.source() + ": sample '" + sampleId + "': column ");
    }

    /** True when the metadata has at least one accession column. */
    public static boolean hasColumns(SampleMetadata md) {
        return Arrays.stream(COLUMNS.toArray(String[]::new)).anyMatch(md::hasColumn);
    }

    /** A checked FHIR dateTime ({@link #parse}'s rule), or null when blank; bad input names {@code where + field}. */
    public static String date(String where, String field, String text) {
        if (blank(text)) return null;
        String t = text.strip();
        try {
            if (DATE.matcher(t).matches()) return LocalDate.parse(t).toString();
            if (DATE_TIME.matcher(t).matches()) {
                OffsetDateTime.parse(t); // a real calendar time, kept as written
                return t;
            }
        } catch (DateTimeParseException e) {
            // falls through to the one message below
        }
        {
            throw bad(where, field, text, "an ISO date (2026-11-30) or a date-time with its offset"
                    + " (2026-11-30T08:15:00Z)");
        }
    }

    /** The instant of a checked date or date-time (a date is its midnight UTC), for ordering. */
    public static OffsetDateTime instant(String iso) {
        return iso.length() == 10 ? LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC) : OffsetDateTime.parse(iso);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static InputException bad(String where, String field, String value, String expected) {
        String w = where == null ? "" : where;
        return new InputException(w + field + ": '" + value + "' is not valid; expected " + expected);
    }
}
