package org.gutskin.server;

import org.gutskin.profile.Profile;

/**
 * The one seam between the service and the report engine: given a stored sample's profile, render its report in
 * one format. The service wires exactly one implementation ({@link GutskinServer#reportRenderer}); until the
 * report engine (issue 6) is in the build that is {@link SummaryReportRenderer}, which shows only the stored
 * profile summary and says so.
 */
public interface ReportRenderer {

    enum ReportFormat {
        JSON("application/json"), HTML("text/html; charset=utf-8"), PDF("application/pdf"),
        FHIR("application/fhir+json");

        public final String contentType;

        ReportFormat(String contentType) {
            this.contentType = contentType;
        }
    }

    /** What a report is rendered from; {@code condition} and {@code answersJson} may be null. */
    record ReportInput(Profile profile, SampleRow sample, String condition, String answersJson) {}

    record Rendered(String contentType, byte[] body) {}

    /** Thrown for a format this renderer cannot produce (the API answers 501). */
    final class Unsupported extends RuntimeException {
        public Unsupported(String message) {
            super(message);
        }
    }

    Rendered render(ReportInput input, ReportFormat format);

    /** True when the renderer needs the re-read profile (the interim one works from the stored summary). */
    default boolean needsProfile() {
        return true;
    }
}
