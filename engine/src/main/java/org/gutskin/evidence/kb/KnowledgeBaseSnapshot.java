package org.gutskin.evidence.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gutskin.io.AtomicFiles;
import org.gutskin.io.ByteSource;
import org.gutskin.provenance.SoftwareVersion;

/**
 * The parsed trees of a knowledge base that loaded and validated, kept on disk so that the next process skips the
 * YAML parsing (SnakeYAML's scanner was about a fifth of a single HTML report's Java samples; issue 19). The YAML files stay
 * the knowledge base: a snapshot caches only their parse, and {@link KnowledgeBaseLoader} validates the trees it
 * hands back exactly as it validates freshly parsed ones.
 *
 * <p>A snapshot holds the gutskin version, the SHA-256 of every file the load read and each file's tree, as JSON.
 * It is used only when the version and every file's current hash match; one that is missing, truncated, not JSON,
 * of another format or version, or missing a tree is ignored (the files are parsed, and a new snapshot replaces it).
 * It is written only after a load that validated, atomically; a cache directory that cannot be written just means
 * no snapshot.
 */
final class KnowledgeBaseSnapshot {

    /** Bumped when the snapshot's layout changes. */
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    private KnowledgeBaseSnapshot(Path file) {
        this.file = file;
    }

    /**
     * The snapshot for a knowledge base whose manifest has {@code manifestBytes}, in {@code dir} (null: none). The
     * name carries the version and the manifest's hash, so different knowledge bases rarely share a snapshot file;
     * when they do, the per-file hashes keep them apart.
     */
    static KnowledgeBaseSnapshot in(Path dir, byte[] manifestBytes) {
        if (dir == null) return null;
        String key = ByteSource.sha256((SoftwareVersion.get() + "\n" + ByteSource.sha256(manifestBytes))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new KnowledgeBaseSnapshot(dir.resolve("kb-snapshot-" + key.substring(0, 24) + ".json"));
    }

    /**
     * Where snapshots of the bundled knowledge base live: the system property {@code gutskin.cache} (empty or
     * {@code off}: no snapshot), else {@code $XDG_CACHE_HOME/gutskin}, else {@code ~/.cache/gutskin}.
     */
    static Path cacheDir() {
        String p = System.getProperty("gutskin.cache");
        if (p != null) return p.isBlank() || p.equals("off") ? null : Path.of(p);
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "gutskin");
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "gutskin");
    }

    Path file() {
        return file;
    }

    /**
     * The trees by file, when the snapshot exists, is whole and matches the version and the current bytes of every
     * file it holds ({@code bytes} reads a file, null when it is absent); otherwise null.
     */
    Map<String, JsonNode> trees(Reader bytes) {
        JsonNode root;
        try {
            if (!Files.isRegularFile(file)) return null;
            root = JSON.readTree(file.toFile());
        } catch (IOException | RuntimeException e) {
            return null;   // unreadable or not JSON: a corrupt snapshot is ignored, never trusted
        }
        if (root == null || !root.isObject() || root.path("format").asInt(-1) != FORMAT
                || !SoftwareVersion.get().equals(root.path("version").asText(null))) return null;
        JsonNode hashes = root.path("sha256"), trees = root.path("trees");
        if (!hashes.isObject() || !trees.isObject() || hashes.size() == 0 || hashes.size() != trees.size()) return null;
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (var e : hashes.properties()) {
            JsonNode tree = trees.get(e.getKey());
            if (tree == null || tree.isMissingNode() || tree.isNull() || !e.getValue().isTextual()) return null;
            byte[] now;
            try {
                now = bytes.read(e.getKey());
            } catch (IOException | RuntimeException ex) {
                return null;
            }
            if (now == null || !ByteSource.sha256(now).equals(e.getValue().asText())) return null;
            out.put(e.getKey(), tree);
        }
        return out;
    }

    /** Writes the snapshot of a load that validated: each file's bytes and tree, in the order read. */
    void save(Map<String, byte[]> bytes, Map<String, JsonNode> trees) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", SoftwareVersion.get());
        ObjectNode hashes = root.putObject("sha256"), t = root.putObject("trees");
        trees.forEach((rel, tree) -> {
            hashes.put(rel, ByteSource.sha256(bytes.get(rel)));
            t.set(rel, tree);
        });
        try {
            byte[] json = JSON.writeValueAsBytes(root);
            AtomicFiles.write(file, json);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written (read-only home, full disk) only costs the next process a parse
        }
    }

    /** Reads a knowledge-base file's bytes by its relative path; null when absent. */
    @FunctionalInterface
    interface Reader {
        byte[] read(String relativePath) throws IOException;
    }
}
