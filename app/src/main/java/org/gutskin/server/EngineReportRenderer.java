package org.gutskin.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gutskin.report.ReportOptions;
import org.gutskin.report.ScoredProfile;
import org.gutskin.report.ReportService;
import org.gutskin.report.model.Report;

/**
 * Reports through the report engine, exactly as {@code gutskin report FILE --sample ID --format F} makes them:
 * {@link ReportService#build} then {@link org.gutskin.report.render.ReportRenderer#render}. The input checksum in
 * the provenance is the stored upload's SHA-256 (the bytes the lab sent), not the scratch copy's.
 */
public final class EngineReportRenderer implements ReportRenderer {

    private final ReportService service = new ReportService();
    /**
     * The scored profile of recently reported samples, by sample id: reading the stored upload and scoring the
     * sample were about half of an uncached JSON report (JFR, bench/load.sh), and they do not depend on the report's
     * options. A stored sample never changes; an erased one is dropped ({@link #forget}).
     */
    private final Map<Long, ScoredProfile> scored = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ScoredProfile> e) {
            return size() > 256;
        }
    };

    @Override
    public Rendered render(ReportInput in) {
        ReportOptions o = in.request().options();
        ReportOptions options = new ReportOptions(null, null, o.conditions(), o.answers(), in.sample().sha256(), null,
                in.answeredBy()).withReaderAge(o.readerAge()).withAudience(o.audience()).withAccession(o.accession());
        String name = in.sample().name();
        ScoredProfile gut;
        synchronized (scored) {
            gut = scored.get(in.sample().id());
        }
        if (gut == null) {
            // outside the lock: two first reports of one sample may both score it; the results are equal
            gut = service.scoreSample(in.profile().get(), name, in.sample().sha256());
            synchronized (scored) {
                scored.put(in.sample().id(), gut);
            }
        }
        Report report = service.build(gut, name, service.scoreSkin(options), options)
                .withChecklistLink(in.checklistLink()).withBranding(in.branding());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            org.gutskin.report.render.ReportRenderer.render(report, in.request().format(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(in.request().format().mediaType(), out.toByteArray());
    }

    @Override
    public void forget(long sampleId) {
        synchronized (scored) {
            scored.remove(sampleId);
        }
    }
}
