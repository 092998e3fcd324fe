package org.nernst.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.core.Location;
import org.nernst.core.NernstException;

/**
 * Renders a command's document: JSON (one document, stdout) or a readable listing. Errors go to
 * stdout as {"error": {...}} with --json (so scripts get exactly one document), else to stderr.
 */
public final class Output {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;

    public Output(PrintStream out, PrintStream err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    public static String toJson(Object doc) {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result is not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    public void print(Object doc) {
        if (json) {
            out.println(toJson(doc));
        } else {
            StringBuilder b = new StringBuilder();
            human(b, "", doc);
            out.print(b);
        }
        out.flush();
    }

    public void error(NernstException e) {
        Location l = e.location();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("message", e.getMessage());
            m.put("kind", e.kind().name().toLowerCase());
            l.file().ifPresent(f -> m.put("file", f));
            l.line().ifPresent(v -> m.put("line", v));
            l.column().ifPresent(v -> m.put("column", v));
            l.offset().ifPresent(v -> m.put("offset", v));
            out.println(toJson(Map.of("error", m)));
            out.flush();
        } else {
            String where = l.describe();
            err.println("error: " + (where.isEmpty() ? "" : where + ": ") + e.getMessage());
        }
    }

    private static void human(StringBuilder b, String indent, Object doc) {
        if (doc instanceof Map<?, ?> m) {
            int w = m.keySet().stream().mapToInt(k -> String.valueOf(k).length()).max().orElse(0);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object v = e.getValue();
                String key = String.format("%-" + w + "s", e.getKey());
                if (isScalar(v)) {
                    b.append(indent).append(key).append("  ").append(scalar(v)).append('\n');
                } else if (v instanceof Collection<?> c && c.stream().allMatch(Output::isScalar)) {
                    b.append(indent).append(key).append("  ").append(c.stream().map(Output::scalar).toList()).append('\n');
                } else {
                    b.append(indent).append(e.getKey()).append(":\n");
                    human(b, indent + "  ", v);
                }
            }
        } else if (doc instanceof Collection<?> c) {
            if (!c.isEmpty() && c.stream().allMatch(x -> x instanceof Map<?, ?> m && m.values().stream().allMatch(Output::isScalar))) {
                table(b, indent, c);
            } else {
                for (Object o : c) {
                    if (isScalar(o)) {
                        b.append(indent).append("- ").append(scalar(o)).append('\n');
                    } else {
                        b.append(indent).append("-\n");
                        human(b, indent + "  ", o);
                    }
                }
            }
        } else {
            b.append(indent).append(scalar(doc)).append('\n');
        }
    }

    private static void table(StringBuilder b, String indent, Collection<?> rows) {
        List<String> cols = rows.stream().flatMap(r -> ((Map<?, ?>) r).keySet().stream()).map(String::valueOf).distinct().toList();
        int[] w = new int[cols.size()];
        for (int i = 0; i < w.length; i++) {
            final String c = cols.get(i);
            w[i] = Math.max(c.length(), rows.stream().mapToInt(r -> scalar(((Map<?, ?>) r).get(c)).length()).max().orElse(0));
        }
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < w.length; i++) {
            line.append(String.format("%-" + (w[i] + 2) + "s", cols.get(i)));
        }
        b.append(line.toString().stripTrailing()).append('\n');
        for (Object r : rows) {
            line = new StringBuilder(indent);
            for (int i = 0; i < w.length; i++) {
                line.append(String.format("%-" + (w[i] + 2) + "s", scalar(((Map<?, ?>) r).get(cols.get(i)))));
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static boolean isScalar(Object v) {
        return v == null || v instanceof Number || v instanceof CharSequence || v instanceof Boolean || v instanceof Enum<?>;
    }

    private static String scalar(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return Double.isNaN(d) ? "NaN" : String.format(java.util.Locale.ROOT, "%.6g", d);
        }
        return String.valueOf(v);
    }
}
