package org.nernst.io.api.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.nernst.io.api.ReadContext;

/** Decodes a whole text export with the detected charset (see {@link Charsets}). */
public final class TextDecoding {
    private TextDecoding() {
    }

    /**
     * Decodes {@code bytes}; refuses binary data with a clear message. When the start looked like
     * UTF-8 but a later byte is not, the file is re-read as windows-1252 (what EC-Lab writes).
     */
    public static String decode(byte[] bytes, ReadContext ctx) {
        int head = Math.min(bytes.length, 64 * 1024);
        Charset cs = Charsets.detect(bytes, head);
        if (Charsets.looksBinary(bytes, head, cs)) {
            throw ctx.failAtOffset("binary data where text was expected (is this the right reader or a damaged file?)",
                    firstControlByte(bytes, head));
        }
        int bom = Charsets.bomLength(bytes, bytes.length);
        if (cs == StandardCharsets.UTF_8) {
            // strict: only bytes that are not UTF-8 switch the charset; a U+FFFD written in the file stays
            return new String(bytes, bom, bytes.length - bom,
                    Charsets.isWellFormedUtf8(bytes, bom, bytes.length) ? StandardCharsets.UTF_8 : Charsets.WINDOWS_1252);
        }
        return new String(bytes, bom, bytes.length - bom, cs);
    }

    /**
     * The charset of a whole file, refusing binary data: UTF-16 by BOM or zero pattern, else
     * UTF-8 when the bytes are valid UTF-8 (checked on the whole file, not only the head), else windows-1252.
     */
    public static Charset charset(byte[] bytes, ReadContext ctx) {
        int head = Math.min(bytes.length, 64 * 1024);
        Charset cs = Charsets.detect(bytes, head);
        if (Charsets.looksBinary(bytes, head, cs)) {
            throw ctx.failAtOffset("binary data where text was expected (is this the right reader or a damaged file?)",
                    firstControlByte(bytes, head));
        }
        if (cs == StandardCharsets.UTF_8 && bytes.length > head && !Charsets.isUtf8(bytes, bytes.length)) {
            return Charsets.WINDOWS_1252;
        }
        return cs;
    }

    private static long firstControlByte(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0c) {
                return i;
            }
        }
        return 0;
    }
}
