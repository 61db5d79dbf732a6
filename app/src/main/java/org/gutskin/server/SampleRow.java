package org.gutskin.server;

/**
 * A stored sample as the API shows it; {@code summary} is the JSON made by {@link SampleSummary} at upload;
 * {@code subject} and {@code collected} group it under a person with its collection date (null when not given).
 */
public record SampleRow(long id, long uploadId, String name, String filename, String format, String sha256, int taxa,
        int species, String createdAt, String summary, String subject, String collected) {}
