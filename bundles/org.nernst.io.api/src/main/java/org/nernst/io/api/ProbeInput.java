package org.nernst.io.api;

import java.nio.charset.Charset;
import java.util.Locale;
import org.nernst.io.api.text.Charsets;

/**
 * What a reader sees when probing: the file name, its size and its first bytes (up to
 * {@link #HEAD_BYTES}). Immutable and shared between readers, so readers must not modify {@code head}.
 */
public record ProbeInput(String fileName, long size, byte[] head) {

    public static final int HEAD_BYTES = 64 * 1024;

    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public boolean hasExtension(String... exts) {
        String e = extension();
        for (String x : exts) {
            if (e.equalsIgnoreCase(x)) {
                return true;
            }
        }
        return false;
    }

    /** The charset the head appears to be in (BOM, UTF-16 zero pattern, valid UTF-8, else windows-1252). */
    public Charset charset() {
        return Charsets.detect(head, head.length);
    }

    /** The head decoded as text with the detected charset (a possibly cut last character is harmless). */
    public String headText() {
        Charset cs = charset();
        int skip = Charsets.bomLength(head, head.length);
        return new String(head, skip, head.length - skip, cs);
    }

    /** True when the head starts with these bytes. */
    public boolean startsWith(byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
