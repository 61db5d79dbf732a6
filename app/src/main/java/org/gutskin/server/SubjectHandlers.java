package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gutskin.cohort.longitudinal.SampleLabels;
import org.gutskin.cohort.longitudinal.Series;
import org.gutskin.cohort.longitudinal.SeriesReader;
import org.gutskin.cohort.longitudinal.TimeKind;
import org.gutskin.cohort.longitudinal.TimePoint;
import org.gutskin.io.Html;
import org.gutskin.profile.Profile;
import org.gutskin.profile.TableUnion;
import org.gutskin.profile.TaxonNames;
import org.gutskin.profile.format.ProfileFormats;
import org.gutskin.report.Accessions;
import org.gutskin.report.FollowUpService;
import org.gutskin.report.ReportOptions;
import org.gutskin.report.ReportRequest;
import org.gutskin.report.TriageProvenance;
import org.gutskin.report.model.Accession;
import org.gutskin.report.model.Report;
import org.gutskin.report.render.ReportFormat;

/**
 * Samples grouped under a subject (a pseudonymous id) with their collection dates, and the subject's follow-up
 * report: the same {@link FollowUpService} and renderers as {@code gutskin report --subject ID --series …}. Every
 * lookup is by tenant: another tenant's subject has no samples.
 */
final class SubjectHandlers {

    private final Services s;
    private volatile FollowUpService followUps;

    SubjectHandlers(Services s) {
        this.s = s;
    }

    private FollowUpService followUps() {
        if (followUps == null) followUps = new FollowUpService(); // the knowledge base loads on first use
        return followUps;
    }

    /**
     * POST /api/samples/{id}/subject with {@code {"subject": ID, "collected": DATE}}: groups the sample under a
     * subject with its collection date (checked as {@code --subject} and {@code --collected}; 400 naming a bad value;
     * empty or missing fields clear them). 200 with the sample.
     */
    void assign(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        long id = SampleHandlers.pathId(ctx, "id");
        JsonNode body;
        try {
            body = s.json().readTree(ctx.body());
        } catch (IOException e) {
            throw new ApiError(400, "expected a JSON object {\"subject\": ID, \"collected\": DATE}");
        }
        if (body == null || !body.isObject())
            throw new ApiError(400, "expected a JSON object {\"subject\": ID, \"collected\": DATE}");
        Accession a = Accessions.parse(text(body, "subject"), text(body, "collected"), null, null, null, "");
        String subject = a == null ? null : a.subject(), collected = a == null ? null : a.collected();
        if (collected != null && subject == null)
            throw new ApiError(400, "collected: a date needs a subject (the person the sample belongs to)");
        if (!s.samples().assign(p.tenantId(), id, subject, collected)) throw ApiError.notFound("sample " + id);
        s.audit().record(p, "sample.subject", "sample/" + id);
        ctx.json(SampleHandlers.sampleJson(s.samples().get(p.tenantId(), id).orElseThrow()));
    }

    /** The upload form's {@code subject} and {@code collected}, checked before anything is stored (null: none). */
    static Accession uploadAccession(Context ctx) {
        String sub = ctx.queryParam("subject"), col = ctx.queryParam("collected");
        if (ctx.isMultipartFormData()) {
            if (sub == null) sub = ctx.formParam("subject");
            if (col == null) col = ctx.formParam("collected");
        }
        Accession a = Accessions.parse(sub, col, null, null, null, "");
        if (a != null && a.collected() != null && a.subject() == null)
            throw new ApiError(400, "collected: a date needs a subject (the person the sample belongs to)");
        return a;
    }

    /** GET /api/subjects/{subject}/samples: the subject's samples, oldest first (undated ones last). */
    void series(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        String subject = subject(ctx);
        List<SampleRow> rows = ordered(s.samples().ofSubject(p.tenantId(), subject));
        if (rows.isEmpty()) throw ApiError.notFound("subject " + subject);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", subject);
        m.put("items", rows.stream().map(SampleHandlers::sampleJson).toList());
        ctx.json(m);
    }

