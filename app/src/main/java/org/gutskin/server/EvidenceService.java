package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The seam to the evidence engine (issue 5, package {@code org.gutskin.evidence}): the label checker and the
 * evidence ladder, each answering the same JSON the command line prints with {@code --json}. The service wires
 * {@link EngineEvidenceService}.
 */
public interface EvidenceService {

    /** The verdict on a product label ({@code gutskin label --json}); condition may be null. */
    JsonNode checkLabel(String text, String condition);

    /** The evidence ladder and its citations ({@code gutskin evidence --json}); condition may be null. */
    JsonNode ladder(String condition);
}
