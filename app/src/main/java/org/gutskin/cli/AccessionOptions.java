package org.gutskin.cli;

import org.gutskin.report.Accessions;
import org.gutskin.report.ReportRequest;
import picocli.CommandLine.Option;

/**
 * What the lab knows about the specimen, for the report header and the FHIR Bundle ({@code --subject},
 * {@code --collected}, {@code --received}, {@code --performer}, {@code --status}). Checked by
 * {@link Accessions#parse}: a bad date or id is bad input (exit 3, naming the value). With {@code --all} a
 * {@code --metadata} table's columns of the same names override these per sample.
 */
final class AccessionOptions {

    @Option(names = "--subject", paramLabel = "ID",
            description = "A pseudonymous patient id (letters, digits, '.', '_', '-'; never a name): the FHIR subject.")
    String subject;

    @Option(names = "--collected", paramLabel = "DATE",
            description = "When the specimen was collected: 2026-11-30 or 2026-11-30T08:15:00Z.")
    String collected;

    @Option(names = "--received", paramLabel = "DATE", description = "When the lab received the specimen (as --collected).")
    String received;

    @Option(names = "--performer", paramLabel = "NAME", description = "The performing lab's name (FHIR Organization).")
    String performer;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Report status: final (default), preliminary, amended, corrected, appended.")
    String status;

    /** The request with these values, checked ({@link ReportRequest#withAccession}). */
    ReportRequest applyTo(ReportRequest r) {
        return r.withAccession(subject, collected, received, performer, status, ""); // named as in the API
    }
}
