package org.nernst.io;

import org.nernst.io.api.ReaderInfo;

/** An installed reader and the bundle that contributed it (shown by {@code nernst formats}). */
public record FormatInfo(ReaderInfo reader, String bundle, String bundleVersion) {
}
