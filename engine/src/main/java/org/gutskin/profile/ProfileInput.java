package org.gutskin.profile;

import java.util.Objects;
import org.gutskin.io.ByteSource;
import org.gutskin.provenance.Provenance;

/**
 * Which bytes a profile was read from, for provenance: the input's name as the user gave it, the SHA-256 of its
 * stored bytes ({@code io.ByteSource}: computed while they were read, or — for a table read whole, HDF5 — from
 * the bytes read, when first asked for), and for a QIIME 2 artifact ({@code .qza}) the artifact's UUID from its
 * {@code metadata.yaml} (null otherwise). A taxonomy artifact given beside a table is recorded the same way in
 * {@code taxonomyUuid}. Equal when name, checksum and UUIDs are.
 */
public final class ProfileInput {

    private final String name;
    private final String artifactUuid;
    private final String taxonomyUuid;
    private final ByteSource source; // null when the checksum was given
    private volatile String sha256;

    public ProfileInput(String name, String sha256, String artifactUuid, String taxonomyUuid) {
        this(name, sha256, null, artifactUuid, taxonomyUuid);
    }

    public ProfileInput(String name, String sha256) {
        this(name, sha256, null, null);
    }

    private ProfileInput(String name, String sha256, ByteSource source, String artifactUuid, String taxonomyUuid) {
        this.name = name;
        this.sha256 = sha256;
        this.source = source;
        this.artifactUuid = artifactUuid;
        this.taxonomyUuid = taxonomyUuid;
    }

    /**
     * The profile read from {@code source}: its checksum is the source's, asked for only when someone needs it
     * (provenance), so that commands which never show it do not hash a large table read whole.
     */
    public static ProfileInput of(ByteSource source, String artifactUuid, String taxonomyUuid) {
        // a known checksum is kept as text, so the profile holds no reference to the source (an upload's bytes)
        String known = source.sha256Known() ? source.sha256() : null;
        return new ProfileInput(source.name(), known, known == null ? source : null, artifactUuid, taxonomyUuid);
    }

    public String name() {
        return name;
    }

    /** Lower-case hex SHA-256 of the stored bytes, or null when unknown. */
    public String sha256() {
        String s = sha256;
        if (s == null && source != null) sha256 = s = source.sha256();
        return s;
    }

    public String artifactUuid() {
        return artifactUuid;
    }

    public String taxonomyUuid() {
        return taxonomyUuid;
    }

    /**
     * As the provenance record lists it: the file name without its directories (a path would say where the
     * operator keeps files, and differs between machines running the same analysis).
     */
    public Provenance.Input asProvenance() {
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return new Provenance.Input(file, sha256(), artifactUuid);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileInput p && Objects.equals(name, p.name) && Objects.equals(sha256(), p.sha256())
                && Objects.equals(artifactUuid, p.artifactUuid) && Objects.equals(taxonomyUuid, p.taxonomyUuid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sha256(), artifactUuid, taxonomyUuid);
    }

    @Override
    public String toString() {
        return "ProfileInput[name=" + name + ", sha256=" + sha256() + ", artifactUuid=" + artifactUuid
                + ", taxonomyUuid=" + taxonomyUuid + "]";
    }
}
