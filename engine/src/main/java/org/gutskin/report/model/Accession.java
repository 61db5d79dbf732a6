package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a lab knows about the specimen besides its profile, for the FHIR Bundle and the report header: a
 * pseudonymous subject id (never a name), when the specimen was collected and received (ISO dates or date-times as
 * given, already checked), the performing lab's name, and the report status ({@code final} by default;
 * {@code preliminary}, {@code amended}, {@code corrected}). Every field but the status may be null.
 */
@JsonPropertyOrder({"subject", "collected", "received", "performer", "status"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Accession(String subject, String collected, String received, String performer, String status) {

    /** Nothing known but the default status. */
    public static final Accession NONE = new Accession(null, null, null, null, "final");

    @JsonIgnore
    public boolean isEmpty() {
        return subject == null && collected == null && received == null && performer == null && "final".equals(status);
    }
}
