package org.gutskin.report.model;

/** One bar segment of the composition plot: a taxon (or "Other") and its share of the sample in percent. */
public record TaxonShare(String taxon, double percent) {}
