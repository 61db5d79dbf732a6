package org.gutskin.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.gutskin.report.model.Report;

/** Renders the one report model to any format: the single entry point the CLI and the server use. */
public final class ReportRenderer {

    private ReportRenderer() {}

    /**
     * A format's one-time set-up without rendering anything: the HTML templates compiled (the PDF is that HTML), or
     * the FHIR context with the definitions of the resources the report uses. The command line runs it on a second
     * thread while it reads the profile and loads the knowledge base, because a single report's wall time is mostly
     * such set-up (bench/README.md, "Start-up and single reports"). Idempotent; rendering does not need it.
     */
    public static void prepare(ReportFormat format) {
        switch (format) {
            case JSON -> { }
            case HTML -> HtmlReportWriter.prepare();
            case PDF, CHECKLIST_PDF -> {
                HtmlReportWriter.prepare();
                PdfReportWriter.prepare();
            }
            case FHIR -> FhirReportWriter.prepare();
        }
    }

    public static void render(Report r, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> JsonReportWriter.write(r, out);
            case HTML -> out.write(HtmlReportWriter.render(r).getBytes(StandardCharsets.UTF_8));
            case PDF -> PdfReportWriter.write(r, out);
            case FHIR -> out.write(FhirReportWriter.toJson(r).getBytes(StandardCharsets.UTF_8));
            case CHECKLIST_PDF -> PdfReportWriter.writeChecklist(r, out);
        }
    }
}
