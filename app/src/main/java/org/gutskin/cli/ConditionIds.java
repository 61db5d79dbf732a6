package org.gutskin.cli;

import org.gutskin.evidence.kb.KnowledgeBase;

/**
 * Every condition id of the bundled knowledge base, in manifest order: the completion candidates (and the list in
 * the help text, {@code ${COMPLETION-CANDIDATES}}) of each {@code --condition} option. A condition a curator adds to
 * the manifest shows up here without a code change.
 */
final class ConditionIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
        return KnowledgeBase.get().conditionIds().iterator();
    }
}
