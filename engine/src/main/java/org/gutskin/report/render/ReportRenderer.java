package org.gutskin.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.gutskin.report.model.Report;

/** Renders the one report model to any format: the single entry point the CLI and the server use. */
public final class ReportRenderer {

    private ReportRenderer() {}

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
