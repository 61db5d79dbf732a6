package org.gutskin.io;

import java.nio.file.Path;

/**
 * The one documented error for bad user input (a file, an option value, a request body): it names where the
 * problem is — file, line or field — and what was expected. The command line turns it into exit code 3 and
 * one line on stderr; the service into a 4xx answer. Any other exception is a bug.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private boolean tooLarge;

    /** A problem at a line of a file ({@code line} ≤ 0: no particular line). */
    public InputException(Path file, long line, String message) {
        this(file == null ? null : file.toString(), line, message, null);
    }

    public InputException(String source, long line, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.line = line;
    }

    /** A problem not tied to a file (an option value, a name). */
    public InputException(String message) {
        this((String) null, 0, message, null);
    }

    /**
     * An input over one of the {@code io.InputLimits} (decoded size, line length, a declared array): still bad
     * input (exit 3), but the service answers 413 rather than 400.
     */
    public static InputException tooLarge(String source, long line, String message) {
        InputException e = new InputException(source, line, message, null);
        e.tooLarge = true;
        return e;
    }

    public static InputException tooLarge(String source, String message) {
        return tooLarge(source, 0, message);
    }

    /** Whether the input was refused for its size ({@link #tooLarge(String, long, String)}). */
    public boolean tooLarge() {
        return tooLarge;
    }

    public String source() {
        return source;
    }

    public long line() {
        return line;
    }

    /** One line for a user: {@code file:line: message}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (source != null) sb.append(source).append(line > 0 ? ":" + line : "").append(": ");
        return sb.append(getMessage()).toString();
    }
}
