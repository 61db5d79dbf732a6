package org.gutskin.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.io.Html;
import org.gutskin.profile.Format;
import org.gutskin.profile.format.ProfileFormats;
import org.gutskin.profile.Profile;
import org.gutskin.report.ReportRequest;
import org.gutskin.report.TriageProvenance;
import org.gutskin.report.render.ReportFormat;

/** Uploads, samples and their reports. Every lookup is by tenant and id: another tenant's id is a 404. */
final class SampleHandlers {

    private final Services s;
    private final ReportCache cache = new ReportCache(512);

    SampleHandlers(Services s) {
        this.s = s;
    }

    /**
     * POST /api/uploads: the file as the raw body ({@code ?filename=} names it; format detection uses the name and
     * content) or as multipart field {@code file}. 201 with the stored samples, or 200 with {@code duplicate: true}
     * when the same bytes were uploaded before.
     */
    void upload(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        long limit = s.options().maxUploadBytes();
        long declared = ctx.contentLength();
        if (declared > limit) throw tooLarge(limit);
        String filename;
        byte[] content;
        String ct = ctx.contentType();
        if (ct != null && ct.startsWith("multipart/form-data")) {
            UploadedFile f = ctx.uploadedFile("file");
            if (f == null) throw new ApiError(400, "multipart upload: expected a field named 'file'");
            filename = f.filename();
            content = readCapped(f.content(), limit);
        } else {
            filename = ctx.queryParam("filename");
            if (filename == null) filename = ctx.header("X-Filename");
            if (filename == null || filename.isBlank()) {
                throw new ApiError(400, "name the file: ?filename=NAME (the name helps detect the format)");
            }
            content = readCapped(ctx.bodyInputStream(), limit);
        }
        if (content.length == 0) throw new ApiError(400, "the uploaded file is empty");
        String fmt = ctx.queryParam("format");
        Format forced = fmt == null || fmt.isBlank() ? null : ProfileFormats.named(fmt).format();
        // subject and collection date (optional) checked before anything is stored; they group every sample of the
        // upload under the subject (one visit per file; a table of visits sets dates per sample afterwards)
        org.gutskin.report.model.Accession subject = SubjectHandlers.uploadAccession(ctx);
        Uploads.Result r = s.uploads().upload(p, filename, forced, content);
        if (subject != null) {
            for (SampleRow row : r.upload().samples())
                s.samples().assign(p.tenantId(), row.id(), subject.subject(), subject.collected());
            r = new Uploads.Result(s.samples().upload(p.tenantId(), r.upload().id()).orElseThrow(), r.duplicate());
        }
        if (r.duplicate()) {
            s.metrics().uploadDuplicate();
        } else {
            s.metrics().uploadStored(r.upload().samples().size());
        }
        ctx.status(r.duplicate() ? 200 : 201).json(uploadJson(r.upload(), r.duplicate()));
    }

    void getUpload(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        long id = pathId(ctx, "id");
        var u = s.samples().upload(p.tenantId(), id).orElseThrow(() -> ApiError.notFound("upload " + id));
        ctx.json(uploadJson(u, false));
    }

    /**
     * GET /api/samples?q=&limit=&cursor=: the tenant's samples, newest first, a page at a time; q filters by name.
     * {@code nextCursor} (null on the last page) is passed back as {@code cursor} for the next page (keyset
     * pagination, {@link SampleStore#list}). {@code total} is given on the first page (no cursor) only. {@code offset}
     * is refused: it made every deep page cost the whole list.
     */
    void list(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        if (ctx.queryParam("offset") != null)
            throw new ApiError(400, "offset: not supported; pass the previous page's nextCursor as cursor");
        int limit = intParam(ctx, "limit", 50, 1, 500);
        Long cursor = cursor(ctx.queryParam("cursor"));
        String raw = ctx.queryParam("q"), q = raw == null || raw.isBlank() ? null : raw;
        List<SampleRow> rows = s.samples().list(p.tenantId(), q, limit + 1, cursor);
        boolean more = rows.size() > limit;
        if (more) rows = rows.subList(0, limit);
        List<Map<String, Object>> items = rows.stream().map(SampleHandlers::sampleJson).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        // total counts the samples matching q (the same filter as the page), on the first page only: a count reads
        // every matching index entry, and later pages must cost only themselves
        out.put("total", cursor == null ? s.samples().count(p.tenantId(), q) : null);
        out.put("limit", limit);
        out.put("nextCursor", more ? String.valueOf(rows.get(rows.size() - 1).id()) : null);
        out.put("items", items);
        ctx.json(out);
    }

