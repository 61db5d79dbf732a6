package org.gutskin.evidence.kb;

import org.gutskin.io.InputException;

/**
 * A knowledge-base file that breaks the schema: names the file, the item (its id, or its position when it has no
 * id) and the reason, e.g. {@code kb/conditions/acne.yaml: item 'ac-tax-01': unknown direction 'lower' (expected
 * one of: increased, decreased, no-difference, mixed)}.
 */
public final class KnowledgeBaseException extends InputException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String item;
    private final String reason;

    public KnowledgeBaseException(String file, String item, String reason) {
        super(file, 0, (item == null ? "" : "item '" + item + "': ") + reason, null);
        this.file = file;
        this.item = item;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** The item's id (or position), null for a file-level problem. */
    public String item() {
        return item;
    }

    public String reason() {
        return reason;
    }
}
