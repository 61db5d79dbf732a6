package org.gutskin.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.triage.AnswerTable;
import org.gutskin.evidence.triage.Triage;
import org.gutskin.io.ByteSource;
import org.gutskin.io.InputException;
import org.gutskin.provenance.Provenance;
import org.gutskin.report.ReportRequest;
import org.gutskin.report.render.ReportFormat;

/**
 * Batch jobs (issue 15): many profiles and one per-sample answers file submitted as one job, reported in the
 * background ({@link JobRunner}), followed by its progress and fetched as one archive. The answers file is the
 * one the command line's {@code report --all --answers-table} reads ({@link AnswerTable}); every sample is asked
 * the same red-flag questions as through the single-sample door, and a sample without a row gets no report but
 * a {@value JobStore#ANSWERS_MISSING} entry in the manifest. Everything is checked before anything is stored.
 */
final class JobHandlers {

    private final Services s;

    JobHandlers(Services s) {
        this.s = s;
    }

    /**
     * POST /api/jobs (multipart): fields {@code file} (one or more profiles), {@code answers} (the answers table)
     * and {@code formats} (comma-separated report formats; default json). 202 with the job's status; 400 naming the
     * file and line of the first problem, 413 over the size limits; nothing stored then.
     */
    void submit(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        String ct = ctx.contentType();
        if (ct == null || !ct.startsWith("multipart/form-data"))
            throw new ApiError(400, "a batch job is a multipart form: fields 'file' (profiles), 'answers' and 'formats'");
        List<UploadedFile> files = ctx.uploadedFiles("file");
        if (files.isEmpty()) throw new ApiError(400, "multipart: expected one or more fields named 'file' (profiles)");
        UploadedFile answersFile = ctx.uploadedFile("answers");
        if (answersFile == null)
            throw new ApiError(400, "multipart: expected a field named 'answers' (sample_id, then the triage answer keys)");
        List<String> formats = formats(ctx.formParam("formats") != null ? ctx.formParam("formats")
                : ctx.queryParam("formats"));

        String answersName = Uploads.safeName(answersFile.filename());
        byte[] answersBytes = read(answersFile);
        AnswerTable.Table answers = AnswerTable.read(answersName, answersBytes);

        // every profile read and checked before anything is stored
        List<Uploads.Prepared> prepared = new ArrayList<>();
        Map<String, String> fileOf = new HashMap<>();
        int total = 0;
        for (UploadedFile f : files) {
            Uploads.Prepared u = s.uploads().prepare(p, f.filename(), null, read(f));
            for (String name : u.sampleNames()) {
                String other = fileOf.put(name, u.name());
                if (other != null)
                    throw new ApiError(400, u.name() + ": sample '" + name + "' is also in " + other + "; the answers"
                            + " file names samples by id, so the ids of one job must differ");
            }
            total += u.sampleNames().size();
            if (total > s.uploads().maxSamples())
                throw new ApiError(413, "a job may hold at most " + s.uploads().maxSamples()
                        + " samples (serve --max-samples-per-upload)");
            prepared.add(u);
        }
        for (Map.Entry<String, Integer> e : answers.lines().entrySet())
            if (!fileOf.containsKey(e.getKey()))
                throw new InputException(answersName, e.getValue(), "answers for sample '" + e.getKey()
                        + "', which none of the job's profiles holds (expected one of the samples of "
                        + String.join(", ", new LinkedHashSet<>(fileOf.values())) + ")", null);

        List<JobStore.NewItem> items = new ArrayList<>();
        for (Uploads.Prepared u : prepared) {
            for (SampleRow row : s.uploads().store(p, u).upload().samples()) {
                Map<String, Boolean> a = answers.answers().get(row.name());
                items.add(a == null ? new JobStore.NewItem(row.id(), null, null)
                        : new JobStore.NewItem(row.id(), json(a), Triage.route(a).route().id()));
            }
        }
        long id = s.jobs().create(p.tenantId(), p.userId(), formats, answersName, ByteSource.sha256(answersBytes),
                items);
        s.audit().record(p, "job.submit", "job/" + id);
        ctx.status(202).header("Location", "/api/jobs/" + id).json(jobJson(s.jobs().get(p.tenantId(), id).orElseThrow()));
    }

    /** GET /api/jobs: the tenant's recent jobs with their progress, newest first. */
    void list(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        ctx.json(Map.of("items", s.jobs().list(p.tenantId(), 50).stream().map(JobHandlers::jobJson).toList()));
    }

    /** GET /api/jobs/{id}: a job's status and progress. */
    void get(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        ctx.json(jobJson(job(ctx, p)));
    }