    /** A cursor as {@code nextCursor} gave it (the last id shown; opaque to clients); null when absent. */
    private static Long cursor(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            long c = Long.parseLong(text.strip());
            if (c < 1) throw new NumberFormatException();
            return c;
        } catch (NumberFormatException e) {
            throw new ApiError(400, "cursor: expected the nextCursor of a previous page");
        }
    }

    void get(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        SampleRow row = sample(ctx, p);
        Map<String, Object> m = sampleJson(row);
        try {
            m.put("summary", s.json().readTree(row.summary()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.json(m);
    }

    /**
     * GET /api/samples/{id}/report?format=F (a ReportFormat label)&condition=&triage=|answers=&age=: the report;
     * each read is audited. {@code triage} names answers stored for this sample (POST /api/samples/{id}/triage: the
     * report records who answered, when and through which door); {@code answers} gives them inline (recorded as the
     * caller, now, through the API); with neither the report is {@code not-assessed}. {@code age} (years, or infant,
     * child, adult; optional) puts the reader's trial lanes first and marks them; a bad value is 400.
     * {@code audience} (clinician, patient; default the full report), {@code subject}, {@code collected},
     * {@code received}, {@code performer}, {@code status} as {@code gutskin report}'s options of the same names; a
     * bad value is 400 naming it. Every report links its checklist PDF ({@link #checklistUrl}).
     */
    void report(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        SampleRow row = sample(ctx, p);
        String f = ctx.queryParam("format"), condition = ctx.queryParam("condition");
        ReportAnswers given = ReportAnswers.of(ctx, s, p, row.id());
        String answers = given.json(), triageKey = given.cacheKey();
        TriageProvenance by = given.by();
        // format, conditions, answers, age, audience and accession checked as 'gutskin report' checks its options:
        // 400 naming the value, before any work
        ReportRequest request = ReportRequest.parse(f == null || f.isBlank() ? "json" : f,
                condition == null ? List.of() : List.of(condition), answers, ReportRequest.AnswersFrom.INLINE_ONLY,
                ctx.queryParam("age")).withAudience(ctx.queryParam("audience")).withAccession(ctx.queryParam("subject"),
                ctx.queryParam("collected"), ctx.queryParam("received"), ctx.queryParam("performer"),
                ctx.queryParam("status"), "");
        ReportFormat format = request.format();
        // the branding's version too: a changed logo or lab name is never served from a report rendered before it
        long brandingVersion = s.branding().version(p.tenantId());
        String key = p.tenantId() + "/" + row.id() + "/" + format + "/" + request.conditions() + "/" + triageKey + "/"
                + request.readerAge() + "/" + request.audience() + "/" + request.accession() + "/branding:"
                + brandingVersion;
        TriageProvenance answeredBy = by;
        String checklist = checklistUrl(ctx);
        ReportCache.Result got = cache.get(key, () -> {
            // uncached: at most maxRendersPerTenant of one lab at once, the rest wait their turn (RenderGate)
            if (!s.renders().acquire(p.tenantId())) {
                throw new ApiError(429, "too many reports are being prepared for this lab at once; try again shortly");
            }
            long t0 = System.nanoTime();
            try {
                org.gutskin.report.model.Branding branding = brandingVersion == 0 ? null
                        : s.branding().forReport(p.tenantId(), p.tenantName(), row.id()).orElse(null);
                ReportRenderer.Rendered r = s.reports().render(new ReportRenderer.ReportInput(() -> s.uploads().read(
                        row.filename(), ProfileFormats.named(row.format()).format(),
                        s.samples().content(p.tenantId(), row.uploadId()).orElseThrow()), row, request, answeredBy,
                        checklist, branding));
                s.metrics().rendered(format.label(), System.nanoTime() - t0);
                return r;
            } finally {
                s.renders().release(p.tenantId());
            }
        });
        s.metrics().reportServed(format.label(), got.outcome().name().toLowerCase(java.util.Locale.ROOT));
        ReportRenderer.Rendered out = got.rendered();
        s.audit().record(p, AuditLog.READ, "sample/" + row.id() + "?format=" + format.label()
                + (triageKey.startsWith("triage:") ? "&triage=" + triageKey.substring("triage:".length()) : ""));
        if (format == ReportFormat.HTML) {
            // the report page carries its own inline styles and SVG plots
            ctx.header("Content-Security-Policy", Html.SERVED_DOCUMENT_CSP);
        }
        if (format == ReportFormat.PDF || format == ReportFormat.CHECKLIST_PDF) {
            ctx.header("Content-Disposition", "inline; filename=\"report-" + row.id() + "." + format.extension() + "\"");
        }
        ctx.contentType(out.contentType()).result(out.body());
    }

    /**
     * DELETE /api/samples/{id}: erases the sample, its triage answers, its cached reports and, when no other sample
     * of the same upload is left, the uploaded file. The audit keeps "sample.delete sample/ID" by whom and when, and
     * the earlier entries that name the sample by id; none holds a name or data. 204, or 404 for another tenant's.
     * Other instances' report caches key by sample id and look the sample up first, so theirs are unreachable at
     * once and age out of their LRU.
     */
    void delete(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        long id = pathId(ctx, "id");
        SampleStore.Deleted d = s.samples().delete(p.tenantId(), id);
        if (!d.found()) throw ApiError.notFound("sample " + id);
        cache.removeSample(p.tenantId(), id);
        s.reports().forget(id);
        s.audit().record(p, "sample.delete", "sample/" + id);
        ctx.status(204);
    }

    /**
     * The URL of this report's one-page checklist PDF: the same request with {@code format=checklist-pdf} (every
     * other parameter kept, so the checklist has the same conditions and triage), linked from every report.
     */
    static String checklistUrl(Context ctx) {
        StringBuilder q = new StringBuilder();
        ctx.queryParamMap().forEach((k, vs) -> {
            if (k.equals("format")) return;
            for (String v : vs)
                q.append('&').append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
        });
        return ctx.path() + "?format=" + ReportFormat.CHECKLIST_PDF.label() + q;
    }

    /** GET /api/audit: the tenant's recent report reads. */
    void audit(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        ctx.json(Map.of("items", s.audit().recent(p.tenantId(), intParam(ctx, "limit", 100, 1, 1000))));
    }

    private SampleRow sample(Context ctx, Principal p) {
        long id = pathId(ctx, "id");
        return s.samples().get(p.tenantId(), id).orElseThrow(() -> ApiError.notFound("sample " + id));
    }

    static long pathId(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw ApiError.notFound(name + " " + ctx.pathParam(name));
        }
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) throw new NumberFormatException();
            return i;
        } catch (NumberFormatException e) {
            throw new ApiError(400, name + ": expected an integer from " + min + " to " + max);
        }
    }

    private static byte[] readCapped(InputStream in, long limit) {
        try (in) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (b.length > limit) throw tooLarge(limit);
            return b;
        } catch (IOException e) {
            // the message may name a server-side file; the client only needs to know the body broke off
            throw new ApiError(400, "upload interrupted before the whole file arrived");
        }
    }

    private static ApiError tooLarge(long limit) {
        return new ApiError(413, "the file is larger than the upload limit of " + limit / (1024 * 1024) + " MB");
    }

    static Map<String, Object> sampleJson(SampleRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("uploadId", r.uploadId());
        m.put("filename", r.filename());
        m.put("format", r.format());
        m.put("sha256", r.sha256());
        m.put("taxa", r.taxa());
        m.put("species", r.species());
        m.put("createdAt", r.createdAt());
        if (r.subject() != null) m.put("subject", r.subject());
        if (r.collected() != null) m.put("collected", r.collected());
        return m;
    }

    private static Map<String, Object> uploadJson(SampleStore.StoredUpload u, boolean duplicate) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uploadId", u.id());
        m.put("sha256", u.sha256());
        m.put("filename", u.filename());
        m.put("format", u.format());
        m.put("duplicate", duplicate);
        m.put("samples", u.samples().stream().map(SampleHandlers::sampleJson).toList());
        return m;
    }
}
