package org.gutskin.profile;

import org.gutskin.provenance.Provenance;

/**
 * Which bytes a profile was read from, for provenance: the input's name as the user gave it, the SHA-256 of its
 * stored bytes (computed while they were read, {@code io.ByteSource}), and for a QIIME 2 artifact ({@code .qza})
 * the artifact's UUID from its {@code metadata.yaml} (null otherwise). A taxonomy artifact given beside a table
 * is recorded the same way in {@code taxonomyUuid}.
 */
public record ProfileInput(String name, String sha256, String artifactUuid, String taxonomyUuid) {

    public ProfileInput(String name, String sha256) {
        this(name, sha256, null, null);
    }

    /**
     * As the provenance record lists it: the file name without its directories (a path would say where the
     * operator keeps files, and differs between machines running the same analysis).
     */
    public Provenance.Input asProvenance() {
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return new Provenance.Input(file, sha256, artifactUuid);
    }
}
