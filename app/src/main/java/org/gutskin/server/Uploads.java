package org.gutskin.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gutskin.profile.Format;
import org.gutskin.profile.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.ProfileFiles;

/**
 * Taking in a profile file: the same reader the command line uses ({@link ProfileFiles#read}), then one
 * transaction for the upload and all its samples. Idempotent by content: the same bytes uploaded again by the
 * same tenant return the stored upload ({@code duplicate = true}) and store nothing.
 */
public final class Uploads {

    private final SampleStore store;
    private final Path scratch;
    private final ObjectMapper json;

    public Uploads(SampleStore store, Path scratch, ObjectMapper json) {
        this.store = store;
        this.scratch = scratch;
        this.json = json;
    }

    public record Result(SampleStore.StoredUpload upload, boolean duplicate) {}

    /** Reads and stores a file; an unreadable file is an {@link InputException} naming the file as uploaded. */
    public Result upload(Principal p, String filename, Format forced, byte[] content) {
        String name = safeName(filename);
        String sha = Secrets.sha256(content);
        Optional<SampleStore.StoredUpload> seen = store.findUpload(p.tenantId(), sha);
        if (seen.isPresent()) return new Result(seen.get(), true);
        Profile profile = read(name, forced, content);
        List<SampleStore.NewSample> rows = new ArrayList<>();
        for (SampleSummary s : SampleSummary.of(profile)) {
            try {
                rows.add(new SampleStore.NewSample(s.sample(), s.taxa(), s.species(), json.writeValueAsString(s)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        if (rows.isEmpty()) throw new InputException(name, 0, "the file holds no samples", null);
        Optional<SampleStore.StoredUpload> stored = store.insert(p.tenantId(), p.userId(), sha, name,
                profile.format().label(), content, rows);
        return stored.map(u -> new Result(u, false))
                .orElseGet(() -> new Result(store.findUpload(p.tenantId(), sha).orElseThrow(), true));
    }

    /** Reads stored bytes back into a profile (the report path re-reads the original upload). */
    public Profile read(String filename, Format forced, byte[] content) {
        Path dir = null;
        try {
            Files.createDirectories(scratch);
            dir = Files.createTempDirectory(scratch, "upload");
            Path file = dir.resolve(filename);
            Files.write(file, content);
            try {
                return ProfileFiles.read(file, forced);
            } catch (InputException e) {
                // name the file as the user called it, not by our scratch path
                throw new InputException(filename, e.line(), e.getMessage(), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) deleteQuietly(dir);
        }
    }

    /** The base name without directories or characters a file system might object to; never empty. */
    static String safeName(String filename) {
        String n = filename == null ? "" : filename.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._+-]", "_");
        if (n.isEmpty() || n.startsWith(".")) n = "upload" + n;
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // scratch files are removed again at the next start
        }
    }
}
