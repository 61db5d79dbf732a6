package org.gutskin.server;

import org.gutskin.profile.Profile;
import org.gutskin.report.render.ReportFormat;

/**
 * The seam between the service and the report engine: given a stored sample's re-read profile, render its report
 * in one format. {@link EngineReportRenderer} is the implementation (the same {@code ReportService} and renderer
 * as {@code gutskin report}); tests may substitute another.
 */
public interface ReportRenderer {

    /** What a report is rendered from; {@code conditions} (comma-separated ids) and {@code answersJson} may be null. */
    record ReportInput(Profile profile, SampleRow sample, String conditions, String answersJson) {}

    record Rendered(String contentType, byte[] body) {}

    Rendered render(ReportInput input, ReportFormat format);
}
