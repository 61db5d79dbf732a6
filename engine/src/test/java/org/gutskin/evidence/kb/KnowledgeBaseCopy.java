package org.gutskin.evidence.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The bundled knowledge base copied to a directory with one file edited, for tests of what the loader refuses or
 * accepts: the one copy routine the knowledge-base, guild, synonym, safety and condition tests share.
 */
public final class KnowledgeBaseCopy {

    private KnowledgeBaseCopy() {}

    /** Writes every bundled file to {@code dir}, {@code file} through {@code edit} (which must change it). */
    public static void write(Path dir, String file, UnaryOperator<String> edit) throws IOException {
        for (String rel : KnowledgeBaseLoader.bundledFiles()) {
            try (InputStream in = KnowledgeBaseLoader.class.getResourceAsStream(KnowledgeBaseLoader.RESOURCE_DIR + rel)) {
                Path p = dir.resolve(rel);
                Files.createDirectories(p.getParent());
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String changed = rel.equals(file) ? edit.apply(text) : text;
                if (rel.equals(file)) assertThat(changed).as("the edit must change " + file).isNotEqualTo(text);
                Files.writeString(p, changed);
            }
        }
    }

    /** The loader's refusal of a copy with {@code file} edited; an AssertionError when the copy is accepted. */
    public static KnowledgeBaseException broken(Path dir, String file, UnaryOperator<String> edit) throws IOException {
        write(dir, file, edit);
        try {
            KnowledgeBaseLoader.fromDirectory(dir);
        } catch (KnowledgeBaseException e) {
            return e;
        }
        throw new AssertionError("the broken copy of " + file + " was accepted");
    }
}
