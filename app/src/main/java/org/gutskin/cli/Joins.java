package org.gutskin.cli;

import org.gutskin.evidence.kb.JoinNames;
import org.gutskin.profile.TaxonNames;

/** The synonyms a join uses: the knowledge base's, loaded only when there is more than one file to join. */
final class Joins {

    private Joins() {}

    static TaxonNames names(int files) {
        return files > 1 ? JoinNames.bundled() : TaxonNames.SPELLING;
    }
}
