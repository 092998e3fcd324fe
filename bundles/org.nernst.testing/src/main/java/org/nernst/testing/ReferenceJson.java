package org.nernst.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the corpus's {@code *.reference.json} files (plain JSON: objects, arrays, strings, numbers,
 * true/false/null) into maps, lists, strings, doubles and booleans, so reader tests can check row
 * counts and spot values without a JSON library on the bundle's class path.
 */
public final class ReferenceJson {
    private final String s;
    private int i;

    private ReferenceJson(String s) {
        this.s = s;
    }

    public static Map<String, Object> read(Path file) throws IOException {
        ReferenceJson p = new ReferenceJson(Files.readString(file, StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) p.value();
        return m;
    }

    /** Follows a path of keys (and list indexes as numbers) into a parsed document. */
    public static Object at(Object doc, Object... path) {
        Object o = doc;
        for (Object k : path) {
            if (o instanceof Map<?, ?> m) {
                o = m.get(k);
            } else if (o instanceof List<?> l && k instanceof Integer n) {
                o = l.get(n);
            } else {
                throw new IllegalArgumentException("no " + k + " in " + o);
            }
        }
        return o;
    }

    public static double number(Object doc, Object... path) {
        return ((Number) at(doc, path)).doubleValue();
    }

    private Object value() {
        skip();
        char c = s.charAt(i);
        switch (c) {
            case '{' -> {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String k = string();
                    skip();
                    i++; // ':'
                    m.put(k, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            case '[' -> {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            case '"' -> {
                return string();
            }
            default -> {
                int j = i;
                while (j < s.length() && ",}] \n\r\t".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                String w = s.substring(i, j);
                i = j;
                return switch (w) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    case "null" -> null;
                    case "NaN" -> Double.NaN;
                    case "Infinity" -> Double.POSITIVE_INFINITY;
                    case "-Infinity" -> Double.NEGATIVE_INFINITY;
                    default -> Double.parseDouble(w);
                };
            }
        }
    }

    private String string() {
        StringBuilder b = new StringBuilder();
        i++; // opening quote
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
    }

    private void skip() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
