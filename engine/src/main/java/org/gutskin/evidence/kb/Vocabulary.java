package org.gutskin.evidence.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A fixed vocabulary of the knowledge base: every enum that a YAML field draws its words from implements this, so
 * the loader can reject an unknown word naming the accepted ones. Words are lower case with hyphens.
 */
public interface Vocabulary {

    /** The word as written in the YAML files and in JSON output. */
    String word();

    /** The constant whose {@link #word()} is {@code word} (exact, case-insensitive). */
    static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, String word) {
        if (word == null) return Optional.empty();
        String w = word.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.word().equals(w)).findFirst();
    }

    /** "a, b, c": the accepted words, for error messages. */
    static <E extends Enum<E> & Vocabulary> String accepted(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::word).collect(Collectors.joining(", "));
    }
}
