/**
 * Renderers of the typed report: JSON, HTML, PDF and FHIR R4, and the clinic checklist. Reads {@code
 * report.model}; must not import the {@code cli}, {@code server} or {@code spark} doors.
 */
package org.gutskin.report.render;
