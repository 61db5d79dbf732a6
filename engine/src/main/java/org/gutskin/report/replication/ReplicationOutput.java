package org.gutskin.report.replication;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gutskin.provenance.ProvenanceJson;

/** The replication report's files — the TSV, the page and {@code provenance.json} — rendered in memory (the caller writes them atomically). */
public final class ReplicationOutput {

    private ReplicationOutput() {}

    public static Map<String, byte[]> render(ReplicationResult r) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("replication.tsv", ReplicationTsv.tsv(r).getBytes(StandardCharsets.UTF_8));
        files.put("replication.html", ReplicationPage.html(r).getBytes(StandardCharsets.UTF_8));
        files.put(ProvenanceJson.FILE_NAME, ProvenanceJson.bytes(r.provenance()));
        return files;
    }
}
