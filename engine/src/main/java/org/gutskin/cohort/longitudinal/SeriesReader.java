package org.gutskin.cohort.longitudinal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gutskin.io.InputException;
import org.gutskin.profile.SampleMetadata;

/**
 * Builds {@link Series}: from a metadata table with a subject and a time column (read by the one metadata reader,
 * {@link SampleMetadata}), or from an explicit order of sample ids.
 *
 * <p>Times: a column is a date column when its first used value is an ISO date ({@code 2016-03-01}); then every
 * used value must be one. Otherwise every used value must be a finite number (a visit number, a study day). A
 * value that does not parse is an {@link InputException} naming the file and row.
 *
 * <p>Which rows are used: samples the rules make available and do not exclude, with a subject and a time. A missing
 * subject or time (the metadata's declared missing values) leaves the sample out of every series, recorded in
 * {@link SeriesSet#leftOut()}.
 *
 * <p>Two samples of one subject at the same time are refused (naming the row of the second). This is also how
 * technical replicates are handled: HMP2 lists e.g. {@code CSM67UDR} and {@code CSM67UDR_TR} at the same visit,
 * and a series cannot say which one is "the" sample of that day, nor may it silently average or drop one. The user
 * leaves one out explicitly (exclude it, or leave its time empty). No suffix rule is built in: HMP2 also repeats
 * samples as {@code _P} ids, and suffixes mean different things in other studies.
 */
public final class SeriesReader {

    private SeriesReader() {}

