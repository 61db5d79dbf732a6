package org.gutskin.profile.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.gutskin.io.InputLimits;
import org.gutskin.io.InputException;

/**
 * Line-by-line access to a text profile as bytes, with fields split on one delimiter byte — no regex and no
 * String per cell, because a merged table of 20,000 samples has millions of cells and almost all are {@code 0}.
 *
 * <p>Strips a UTF-8 byte-order mark and the {@code \r} of Windows line ends. A NUL byte means the file is
 * binary, not text, and is reported as such; a line that is not valid UTF-8 (the input was decided to be UTF-8 by
 * its head, {@link TextEncoding}) is an error naming the line. A field read as text ({@link #field}: an id, a
 * name, a lineage) longer than {@value #MAX_FIELD} characters is refused with its length: no profiler writes one,
 * and one such cell must not reach a terminal, a log line or a database row. Field {@code i} of the current line
 * is the byte range {@code [start(i), end(i))} of {@link #bytes()}.
 */
final class TextLines implements Closeable {

    /** The longest id, name or lineage accepted, in characters (bytes of UTF-8, counted before decoding). */
    static final int MAX_FIELD = 1000;

    private final Path file;
    private boolean requireLineEnds;
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos, lim;
    private boolean eof;
    private byte[] line = new byte[1 << 12];
    private int len;
    private long number;
    private int[] starts = new int[64], ends = new int[64];
    private int fieldCount;

    /** The longest line, in bytes ({@link InputLimits#maxLineBytes}): a bomb of one endless line stops here. */
    private final InputLimits limits;

    TextLines(Path file, InputStream in) {
        this(file, in, InputLimits.CLI);
    }

    TextLines(Path file, InputStream in, InputLimits limits) {
        this.file = file;
        this.in = in;
        this.limits = limits;
    }

    /** Advances to the next line; false at the end of the file. */
    boolean next() throws IOException {
        len = 0;
        fieldCount = -1;
        boolean any = false;
        while (true) {
            if (pos == lim) {
                if (eof || !fill()) {
                    if (!any) return false;
                    break;
                }
            }
            any = true;
            int i = pos;
            while (i < lim && buf[i] != '\n') i++;
            append(pos, i);
            if (i < lim) {
                pos = i + 1;
                endedWithNewline = true;
                break;
            }
            endedWithNewline = false;
            pos = lim;
        }
        number++;
        if (requireLineEnds && !endedWithNewline && !isBlank())
            throw new InputException(file, number, "the file ends in the middle of this line: it is truncated (an"
                    + " interrupted download or copy?); expected every line to end with a line break");
        if (len > 0 && line[len - 1] == '\r') len--;
        checkUtf8();
        if (number == 1 && len >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
            System.arraycopy(line, 3, line, 0, len - 3);
            len -= 3;
        }
        return true;
    }

    private boolean endedWithNewline;

    /** A last line without its line end is an error: for formats that tools write line by line. */
    void requireLineEnds() {
        requireLineEnds = true;
    }

    private void checkUtf8() {
        boolean ascii = true;
        for (int i = 0; i < len && ascii; i++) ascii = line[i] >= 0;
        if (ascii) return;
        if (!TextEncoding.isUtf8Exact(line, len))
            throw new InputException(file, number, "not valid UTF-8 text (a Latin-1 or Windows-1252 character after"
                    + " the first megabyte?); save the file as UTF-8");
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    private void append(int from, int to) {
        int n = to - from;
        if ((long) len + n > limits.maxLineBytes()) throw limits.lineTooLong(file.toString(), number + 1);
        if (len + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
        System.arraycopy(buf, from, line, len, n);
        for (int k = len; k < len + n; k++)
            if (line[k] == 0) throw new InputException(file, number + 1, "binary data (a NUL byte) in what should be a text file");
        len += n;
    }

    /** The current line number, 1-based. */
    long number() {
        return number;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return len;
    }

    boolean isBlank() {
        for (int i = 0; i < len; i++) if (line[i] != ' ' && line[i] != '\t') return false;
        return true;
    }

    boolean startsWith(char c) {
        return len > 0 && line[0] == c;
    }

    String text() {
        return new String(line, 0, len, StandardCharsets.UTF_8);
    }

    /** Splits the current line on a delimiter byte and returns the number of fields. */
    int split(byte delim) {
        int n = 0;
        int s = 0;
        for (int i = 0; i <= len; i++) {
            if (i == len || line[i] == delim) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = s;
                ends[n] = i;
                n++;
                s = i + 1;
            }
        }
        fieldCount = n;
        return n;
    }

    int fields() {
        return fieldCount;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Field {@code i} as a trimmed string (with CSV double quotes removed). */
    String field(int i) {
        int s = starts[i], e = ends[i];
        if (e - s > MAX_FIELD)
            throw new InputException(file, number, "column " + (i + 1) + ": a field of " + (e - s)
                    + " characters; ids, names and lineages may have at most " + MAX_FIELD);
        while (s < e && line[s] == ' ') s++;
        while (e > s && line[e - 1] == ' ') e--;
        if (e - s >= 2 && line[s] == '"' && line[e - 1] == '"') {
            s++;
            e--;
        }
        return new String(line, s, e - s, StandardCharsets.UTF_8);
    }

    /** Field {@code i} as a number; an {@link InputException} naming the line and column when it is not one. */
    double number(int i, String what) {
        try {
            return Decimal.parse(line, starts[i], ends[i]);
        } catch (NumberFormatException e) {
            throw notANumber(i, what);
        }
    }

    /** Field {@code i} as a number, or {@link NumberFormatException} (for hot loops: no message is built). */
    double numberAt(int i) {
        return Decimal.parse(line, starts[i], ends[i]);
    }

    InputException notANumber(int i, String what) {
        return new InputException(file, number, "column " + (i + 1) + " (" + what + "): expected a number, got '"
                + Abbrev.of(field(i)) + "'");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