    /**
     * GET /api/subjects/{subject}/report?format=F&condition=&answers=|triage=&age=&audience=: the follow-up report
     * of the subject's samples, oldest first. Red flags and triage are the latest sample's: {@code triage} names
     * answers stored for it, {@code answers} gives them inline. 400 when a sample of a series of two or more has no
     * date, two share one, or the samples come from files of different formats (profilers); one sample gives a
     * single-sample report that says so. Each read is audited.
     */
    void report(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        String subject = subject(ctx);
        List<SampleRow> rows = ordered(s.samples().ofSubject(p.tenantId(), subject));
        if (rows.isEmpty()) throw ApiError.notFound("subject " + subject);
        if (rows.size() > 1)
            for (SampleRow r : rows)
                if (r.collected() == null)
                    throw new ApiError(400, "sample " + r.id() + " ('" + r.name() + "') of subject " + subject
                            + " has no collection date: set it with POST /api/samples/" + r.id() + "/subject");
        SampleRow latest = rows.get(rows.size() - 1);
        ReportAnswers given = ReportAnswers.of(ctx, s, p, latest.id()); // the latest sample's warning signs
        String answers = given.json();
        TriageProvenance by = given.by();
        String f = ctx.queryParam("format"), condition = ctx.queryParam("condition");
        ReportRequest request = ReportRequest.parse(f == null || f.isBlank() ? "json" : f,
                condition == null ? List.of() : List.of(condition), answers, ReportRequest.AnswersFrom.INLINE_ONLY,
                ctx.queryParam("age")).withAudience(ctx.queryParam("audience"));
        ReportFormat format = request.format();
        if (format == ReportFormat.CHECKLIST_PDF) throw new ApiError(400, "format: the checklist PDF is the latest"
                + " sample's: GET /api/samples/" + latest.id() + "/report?format=checklist-pdf");
        List<String> names = rows.stream().map(SampleRow::name).toList();
        if (names.stream().distinct().count() < names.size())
            throw new ApiError(400, "two samples of subject " + subject + " have the same name (" + names
                    + "): rename one before a follow-up report");
        Series series = series(subject, rows);
        if (!s.renders().tryAcquire(p.tenantId())) {
            ctx.header("Retry-After", "2");
            throw new ApiError(429, "too many reports are being prepared for this lab at once; try again shortly");
        }
        byte[] body;
        try {
            Profile profile = profile(p, rows);
            ReportOptions o = request.options();
            ReportOptions options = new ReportOptions(null, null, o.conditions(), o.answers(), latest.sha256(), null, by)
                    .withReaderAge(o.readerAge()).withAudience(o.audience()).withAccession(
                            new Accession(subject, latest.collected(), null, null, "final"));
            Report r = followUps().build(profile, series, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            org.gutskin.report.render.ReportRenderer.render(r, format, out);
            body = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            s.renders().release(p.tenantId());
        }
        s.audit().record(p, AuditLog.READ, "subject/" + subject + "?format=" + format.label());
        if (format == ReportFormat.HTML) ctx.header("Content-Security-Policy", Html.SERVED_DOCUMENT_CSP);
        if (format == ReportFormat.PDF)
            ctx.header("Content-Disposition", "inline; filename=\"followup-" + subject + ".pdf\"");
        ctx.contentType(format.mediaType()).result(body);
    }

    /**
     * The samples' profile: their one upload re-read, or the uploads joined by taxon ({@link TableUnion}, by taxid
     * else rank and name) when the visits came in separate files — of one format only: a series mixing profilers
     * is refused.
     */
    private Profile profile(Principal p, List<SampleRow> rows) {
        List<Long> uploads = rows.stream().map(SampleRow::uploadId).distinct().toList();
        List<String> formats = rows.stream().map(SampleRow::format).distinct().toList();
        if (formats.size() > 1)
            throw new ApiError(400, "the samples of this subject come from different profilers or formats (" + formats
                    + "): a change between them would mix methods");
        List<Profile> profiles = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (long u : uploads) {
            SampleRow any = rows.stream().filter(r -> r.uploadId() == u).findFirst().orElseThrow();
            byte[] content = s.samples().content(p.tenantId(), u).orElseThrow();
            profiles.add(s.uploads().read(any.filename(), ProfileFormats.named(any.format()).format(), content));
            sources.add(any.filename());
        }
        return TableUnion.joinProfiles(profiles, sources, TaxonNames.SPELLING);
    }

    /**
     * The stored rows as the Series core's {@link Series} (dates as epoch days; one undated sample is a series of
     * one). Two samples on one day are refused by the core's one rule ({@link SeriesReader#refuseEqualTimes}),
     * worded with this door's way to leave one out; each sample carries its file's profiler, so a mixed series cannot
     * be built here (the files' formats were checked already).
     */
    private static Series series(String subject, List<SampleRow> rows) {
        List<TimePoint> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SampleRow r = rows.get(i);
            SampleLabels labels = new SampleLabels(ProfileFormats.named(r.format()).format().profiler(), "gut");
            if (r.collected() == null) {
                points.add(new TimePoint(r.name(), i, Optional.empty(), labels));
                continue;
            }
            java.time.LocalDate day = java.time.LocalDate.parse(r.collected().substring(0, 10));
            points.add(new TimePoint(r.name(), day.toEpochDay(), Optional.of(day), labels));
        }
        // the dated samples only: an undated one's time is its place in the list, not a day
        List<TimePoint> dated = points.stream().filter(t -> t.date().isPresent()).toList();
        // sample names are distinct here (report() refuses repeats), so a name finds its row
        Map<String, SampleRow> byName = new HashMap<>();
        for (SampleRow r : rows) byName.put(r.name(), r);
        SeriesReader.refuseEqualTimes(subject, dated, (name, message) -> new ApiError(400, message),
                name -> "collected " + byName.get(name).collected().substring(0, 10),
                name -> "take it out of this subject, or correct its collection date, with POST /api/samples/"
                        + byName.get(name).id() + "/subject");
        return new Series(subject, rows.get(0).collected() == null ? TimeKind.ORDER : TimeKind.DATE, points, false);
    }

    /** Dated samples oldest first, then undated ones in upload order. */
    private static List<SampleRow> ordered(List<SampleRow> rows) {
        List<SampleRow> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing((SampleRow r) -> r.collected() == null)
                .thenComparing(r -> r.collected() == null ? null : Accessions.instant(r.collected()),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(SampleRow::id));
        return out;
    }

    private static String subject(Context ctx) {
        String sub = ctx.pathParam("subject");
        Accession a = Accessions.parse(sub, null, null, null, null, "");
        if (a == null || a.subject() == null) throw ApiError.notFound("subject " + sub);
        return a.subject();
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
