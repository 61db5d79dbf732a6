package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One rung of a condition's evidence ladder: its level word, number (1 mechanism … 4 guideline), title and statements. */
@JsonPropertyOrder({"level", "number", "title", "statements"})
public record LadderLevel(String level, int number, String title, List<Statement> statements) {

    public LadderLevel {
        statements = List.copyOf(statements);
    }
}
