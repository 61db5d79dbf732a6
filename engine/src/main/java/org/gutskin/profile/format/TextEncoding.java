package org.gutskin.profile.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text encoding of a profile, decided once from its first bytes, so that every reader sees UTF-8:
 * <ul>
 *   <li>a UTF-8 byte-order mark, or bytes that are valid UTF-8 (plain ASCII included): UTF-8, as is;</li>
 *   <li>a UTF-16 byte-order mark ({@code FF FE} little-endian, {@code FE FF} big-endian; what Excel's "Unicode
 *       text" and PowerShell write): transcoded to UTF-8;</li>
 *   <li>anything else: Latin-1 (ISO-8859-1, which every byte sequence is), transcoded, with a warning that names
 *       it — Latin-1 was the default of older Windows and R installations, and a name like {@code Aerococcus
 *       urinaeequi} spelt with an {@code é} must not turn into {@code ?} silently.</li>
 * </ul>
 * A later line that is not valid UTF-8 in a file decided to be UTF-8 is an input error ({@link TextLines}).
 */
final class TextEncoding {

    /** The UTF-8 view of a text input and, when it was not UTF-8, the warning that says which encoding was read. */
    record Decoded(InputStream utf8, String warning) {}

    private TextEncoding() {}

    /** {@code in} must support mark/reset (the head is peeked, not consumed). */
    static Decoded decode(InputStream in, byte[] head, int n) throws IOException {
        if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE)
            return transcode(in, StandardCharsets.UTF_16LE, 2, null);
        if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)
            return transcode(in, StandardCharsets.UTF_16BE, 2, null);
        if (isUtf8(head, n)) return new Decoded(in, null);
        return transcode(in, StandardCharsets.ISO_8859_1, 0, "the file is not UTF-8; read as Latin-1 (ISO-8859-1):"
                + " check names with accents, and save the file as UTF-8 to be sure");
    }

    /** True when the bytes are valid UTF-8, allowing a sequence cut off by the end of the head. */
    static boolean isUtf8(byte[] b, int n) {
        int end = n;
        // do not judge a multi-byte sequence that the head's end cut off
        for (int k = 1; k <= 3 && n - k >= 0; k++) {
            int c = b[n - k] & 0xff;
            if (c >= 0xC0) {
                int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                if (k < need) end = n - k;
                break;
            }
            if (c < 0x80) break;
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(b, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** True when exactly these bytes are valid UTF-8. */
    static boolean isUtf8Exact(byte[] b, int n) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(b, 0, n));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Decoded transcode(InputStream in, Charset cs, int skip, String warning) throws IOException {
        in.skipNBytes(skip);
        return new Decoded(new java.io.BufferedInputStream(new Utf8Of(new InputStreamReader(in, cs)), 1 << 16), warning);
    }

    /** The characters of a reader as UTF-8 bytes. */
    private static final class Utf8Of extends InputStream {
        private final Reader reader;
        private final char[] chars = new char[8192];
        private byte[] bytes = new byte[0];
        private int pos;
        private char pendingHigh;
        private boolean eof;

        Utf8Of(Reader reader) {
            this.reader = reader;
        }

        private boolean fill() throws IOException {
            while (pos == bytes.length) {
                if (eof) return false;
                int off = 0;
                if (pendingHigh != 0) {
                    chars[0] = pendingHigh;
                    pendingHigh = 0;
                    off = 1;
                }
                int n = reader.read(chars, off, chars.length - off);
                if (n < 0) {
                    eof = true;
                    n = 0;
                }
                int len = off + n;
                // keep a high surrogate whose partner is in the next chunk
                if (!eof && len > 0 && Character.isHighSurrogate(chars[len - 1])) pendingHigh = chars[--len];
                bytes = new String(chars, 0, len).getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? bytes[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (!fill()) return -1;
            int n = Math.min(len, bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
