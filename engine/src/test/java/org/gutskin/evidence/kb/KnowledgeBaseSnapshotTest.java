package org.gutskin.evidence.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge-base snapshot caches only the YAML parse: a matching snapshot is used, a changed YAML file is parsed
 * and validated again, and a corrupt snapshot is ignored. The citation title that proves which source was read is the
 * one in citations.yaml ('The Gut Microbiome as a Major Regulator of the Gut-Skin Axis', salem2018).
 */
class KnowledgeBaseSnapshotTest {

    private static final String TITLE = "The Gut Microbiome as a Major Regulator of the Gut-Skin Axis";

    @TempDir
    Path kb;
    @TempDir
    Path cache;

    private Path snapshot() throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().startsWith("kb-snapshot-")).toList();
            assertThat(files).hasSize(1);
            return files.get(0);
        }
    }

    private static String title(KnowledgeBase k) {
        return k.citation("salem2018").orElseThrow().title();
    }

    @Test
    void aMatchingSnapshotIsUsedAndTheResultEqualsTheParsedFiles() throws IOException {
        KnowledgeBaseCopy.write(kb, null, t -> t);
        KnowledgeBase parsed = KnowledgeBaseLoader.fromDirectory(kb);
        KnowledgeBase first = KnowledgeBaseLoader.fromDirectory(kb, cache);   // parses, writes the snapshot
        KnowledgeBase second = KnowledgeBaseLoader.fromDirectory(kb, cache);  // from the snapshot
        assertThat(second.citations()).isEqualTo(parsed.citations()).isEqualTo(first.citations());
        assertThat(second.conditions()).isEqualTo(parsed.conditions());
        assertThat(second.version()).isEqualTo(parsed.version());

        // proof that the second load read the snapshot: a title edited only in the snapshot shows through
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(snapshot().toFile());
        ObjectNode salem = (ObjectNode) root.get("trees").get("citations.yaml").get("citations").get(0);
        assertThat(salem.get("title").asText()).isEqualTo(TITLE);
        salem.put("title", "Edited in the snapshot");
        json.writeValue(snapshot().toFile(), root);
        assertThat(title(KnowledgeBaseLoader.fromDirectory(kb, cache))).isEqualTo("Edited in the snapshot");
    }

    @Test
    void aChangedYamlFileIsParsedAndValidatedAgain() throws IOException {
        KnowledgeBaseCopy.write(kb, null, t -> t);
        KnowledgeBaseLoader.fromDirectory(kb, cache);
        Path citations = kb.resolve("citations.yaml");
        String text = Files.readString(citations);

        Files.writeString(citations, text.replace(TITLE, "A new title"));
        assertThat(title(KnowledgeBaseLoader.fromDirectory(kb, cache))).isEqualTo("A new title");
        assertThat(title(KnowledgeBaseLoader.fromDirectory(kb, cache))).isEqualTo("A new title");   // new snapshot

        // an edit the validation refuses (an unknown field) is refused although a snapshot of the old file exists
        Files.writeString(citations, text.replace("  title: " + TITLE, "  title: " + TITLE + "\n  colour: red"));
        assertThatThrownBy(() -> KnowledgeBaseLoader.fromDirectory(kb, cache))
                .isInstanceOf(KnowledgeBaseException.class).hasMessageContaining("colour");
    }

    @Test
    void aCorruptSnapshotIsIgnoredAndReplaced() throws IOException {
        KnowledgeBaseCopy.write(kb, null, t -> t);
        KnowledgeBase parsed = KnowledgeBaseLoader.fromDirectory(kb);
        KnowledgeBaseLoader.fromDirectory(kb, cache);
        Path snap = snapshot();
        byte[] whole = Files.readAllBytes(snap);
        for (byte[] corrupt : List.of(java.util.Arrays.copyOf(whole, whole.length / 2), new byte[0],
                "{\"format\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            Files.write(snap, corrupt);
            assertThat(KnowledgeBaseLoader.fromDirectory(kb, cache).citations()).isEqualTo(parsed.citations());
            assertThat(Files.readAllBytes(snap)).isEqualTo(whole);   // rewritten from the parsed files
        }
    }
}
