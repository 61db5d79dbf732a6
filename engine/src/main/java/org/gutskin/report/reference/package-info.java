/**
 * Reference distributions for the report (diversity and guild percentiles among the healthy GMHI-validation
 * samples) and the generators that build them. Must not import the {@code cli}, {@code server} or {@code spark}
 * doors.
 */
package org.gutskin.report.reference;
