package org.gutskin.report.model;

/**
 * A condition the knowledge base covers but this report was not asked about: one line saying so and how to ask
 * for it ({@code text}: "Psoriasis: not covered in this report; ask for it with --condition psoriasis").
 */
public record NotCovered(String id, String name, String text) {}
