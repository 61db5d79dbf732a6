package org.gutskin.profile;

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
}
