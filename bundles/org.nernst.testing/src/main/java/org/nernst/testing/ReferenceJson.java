package org.nernst.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The corpus's {@code *.reference.json} files as maps, lists, strings, doubles and booleans, for
 * reader tests that check row counts and spot values. Parsing is {@link Json}'s; this class only
 * adds the typed accessors those tests use.
 */
public final class ReferenceJson {
    private ReferenceJson() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(Path file) throws IOException {
        return (Map<String, Object>) Json.read(file);
    }

    /** Follows a path of keys (and list indexes as numbers) into a parsed document. */
    public static Object at(Object doc, Object... path) {
        return Json.at(doc, path);
    }

    public static double number(Object doc, Object... path) {
        return ((Number) at(doc, path)).doubleValue();
    }
}
