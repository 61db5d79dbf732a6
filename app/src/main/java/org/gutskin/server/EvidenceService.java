package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The seam to the evidence engine (issue 5, package {@code org.gutskin.evidence}): the label checker and the
 * evidence ladder, each answering the same JSON the command line prints with {@code --json}. Until that engine is
 * merged the service wires {@link #UNAVAILABLE}, and the endpoints answer 503 saying so.
 */
public interface EvidenceService {

    /** The verdict on a product label ({@code gutskin label --json}); condition may be null. */
    JsonNode checkLabel(String text, String condition);

    /** The evidence ladder and its citations ({@code gutskin evidence --json}); condition may be null. */
    JsonNode ladder(String condition);

    final class Unavailable extends RuntimeException {
        Unavailable() {
            super("the evidence engine is not in this build yet");
        }
    }

    EvidenceService UNAVAILABLE = new EvidenceService() {
        @Override
        public JsonNode checkLabel(String text, String condition) {
            throw new Unavailable();
        }

        @Override
        public JsonNode ladder(String condition) {
            throw new Unavailable();
        }
    };
}
