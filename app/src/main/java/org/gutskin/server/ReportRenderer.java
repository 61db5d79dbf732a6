package org.gutskin.server;

import java.util.function.Supplier;
import org.gutskin.profile.Profile;
import org.gutskin.report.ReportRequest;
import org.gutskin.report.TriageProvenance;
import org.gutskin.report.model.Branding;

/**
 * The seam between the service and the report engine: given a stored sample's re-read profile, render its report
 * in one format. {@link EngineReportRenderer} is the implementation (the same {@code ReportService} and renderer
 * as {@code gutskin report}); tests may substitute another.
 */
public interface ReportRenderer {

    /**
     * What a report is rendered from: the stored sample's profile, read on demand (a renderer that kept the sample's
     * scored profile from an earlier report need not read it again), the request as checked by {@link ReportRequest#parse} (format, conditions,
     * answers, reader's age: the same checks and messages as {@code gutskin report}) and who gave the answers, when
     * and through which door ({@code answeredBy}; null: not recorded); {@code checklistLink}: the URL of the report's
     * one-page checklist PDF, linked from the report (null: no link); {@code branding}: the tenant's letterhead
     * (null: unbranded).
     */
    record ReportInput(Supplier<Profile> profile, SampleRow sample, ReportRequest request,
            TriageProvenance answeredBy, String checklistLink, Branding branding) {}

    record Rendered(String contentType, byte[] body) {}

    Rendered render(ReportInput input);

    /** Drops whatever the renderer keeps of a sample (after it is erased). */
    default void forget(long sampleId) {}
}
