package org.gutskin.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.ProfileFormats;
import org.gutskin.report.ReportRequest;
import org.gutskin.report.TriageProvenance;
import org.gutskin.report.model.Branding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works on batch jobs in the background, one item at a time (on a thread of its own, so requests keep theirs):
 * claims an item ({@link JobStore#claim}), renders its reports exactly as {@code GET /api/samples/{id}/report?
 * triage=ID} would (the same renderer, request checks and stored answers, so a red flag puts the triage outcome
 * first in the batch report as in the single one), and stores them with the item. Each instance has its own id;
 * on a clean stop it finishes the item in hand and gives back nothing else, and after a crash its claim expires
 * after the lease. A new job wakes the runner ({@link #nudge}); otherwise it looks for work every poll interval,
 * which is how it finds jobs submitted to another instance and jobs left by a stopped one.
 */
final class JobRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final Services s;
    private final String instance = "gutskin-" + UUID.randomUUID();
    private final Duration lease;
    private final long pollMillis;
    private final Object wake = new Object();
    private final Thread thread;
    private volatile boolean stopping;
    /** The last profile read (items are claimed in order, and a job's samples come a file at a time). */
    private long cachedUpload = -1;
    private Profile cachedProfile;

    JobRunner(Services s, Duration lease, long pollMillis) {
        this.s = s;
        this.lease = lease;
        this.pollMillis = pollMillis;
        this.thread = new Thread(this::run, "gutskin-jobs");
        this.thread.setDaemon(true);
    }

    JobRunner start() {
        thread.start();
        return this;
    }

    /** Looks for work now (a job was just submitted). */
    void nudge() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void run() {
        while (!stopping) {
            boolean worked = false;
            try {
                Optional<JobStore.Claimed> c = s.jobs().claim(instance, lease);
                if (c.isPresent()) {
                    process(c.get());
                    worked = true;
                }
            } catch (RuntimeException e) {
                // the database may be briefly away; the claim (if any) expires and is taken again
                LOG.warn("batch job runner: {}", e.getClass().getName());
            }
            if (!worked) {
                synchronized (wake) {
                    try {
                        if (!stopping) wake.wait(pollMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    private void process(JobStore.Claimed c) {
        try {
            Optional<SampleRow> row = s.samples().get(c.tenantId(), c.sampleId());
            Optional<TriageStore.StoredTriage> t = s.triage().get(c.tenantId(), c.sampleId(), c.triageId());
            if (row.isEmpty() || t.isEmpty()) {
                s.jobs().fail(c, instance, "the sample was erased");
                return;
            }
            Profile profile = profile(c.tenantId(), row.get());
            TriageProvenance by = new TriageProvenance(t.get().answeredBy(), t.get().answeredAt(), t.get().via());
            // the tenant's letterhead, as the single door puts it on the report
            Branding branding = s.branding().version(c.tenantId()) == 0 ? null
                    : s.branding().forReport(c.tenantId(), c.tenantName(), row.get().id()).orElse(null);
            Map<String, byte[]> reports = new LinkedHashMap<>();
            for (String format : c.formats()) {
                ReportRequest request = ReportRequest.parse(format, List.of(), t.get().answersJson(),
                        ReportRequest.AnswersFrom.INLINE_ONLY, null);
                reports.put(format, s.reports().render(new ReportRenderer.ReportInput(() -> profile, row.get(), request, by,
                        null, branding)).body());
            }
            if (!s.jobs().complete(c, instance, reports))
                LOG.info("batch item {}: lease lost, another instance finishes it", c.itemId());
        } catch (InputException e) {
            s.jobs().fail(c, instance, e.getMessage());
        } catch (RuntimeException e) {
            // the class only: a message could quote someone's data
            LOG.error("batch item {} failed: {}", c.itemId(), e.getClass().getName());
            s.jobs().fail(c, instance, "internal error while rendering (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Profile profile(long tenantId, SampleRow row) {
        if (row.uploadId() != cachedUpload) {
            byte[] content = s.samples().content(tenantId, row.uploadId()).orElseThrow();
            cachedProfile = s.uploads().read(row.filename(), ProfileFormats.named(row.format()).format(), content);
            cachedUpload = row.uploadId();
        }
        return cachedProfile;
    }

    /** Finishes the item in hand (waiting at most {@code wait}), then gives back any claim still held. */
    void stop(Duration wait) {
        stopping = true;
        nudge();
        try {
            thread.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            s.jobs().release(instance);
        } catch (RuntimeException e) {
            // the lease expires instead
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }
}