    /**
     * GET /api/jobs/{id}/archive: when the job has finished, a zip of every report ({@code reports/SAMPLE.EXT}),
     * {@code manifest.tsv} (one row per sample: status, route, who answered, the files) and
     * {@code provenance.json}; 409 while it runs.
     */
    void archive(Context ctx) {
        Principal p = AuthHandlers.principal(ctx);
        JobStore.Job job = job(ctx, p);
        if (job.open() > 0)
            throw new ApiError(409, "job " + job.id() + " is still running: " + (job.total() - job.open()) + " of "
                    + job.total() + " samples finished");
        Provenance prov = Provenance.builder().knowledgeBase(KnowledgeBase.get().version())
                .inputs(s.jobs().inputs(p.tenantId(), job.id())).input(job.answersName(), job.answersSha256())
                .engine("gutskin serve, batch job " + job.id()).option("formats", job.formats())
                .option("submittedBy", job.createdBy()).option("submittedAt", job.createdAt()).build();
        s.audit().record(p, AuditLog.READ, "job/" + job.id() + "/archive");
        ZipArchive.respond(ctx, "gutskin-job-" + job.id() + ".zip", zip -> {
            zip.provenance(prov);
            Map<Long, List<String>> paths = new HashMap<>();
            // the names first (manifest rows), then the reports, each read from the database one item at a time
            List<JobStore.Item> all = new ArrayList<>();
            for (List<JobStore.Item> page = s.jobs().items(p.tenantId(), job.id(), 0, 500); !page.isEmpty();
                    page = s.jobs().items(p.tenantId(), job.id(), page.get(page.size() - 1).id(), 500)) {
                for (JobStore.Item i : page) {
                    if (i.state().equals(JobStore.DONE)) {
                        List<String> names = new ArrayList<>();
                        for (String f : job.formats()) names.add(zip.name("reports", i.sample(), ReportFormat.of(f).extension()));
                        paths.put(i.id(), names);
                    }
                    all.add(i);
                }
            }
            ZipArchive.Manifest m = zip.manifest(prov, List.of("sample_id", "sample", "status", "route", "answered_by",
                    "answered_at", "input_sha256", "files", "note"));
            for (JobStore.Item i : all)
                m.row(java.util.Arrays.asList(String.valueOf(i.sampleId()), i.sample(), i.state(), i.route(),
                        i.answeredBy(), i.answeredAt(), i.uploadSha256(),
                        String.join(",", paths.getOrDefault(i.id(), List.of())), i.message()));
            m.end();
            for (JobStore.Item i : all) {
                List<String> names = paths.get(i.id());
                if (names == null) continue;
                Map<String, byte[]> reports = s.jobs().reports(i.id());
                for (int k = 0; k < job.formats().size(); k++)
                    zip.add(names.get(k), reports.get(job.formats().get(k)));
            }
        });
    }

    private JobStore.Job job(Context ctx, Principal p) {
        long id = SampleHandlers.pathId(ctx, "id");
        return s.jobs().get(p.tenantId(), id).orElseThrow(() -> ApiError.notFound("job " + id));
    }

    /** The report formats asked (checked as the report door checks {@code format}); json when none. */
    static List<String> formats(String text) {
        List<String> out = new ArrayList<>();
        if (text != null)
            for (String f : text.split(","))
                if (!f.isBlank()) {
                    String label = ReportRequest.format(f.strip()).label();
                    if (!out.contains(label)) out.add(label);
                }
        return out.isEmpty() ? List.of(ReportFormat.JSON.label()) : out;
    }

    private byte[] read(UploadedFile f) {
        long limit = s.options().maxUploadBytes();
        try (InputStream in = f.content()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (b.length > limit) throw new ApiError(413, Uploads.safeName(f.filename())
                    + ": larger than the upload limit of " + limit / (1024 * 1024) + " MB");
            if (b.length == 0) throw new ApiError(400, Uploads.safeName(f.filename()) + ": the file is empty");
            return b;
        } catch (IOException e) {
            throw new ApiError(400, "upload interrupted before the whole file arrived");
        }
    }

    private String json(Map<String, Boolean> answers) {
        try {
            return s.json().writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> jobJson(JobStore.Job j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.id());
        m.put("state", j.open() > 0 ? "running" : "finished");
        m.put("total", j.total());
        m.put("done", j.counts().get(JobStore.DONE));
        m.put("answersMissing", j.counts().get(JobStore.MISSING));
        m.put("failed", j.counts().get(JobStore.FAILED));
        m.put("waiting", j.open());
        m.put("formats", j.formats());
        m.put("answersFile", j.answersName());
        m.put("createdBy", j.createdBy());
        m.put("createdAt", j.createdAt());
        m.put("archive", "/api/jobs/" + j.id() + "/archive");
        return m;
    }
}
