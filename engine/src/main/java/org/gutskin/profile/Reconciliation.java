package org.gutskin.profile;

/**
 * One taxon whose lineage, as one file spelled it, was replaced when files were joined ({@link TableUnion}): the
 * file, the lineage it gave, the lineage kept, and why the two are one taxon ({@code "taxid 1239"},
 * {@code "same name"}, {@code "ancestor renamed"}).
 */
public record Reconciliation(String source, String given, String kept, String reason) {

    /** One line for a log or a provenance list. */
    public String message() {
        return source + ": " + given + " joined as " + kept + " (" + reason + ")";
    }
}
