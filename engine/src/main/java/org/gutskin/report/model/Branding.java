package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The performing lab's letterhead on a report: its name, postal address, the person who signs its reports, the
 * report's id in the lab's own numbering, and its logo as a {@code data:} URI (a PNG, or an SVG already sanitised
 * by the service; never a URL, so rendering fetches nothing). A report without branding looks as it always did.
 * Only the name is required; every other field may be null. The logo is not part of the JSON report.
 */
@JsonPropertyOrder({"labName", "address", "signatory", "reportId"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Branding(String labName, String address, String signatory, String reportId,
        @JsonIgnore String logoDataUri) {

    public Branding {
        if (labName == null || labName.isBlank()) throw new IllegalArgumentException("a branding needs a lab name");
        if (logoDataUri != null && !logoDataUri.startsWith("data:image/png;base64,")
                && !logoDataUri.startsWith("data:image/svg+xml;base64,")) {
            throw new IllegalArgumentException("a logo is a base64 PNG or SVG data: URI");
        }
    }

    /** The address one line per line, for the letterhead (the stored text keeps its line breaks). */
    @JsonIgnore
    public java.util.List<String> addressLines() {
        return address == null ? java.util.List.of() : address.lines().map(String::strip).filter(l -> !l.isEmpty())
                .toList();
    }
}
