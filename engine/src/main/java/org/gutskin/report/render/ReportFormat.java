package org.gutskin.report.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gutskin.profile.InputException;

/** The formats a report renders to ({@code --format}); {@code checklist-pdf} is the one-page checklist alone. */
public enum ReportFormat {
    JSON("json", "json", "application/json"),
    HTML("html", "html", "text/html; charset=utf-8"),
    PDF("pdf", "pdf", "application/pdf"),
    FHIR("fhir", "fhir.json", "application/fhir+json"),
    CHECKLIST_PDF("checklist-pdf", "checklist.pdf", "application/pdf");

    private final String label;
    private final String extension;
    private final String mediaType;

    ReportFormat(String label, String extension, String mediaType) {
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
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
