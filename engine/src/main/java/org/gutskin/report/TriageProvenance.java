package org.gutskin.report;

/**
 * Who gave a report's triage answers, when (ISO-8601 instant) and through which door ({@code cli},
 * {@code web-form}, {@code api}, {@code batch-file}); recorded in the report beside the route.
 */
public record TriageProvenance(String answeredBy, String answeredAt, String via) {}
