package org.gutskin.evidence.ladder;

import java.util.List;
import org.gutskin.evidence.kb.EvidenceLevel;

/** The statements of one evidence level for one condition, in knowledge-base order. */
public record LadderRung(EvidenceLevel level, List<LadderStatement> statements) {

    public LadderRung {
        statements = List.copyOf(statements);
    }
}
