/**
 * The gut-skin report: {@link org.gutskin.report.ReportService} assembles one typed report from a scored profile,
 * the indices and the evidence; see {@code docs/report.md}. The top engine layer: nothing in the engine imports
 * it, and it must not import the {@code cli}, {@code server} or {@code spark} doors.
 */
package org.gutskin.report;