    /** A decimal number as people write it (no hex, no {@code Infinity}, no Java suffixes like {@code 1d}). */
    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** The series of every subject of a metadata table. */
    public static SeriesSet fromMetadata(SampleMetadata metadata, String subjectColumn, String timeColumn,
            SeriesRules rules) {
        int sc = metadata.column(subjectColumn);
        int tc = metadata.column(timeColumn);
        Map<String, List<String>> bySubject = new LinkedHashMap<>();
        List<SeriesSet.LeftOut> leftOut = new ArrayList<>();
        for (String id : metadata.sampleIds()) {
            if (!rules.available().test(id)) continue;
            if (rules.excluded().contains(id)) {
                leftOut.add(new SeriesSet.LeftOut(id, "excluded"));
                continue;
            }
            Optional<String> subject = metadata.value(id, sc);
            if (subject.isEmpty()) {
                leftOut.add(new SeriesSet.LeftOut(id, "no " + subjectColumn));
                continue;
            }
            if (metadata.value(id, tc).isEmpty()) {
                leftOut.add(new SeriesSet.LeftOut(id, "no " + timeColumn));
                continue;
            }
            bySubject.computeIfAbsent(subject.get(), k -> new ArrayList<>()).add(id);
        }
        TimeKind kind = null;
        String firstTimeAt = "";
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : bySubject.entrySet()) {
            List<TimePoint> points = new ArrayList<>();
            Map<String, String> rawTime = new LinkedHashMap<>();
            for (String id : e.getValue()) {
                String raw = metadata.value(id, tc).orElseThrow();
                long line = metadata.line(id, tc);
                if (kind == null) {
                    kind = isDate(raw) ? TimeKind.DATE : TimeKind.NUMBER;
                    firstTimeAt = "line " + line + " ('" + raw + "')";
                }
                rawTime.put(id, raw);
                points.add(point(metadata, id, tc, timeColumn, raw, line, kind, firstTimeAt, rules.labels()));
            }
            series.add(build(e.getKey(), kind, points, rules.allowMixed(),
                    (id, msg) -> new InputException(metadata.source(), metadata.line(id, tc), msg),
                    id -> "'" + rawTime.get(id) + "' in column '" + timeColumn + "'"));
        }
        return new SeriesSet(metadata.source(), subjectColumn, timeColumn, kind == null ? TimeKind.NUMBER : kind,
                series, leftOut);
    }

    /**
     * One subject's series in the order given ({@link TimeKind#ORDER}: times 0, 1, 2, …).
     *
     * @param source what names the list in an error, e.g. {@code --series}
     */
    public static Series fromList(String subject, List<String> sampleIds, String source,
            Function<String, SampleLabels> labels, boolean allowMixed) {
        if (sampleIds.isEmpty()) throw new InputException(source + ": no sample ids");
        Set<String> seen = new HashSet<>();
        List<TimePoint> points = new ArrayList<>();
        for (int i = 0; i < sampleIds.size(); i++) {
            String id = sampleIds.get(i).strip();
            if (id.isEmpty()) throw new InputException(source + ": sample id " + (i + 1) + " is empty");
            if (!seen.add(id))
                throw new InputException(source + ": sample '" + id + "' is listed twice; a series lists each sample once,"
                        + " in time order");
            points.add(new TimePoint(id, i, Optional.empty(), labels == null ? null : labels.apply(id)));
        }
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) position.put(points.get(i).sampleId(), i + 1);
        return build(subject, TimeKind.ORDER, points, allowMixed,
                (id, msg) -> new InputException(source + ": sample " + position.get(id) + " ('" + id + "'): " + msg),
                id -> "position " + position.get(id));
    }

    /** How a door refuses a sample of a series: its own error (bad input on the command line, a 400 in the service). */
    public interface Refusal {
        RuntimeException at(String sampleId, String message);
    }

    /** The command line's way to leave a sample out of a series, for {@link #refuseEqualTimes}. */
    private static String cliRemedy(String sampleId) {
        return "exclude it from the series, e.g. --series-exclude " + sampleId + ", or leave its time empty";
    }

    /**
     * The one rule for every door that builds a series (a metadata table, a {@code --series} list, the service's
     * stored samples): two points of one subject at the same time are refused, naming both and the later one in
     * {@code inOrder} as the one to leave out, with {@code remedy}'s advice on how this door leaves a sample out.
     *
     * @return the points in time order
     */
    public static List<TimePoint> refuseEqualTimes(String subject, List<TimePoint> inOrder, Refusal refuse,
            Function<String, String> timeText, Function<String, String> remedy) {
        List<TimePoint> points = new ArrayList<>(inOrder);
        points.sort(Comparator.comparingDouble(TimePoint::time));
        for (int i = 1; i < points.size(); i++) {
            TimePoint a = points.get(i - 1), b = points.get(i);
            if (a.time() == b.time()) {
                TimePoint later = inOrder.indexOf(a) > inOrder.indexOf(b) ? a : b;
                TimePoint other = later == a ? b : a;
                throw refuse.at(later.sampleId(), "subject '" + subject + "': samples '" + other.sampleId() + "' and '"
                        + later.sampleId() + "' have the same time (" + timeText.apply(later.sampleId())
                        + "); a subject's samples need distinct times. A technical replicate or repeat: leave one out"
                        + " explicitly (" + remedy.apply(later.sampleId()) + ")");
            }
        }
        return points;
    }

    /** Orders the points by time, refuses equal times and (unless allowed) mixed labels, each naming its row. */
    private static Series build(String subject, TimeKind kind, List<TimePoint> inFileOrder, boolean allowMixed,
            Refusal refuse, Function<String, String> timeText) {
        List<TimePoint> points = refuseEqualTimes(subject, inFileOrder, refuse, timeText, SeriesReader::cliRemedy);
        if (!allowMixed) {
            for (int i = 0; i < points.size(); i++)
                for (int j = 0; j < i; j++) {
                    Optional<String> why = points.get(j).labels().mismatch(points.get(i).labels());
                    if (why.isPresent())
                        throw refuse.at(points.get(i).sampleId(), "subject '" + subject + "': samples '"
                                + points.get(j).sampleId() + "' and '" + points.get(i).sampleId() + "' are not comparable: "
                                + why.get() + "; allow mixed series to compare them anyway, each comparison labelled");
                }
        }
        return new Series(subject, kind, points, allowMixed);
    }

    private static boolean isDate(String raw) {
        try {
            LocalDate.parse(raw.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static TimePoint point(SampleMetadata metadata, String id, int tc, String timeColumn, String raw, long line,
            TimeKind kind, String firstTimeAt, Function<String, SampleLabels> labels) {
        String v = raw.strip();
        if (kind == TimeKind.DATE) {
            try {
                LocalDate d = LocalDate.parse(v);
                return new TimePoint(id, d.toEpochDay(), Optional.of(d), labels.apply(id));
            } catch (DateTimeParseException e) {
                throw new InputException(metadata.source(), line, "sample '" + id + "': '" + raw + "' in column '"
                        + timeColumn + "' is not a date; expected an ISO date yyyy-mm-dd like the column's first value, at "
                        + firstTimeAt);
            }
        }
        double t = PLAIN_NUMBER.matcher(v).matches() ? Double.parseDouble(v) : Double.NaN;
        if (!Double.isFinite(t))
            throw new InputException(metadata.source(), line, "sample '" + id + "': '" + raw + "' in column '" + timeColumn
                    + "' is not a number; expected a number (or, in every row, an ISO date yyyy-mm-dd) like the column's"
                    + " first value, at " + firstTimeAt);
        return new TimePoint(id, t, Optional.empty(), labels.apply(id));
    }
}
