package org.gutskin.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.ProfileFormats;
import org.gutskin.provenance.Provenance;
import org.gutskin.report.ReportRequest;
import org.gutskin.report.TriageProvenance;
import org.gutskin.report.model.Branding;

/**
 * GET /api/admin/export (lab-admin): the tenant's data as one zip, streamed ({@link ZipArchive}): every upload as
 * it was sent ({@code uploads/ID-FILENAME}), every set of triage answers with who gave them, when and through which
 * door ({@code triage/SAMPLEID-ID.json}), a JSON report per sample ({@code reports/SAMPLEID-NAME.json}, made now
 * from the sample's latest answers, or not-assessed without any), {@code manifest.tsv} (one row per entry) and
 * {@code provenance.json}. Entry names carry the database id, so they are unique without being remembered: the
 * manifest is written first in one pass over the rows, the contents in a second, each row read a page at a time.
 */
final class ExportHandlers {

    private static final int PAGE = 500;

    private final Services s;

    ExportHandlers(Services s) {
        this.s = s;
    }

    void export(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        long t = p.tenantId();
        Provenance prov = Provenance.builder().knowledgeBase(KnowledgeBase.get().version())
                .engine("gutskin serve, tenant export").option("tenant", p.tenantName())
                .option("exportedBy", p.username()).build();
        s.audit().record(p, "tenant.export", "tenant/" + t);
        ZipArchive.respond(ctx, "gutskin-export-" + ZipArchive.safe(p.tenantName()) + ".zip", zip -> {
            zip.provenance(prov);
            ZipArchive.Manifest m = zip.manifest(prov, List.of("kind", "id", "sample_id", "sample", "path", "sha256",
                    "note"));
            for (List<SampleStore.UploadInfo> page = s.samples().uploadsAfter(t, 0, PAGE); !page.isEmpty();
                    page = s.samples().uploadsAfter(t, page.get(page.size() - 1).id(), PAGE))
                for (SampleStore.UploadInfo u : page)
                    m.row(Arrays.asList("upload", String.valueOf(u.id()), null, null, uploadPath(u), u.sha256(),
                            u.format()));
            for (List<SampleRow> page = s.samples().after(t, 0, PAGE); !page.isEmpty();
                    page = s.samples().after(t, page.get(page.size() - 1).id(), PAGE))
                for (SampleRow r : page)
                    m.row(Arrays.asList("report", String.valueOf(r.id()), String.valueOf(r.id()), r.name(),
                            reportPath(r), null, "upload " + r.uploadId()));
            for (List<TriageStore.StoredTriage> page = s.triage().after(t, 0, PAGE); !page.isEmpty();
                    page = s.triage().after(t, page.get(page.size() - 1).id(), PAGE))
                for (TriageStore.StoredTriage a : page)
                    m.row(Arrays.asList("triage", String.valueOf(a.id()), String.valueOf(a.sampleId()), null,
                            triagePath(a), null, a.route() + (a.skipped() ? " (skipped)" : "") + " via " + a.via()));
            m.end();

            for (List<SampleStore.UploadInfo> page = s.samples().uploadsAfter(t, 0, PAGE); !page.isEmpty();
                    page = s.samples().uploadsAfter(t, page.get(page.size() - 1).id(), PAGE))
                for (SampleStore.UploadInfo u : page)
                    zip.add(uploadPath(u), s.samples().content(t, u.id()).orElseThrow());
            for (List<TriageStore.StoredTriage> page = s.triage().after(t, 0, PAGE); !page.isEmpty();
                    page = s.triage().after(t, page.get(page.size() - 1).id(), PAGE))
                for (TriageStore.StoredTriage a : page) zip.add(triagePath(a), triageJson(a));
            long upload = -1;
            Profile profile = null;
            boolean branded = s.branding().version(t) != 0;
            for (List<SampleRow> page = s.samples().after(t, 0, PAGE); !page.isEmpty();
                    page = s.samples().after(t, page.get(page.size() - 1).id(), PAGE))
                for (SampleRow r : page) {
                    if (r.uploadId() != upload) { // samples of one upload are consecutive: read each file once
                        profile = s.uploads().read(r.filename(), ProfileFormats.named(r.format()).format(),
                                s.samples().content(t, r.uploadId()).orElseThrow());
                        upload = r.uploadId();
                    }
                    zip.add(reportPath(r), report(p, r, profile, branded));
                }
        });
    }

    /** The sample's JSON report as the single door makes it: its latest answers, the tenant's letterhead. */
    private byte[] report(Principal p, SampleRow r, Profile profile, boolean branded) {
        long tenantId = p.tenantId();
        var answers = s.triage().latest(tenantId, r.id());
        TriageProvenance by = answers.filter(a -> !a.skipped())
                .map(a -> new TriageProvenance(a.answeredBy(), a.answeredAt(), a.via())).orElse(null);
        ReportRequest request = ReportRequest.parse("json", List.of(),
                answers.map(TriageStore.StoredTriage::answersJson).orElse(null), ReportRequest.AnswersFrom.INLINE_ONLY,
                null);
        Branding branding = branded ? s.branding().forReport(tenantId, p.tenantName(), r.id()).orElse(null) : null;
        return s.reports().render(new ReportRenderer.ReportInput(() -> profile, r, request, by, null, branding)).body();
    }

    private byte[] triageJson(TriageStore.StoredTriage a) throws IOException {
        ObjectNode o = s.json().createObjectNode();
        o.put("id", a.id());
        o.put("sampleId", a.sampleId());
        o.set("answers", s.json().readTree(a.answersJson()));
        o.put("route", a.route());
        o.put("skipped", a.skipped());
        o.put("answeredBy", a.answeredBy());
        o.put("answeredAt", a.answeredAt());
        o.put("via", a.via());
        return s.json().writerWithDefaultPrettyPrinter().writeValueAsBytes(o);
    }

    private static String uploadPath(SampleStore.UploadInfo u) {
        return "uploads/" + u.id() + "-" + ZipArchive.safe(u.filename());
    }

    private static String reportPath(SampleRow r) {
        return "reports/" + r.id() + "-" + ZipArchive.safe(r.name()) + ".json";
    }

    private static String triagePath(TriageStore.StoredTriage a) {
        return "triage/" + a.sampleId() + "-" + a.id() + ".json";
    }
}
