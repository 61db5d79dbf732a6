package org.gutskin.report.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gutskin.io.InputException;

/** The formats a report renders to ({@code --format}); {@code checklist-pdf} is the one-page checklist alone. */
public enum ReportFormat {
    JSON("json", "json", "application/json", "stable keys; the schema (report.schema.json) is in the jar"),
    HTML("html", "html", "text/html; charset=utf-8", "one self-contained page"),
    PDF("pdf", "pdf", "application/pdf", "the same page as a PDF"),
    FHIR("fhir", "fhir.json", "application/fhir+json", "an HL7 FHIR R4 Bundle, JSON"),
    CHECKLIST_PDF("checklist-pdf", "checklist.pdf", "application/pdf", "the one-page clinic checklist alone");

    private final String label;
    private final String extension;
    private final String mediaType;
    private final String summary;

    ReportFormat(String label, String extension, String mediaType, String summary) {
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
        this.summary = summary;
    }

    /** One line for {@code --help} and the docs. */
    public String summary() {
        return summary;
    }

    public String label() {
        return label;
    }

    /** File extension for batch output, without the dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ReportFormat of(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) if (f.label.equals(l)) return f;
        throw new InputException("unknown report format '" + label + "' (expected one of: "
                + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ")) + ")");
    }
}
