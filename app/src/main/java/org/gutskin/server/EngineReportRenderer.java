package org.gutskin.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gutskin.profile.InputException;
import org.gutskin.report.ReportOptions;
import org.gutskin.report.ReportService;
import org.gutskin.report.model.Report;
import org.gutskin.report.render.ReportFormat;
import org.gutskin.evidence.triage.Triage;

/**
 * Reports through the report engine, exactly as {@code gutskin report FILE --sample ID --format F} makes them:
 * {@link ReportService#build} then {@link org.gutskin.report.render.ReportRenderer#render}. The input checksum in
 * the provenance is the stored upload's SHA-256 (the bytes the lab sent), not the scratch copy's.
 */
public final class EngineReportRenderer implements ReportRenderer {

    private final ReportService service = new ReportService();

    @Override
    public Rendered render(ReportInput in, ReportFormat format) {
        List<String> conditions = in.conditions() == null || in.conditions().isBlank() ? List.of()
                : Arrays.stream(in.conditions().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Map<String, Boolean> answers = Map.of();
        if (in.answersJson() != null && !in.answersJson().isBlank()) {
            // inline JSON only: a server must never read a file named by a request
            if (!in.answersJson().strip().startsWith("{")) {
                throw new InputException("answers: expected a JSON object of booleans");
            }
            answers = Triage.parseAnswers(in.answersJson().strip(), "answers");
        }
        ReportOptions options = new ReportOptions(null, null, conditions, answers, in.sample().sha256(), null,
                in.answeredBy()).withReaderAge(readerAge(in.age())).withAudience(in.audience())
                .withAccession(in.accession());
        Report report = service.build(in.profile(), in.sample().name(), options).withChecklistLink(in.checklistLink());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            org.gutskin.report.render.ReportRenderer.render(report, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(format.mediaType(), out.toByteArray());
    }

    /** The reader's age band from {@code age=} (null when blank); a bad value is an input error (HTTP 400). */
    static org.gutskin.evidence.kb.AgeBand readerAge(String age) {
        if (age == null || age.isBlank()) return null;
        try {
            return org.gutskin.evidence.kb.AgeBand.parse(age);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage().replace("--age", "age"));
        }
    }
}
