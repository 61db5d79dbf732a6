package org.gutskin.profile.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The first bytes of an input (up to {@value #BYTES}, decompressed, and for text transcoded to UTF-8), as the
 * sniffers of {@link ProfileFormats} see them: the raw bytes for magic numbers, and for text the leading
 * {@code #} comment lines and the first non-blank data lines (the header line counts as data).
 */
public final class Head {

    static final int BYTES = 1 << 20;
    private static final int LINES = 64;

    private final byte[] bytes;
    private final int length;
    private final List<String> comments = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final boolean complete;

    Head(byte[] bytes, int length, boolean text) {
        this.bytes = bytes;
        this.length = length;
        this.complete = length < BYTES;
        if (!text) return;
        int i = 0;
        if (length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) i = 3;
        String s = new String(bytes, i, length - i, StandardCharsets.UTF_8);
        String[] all = s.split("\n", LINES + 1);
        // the last piece may be a line cut off by the head's end, unless the whole input fits in the head
        int usable = all.length > LINES || !complete ? all.length - 1 : all.length;
        for (int k = 0; k < usable; k++) {
            String l = all[k].endsWith("\r") ? all[k].substring(0, all[k].length() - 1) : all[k];
            if (l.isBlank()) continue;
            if (lines.isEmpty() && l.startsWith("#")) comments.add(l);
            else lines.add(l);
        }
    }

    /** Whether the first bytes are {@code magic}. */
    public boolean startsWith(byte[] magic) {
        if (length < magic.length) return false;
        for (int k = 0; k < magic.length; k++) if (bytes[k] != magic[k]) return false;
        return true;
    }

    /** The first non-whitespace byte, or -1 for an empty or blank input. */
    public int firstNonBlank() {
        for (int k = 0; k < length; k++) if (!Character.isWhitespace(bytes[k]) && (bytes[k] & 0xff) != 0xEF
                && (bytes[k] & 0xff) != 0xBB && (bytes[k] & 0xff) != 0xBF) return bytes[k];
        return -1;
    }

    /** The {@code #} lines before the first data line, in order. */
    public List<String> comments() {
        return comments;
    }

    /** The first non-blank lines from the first line that is not a leading {@code #} comment. */
    public List<String> lines() {
        return lines;
    }

    /** The first data line, or "" when there is none. */
    public String first() {
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** The first data line's fields split on its delimiter: a tab when it has one, else a comma. */
    public String[] firstFields() {
        String f = first();
        return f.split(f.indexOf('\t') >= 0 ? "\t" : ",", -1);
    }
}
