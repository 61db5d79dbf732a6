package org.gutskin.index.evaluation;

/** A point estimate with a confidence interval (NaN bounds when it could not be estimated). */
public record Interval(double estimate, double low, double high) {}
