package org.gutskin.server;

import org.gutskin.profile.Profile;
import org.gutskin.report.Audience;
import org.gutskin.report.TriageProvenance;
import org.gutskin.report.model.Accession;
import org.gutskin.report.render.ReportFormat;

/**
 * The seam between the service and the report engine: given a stored sample's re-read profile, render its report
 * in one format. {@link EngineReportRenderer} is the implementation (the same {@code ReportService} and renderer
 * as {@code gutskin report}); tests may substitute another.
 */
public interface ReportRenderer {

    /**
     * What a report is rendered from; {@code conditions} (comma-separated ids), {@code answersJson} (the triage
     * answers, a JSON object of booleans) and {@code answeredBy} (who gave them, when and through which door) may
     * be null; {@code age} is the reader's age as given ({@code age=}: years, or infant, child, adult; null = not
     * given, every lane shown); {@code audience} who the report is written for, {@code accession} what the lab
     * knows about the specimen (null: nothing), {@code checklistLink} the URL of the report's checklist PDF.
     */
    record ReportInput(Profile profile, SampleRow sample, String conditions, String answersJson,
            TriageProvenance answeredBy, String age, Audience audience, Accession accession, String checklistLink) {

        public ReportInput(Profile profile, SampleRow sample, String conditions, String answersJson,
                TriageProvenance answeredBy, String age) {
            this(profile, sample, conditions, answersJson, answeredBy, age, Audience.FULL, null, null);
        }

        public ReportInput(Profile profile, SampleRow sample, String conditions, String answersJson) {
            this(profile, sample, conditions, answersJson, null, null);
        }

        public ReportInput(Profile profile, SampleRow sample, String conditions, String answersJson,
                TriageProvenance answeredBy) {
            this(profile, sample, conditions, answersJson, answeredBy, null);
        }
    }

    record Rendered(String contentType, byte[] body) {}

    Rendered render(ReportInput input, ReportFormat format);
}
