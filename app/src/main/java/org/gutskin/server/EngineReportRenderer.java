package org.gutskin.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.gutskin.report.ReportOptions;
import org.gutskin.report.ReportService;
import org.gutskin.report.model.Report;

/**
 * Reports through the report engine, exactly as {@code gutskin report FILE --sample ID --format F} makes them:
 * {@link ReportService#build} then {@link org.gutskin.report.render.ReportRenderer#render}. The input checksum in
 * the provenance is the stored upload's SHA-256 (the bytes the lab sent), not the scratch copy's.
 */
public final class EngineReportRenderer implements ReportRenderer {

    private final ReportService service = new ReportService();

    @Override
    public Rendered render(ReportInput in) {
        ReportOptions o = in.request().options();
        ReportOptions options = new ReportOptions(null, null, o.conditions(), o.answers(), in.sample().sha256(), null,
                in.answeredBy()).withReaderAge(o.readerAge()).withAudience(o.audience()).withAccession(o.accession());
        Report report = service.build(in.profile(), in.sample().name(), options).withChecklistLink(in.checklistLink())
                .withBranding(in.branding());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            org.gutskin.report.render.ReportRenderer.render(report, in.request().format(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(in.request().format().mediaType(), out.toByteArray());
    }
}
