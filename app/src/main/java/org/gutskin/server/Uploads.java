package org.gutskin.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gutskin.io.ByteSource;
import org.gutskin.io.InputLimits;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.profile.format.ReadOptions;

/**
 * Taking in a profile file: the same reader the command line uses ({@link ProfileFiles#read}), straight from the
 * uploaded bytes in memory ({@link ByteSource}: no scratch file, and the checksum is taken in the same pass), then
 * one transaction for the upload and all its samples. Idempotent by content: the same bytes uploaded again by the
 * same tenant return the stored upload ({@code duplicate = true}) and store nothing.
 */
public final class Uploads {

    private final SampleStore store;
    private final ObjectMapper json;
    private final InputLimits limits;
    private final int maxSamples;

    /**
     * {@code limits}: how far one upload may expand when decoded (a gzip bomb under the upload cap is 413);
     * {@code maxSamples}: samples one upload may hold (more is 413, refused before any per-sample work).
     */
    public Uploads(SampleStore store, ObjectMapper json, InputLimits limits, int maxSamples) {
        this.store = store;
        this.json = json;
        this.limits = limits;
        this.maxSamples = maxSamples;
    }

    public record Result(SampleStore.StoredUpload upload, boolean duplicate) {}

    /** Reads and stores a file; an unreadable file is an {@link InputException} naming the file as uploaded. */
    public Result upload(Principal p, String filename, Format forced, byte[] content) {
        return store(p, prepare(p, filename, forced, content));
    }

    /**
     * A file read and checked but not stored yet: {@code seen} when the tenant has these bytes already (nothing
     * to store), else the sample rows to store. A batch job reads every file first, so a bad one stores nothing.
     */
    public record Prepared(String name, String sha256, byte[] content, String format,
            Optional<SampleStore.StoredUpload> seen, List<SampleStore.NewSample> rows) {

        /** The sample ids the file holds, in file order. */
        public List<String> sampleNames() {
            return seen.map(u -> u.samples().stream().map(SampleRow::name).toList())
                    .orElseGet(() -> rows.stream().map(SampleStore.NewSample::name).toList());
        }
    }

    /** Reads and checks a file (size, samples, limits) without storing it; see {@link #store}. */
    public Prepared prepare(Principal p, String filename, Format forced, byte[] content) {
        String name = safeName(filename);
        // hashed once: the duplicate check needs the checksum before parsing, and the read reuses it
        ByteSource source = ByteSource.of(name, content);
        String sha = source.sha256();
        Optional<SampleStore.StoredUpload> seen = store.findUpload(p.tenantId(), sha);
        if (seen.isPresent()) return new Prepared(name, sha, content, seen.get().format(), seen, List.of());
        Profile profile = read(source, forced);
        int samples = profile.abundance().sampleCount();
        if (samples > maxSamples)
            throw InputException.tooLarge(name, name + " holds " + samples + " samples; one upload may hold at most "
                    + maxSamples + " (serve --max-samples-per-upload)");
        List<SampleStore.NewSample> rows = new ArrayList<>();
        for (SampleSummary s : SampleSummary.of(profile)) {
            try {
                rows.add(new SampleStore.NewSample(s.sample(), s.taxa(), s.species(), json.writeValueAsString(s)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        if (rows.isEmpty()) throw new InputException(name, 0, "the file holds no samples", null);
        return new Prepared(name, sha, content, profile.format().label(), Optional.empty(), rows);
    }

    /** Stores a prepared file in one transaction (nothing when its bytes were there already). */
    public Result store(Principal p, Prepared f) {
        if (f.seen().isPresent()) return new Result(f.seen().get(), true);
        Optional<SampleStore.StoredUpload> stored = store.insert(p.tenantId(), p.userId(), f.sha256(), f.name(),
                f.format(), f.content(), f.rows());
        return stored.map(u -> new Result(u, false))
                .orElseGet(() -> new Result(store.findUpload(p.tenantId(), f.sha256()).orElseThrow(), true));
    }

    /** The largest number of samples one upload may hold ({@code serve --max-samples-per-upload}). */
    public int maxSamples() {
        return maxSamples;
    }

    /**
     * Reads stored bytes into a profile, in memory (the report path re-reads the original upload); errors name the
     * file as the user called it, since no path of the server is involved.
     */
    public Profile read(String filename, Format forced, byte[] content) {
        return read(ByteSource.of(safeName(filename), content), forced);
    }

    private Profile read(ByteSource source, Format forced) {
        return ProfileFiles.read(source, ReadOptions.forced(forced).withLimits(limits));
    }

    /** The base name without directories or characters a file system might object to; never empty. */
    static String safeName(String filename) {
        String n = filename == null ? "" : filename.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._+-]", "_");
        if (n.isEmpty() || n.startsWith(".")) n = "upload" + n;
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
