package org.gutskin.report.model;

import java.util.List;

/**
 * One sentence of the report with the identifiers of the sources behind it (DOI, {@code PMID:n}, or a URL for
 * web-only guidance). Every statement that makes a claim about the literature cites the knowledge base; statements
 * about this sample's measurements cite the paper of the model that produced the number.
 */
public record Statement(String text, List<String> citations) {

    public Statement {
        citations = List.copyOf(citations);
    }
}
