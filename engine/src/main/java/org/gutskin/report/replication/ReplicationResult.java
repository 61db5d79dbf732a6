package org.gutskin.report.replication;

import java.util.List;
import org.gutskin.evidence.kb.Condition;
import org.gutskin.provenance.Provenance;

/**
 * The replication report's content: the condition, every gut taxon fact of the condition in knowledge-base order
 * (verified ones classed, unverified ones listed apart), the options, notes and provenance.
 */
public record ReplicationResult(Condition condition, List<ReplicationRow> rows, ReplicationOptions options,
        List<String> notes, Provenance provenance) {

    public ReplicationResult {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** Rows of verified facts: the evidence the headline counts. */
    public List<ReplicationRow> verifiedRows() {
        return rows.stream().filter(r -> r.match().fact().verified()).toList();
    }

    /** Rows of unverified facts: listed as "unverified, not evidence". */
    public List<ReplicationRow> unverifiedRows() {
        return rows.stream().filter(r -> !r.match().fact().verified()).toList();
    }

    public long count(ReplicationClass c) {
        return verifiedRows().stream().filter(r -> r.replicationClass() == c).count();
    }
}
