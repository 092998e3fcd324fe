package org.nernst.io.palmsens.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nernst.io.api.ReadContext;

/**
 * A small JSON tree for .pssession files, read with Jackson's streaming parser under limits: nesting
 * depth (so the recursion below is bounded), string and number lengths, and the value count. Keys
 * are lower-cased (PSTrace 5.0-5.7 writes "measurements", 5.9+ "Measurements"). A "DataValues"
 * array of {"V": x, ...} readings becomes a {@link Values} (a double[] and the count of readings
 * whose status "S" is not 0), so a long measurement costs 8 bytes per point, not a map per point.
 */
final class SafeJson {
    static final int MAX_DEPTH = 64;
    private static final int MAX_STRING = 16 * 1024 * 1024;
    private static final long MAX_VALUES = 50_000_000L;
    /** JSON null (a map cannot hold null). */
    static final Object NULL = new Object();

    /** Readings of a DataValues array: values and the number flagged by a non-zero status. */
    record Values(double[] v, int flagged) {
    }

    private final JsonParser p;
    private long count;

    private SafeJson(JsonParser p) {
        this.p = p;
    }

    /** Parses the first JSON value of {@code text}; what follows it (PSTrace appends a U+FEFF) is ignored. */
    static Object parse(String text, ReadContext ctx) {
        JsonFactory f = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(64).build()).build();
        try (JsonParser p = f.createParser(text)) {
            SafeJson j = new SafeJson(p);
            JsonToken t = p.nextToken();
            if (t == null) {
                throw ctx.fail("the file holds no JSON value", 1);
            }
            return j.value(t, "", ctx);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String msg = e.getOriginalMessage();
            String cause = msg == null ? "malformed JSON" : msg.lines().findFirst().orElse(msg);
            if (at == null) {
                throw ctx.fail("not a valid PSTrace session (JSON): " + cause);
            }
            throw ctx.fail("not a valid PSTrace session (JSON): " + cause, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
        } catch (IOException e) {
            throw ctx.fail("could not read the JSON: " + e.getMessage());
        }
    }

    private Object value(JsonToken t, String key, ReadContext ctx) throws IOException {
        if (t == null) {
            throw ctx.fail("the JSON ends inside a value (file truncated?)", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
        }
        if (++count > MAX_VALUES) {
            throw ctx.fail("more than " + MAX_VALUES + " JSON values: refused (not a PSTrace session?)", p.currentLocation().getLineNr(),
                    p.currentLocation().getColumnNr());
        }
        return switch (t) {
            case START_OBJECT -> object(ctx);
            case START_ARRAY -> key.equals("datavalues") ? values(ctx) : array(ctx);
            case VALUE_STRING -> p.getText();
            // ticks (.NET time stamps) need all 64 bits
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? (Object) p.getDoubleValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> NULL;
            default -> throw ctx.fail("unexpected JSON token " + t, p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
        };
    }

    private Map<String, Object> object(ReadContext ctx) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String k = p.currentName().toLowerCase(Locale.ROOT);
            m.put(k, value(p.nextToken(), k, ctx));
        }
        if (t != JsonToken.END_OBJECT) {
            throw ctx.fail("unterminated JSON object (file truncated?)", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
        }
        return m;
    }

    private List<Object> array(ReadContext ctx) throws IOException {
        List<Object> a = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw ctx.fail("unterminated JSON array (file truncated?)", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
            }
            a.add(value(t, "", ctx));
        }
        return a;
    }

    /** [{"V": 1.0, "S": 0, ...}, ...] read flat: only V and the status S are kept. */
    private Values values(ReadContext ctx) throws IOException {
        double[] v = new double[64];
        int n = 0;
        int flagged = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw ctx.fail("expected a reading {\"V\": ...} in DataValues", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
            }
            if (++count > MAX_VALUES) {
                throw ctx.fail("more than " + MAX_VALUES + " readings: refused", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
            }
            double x = Double.NaN;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                JsonToken vt = p.nextToken();
                if (vt == null) {
                    break;
                }
                if (vt.isStructStart()) {
                    p.skipChildren(); // no reading nests structures; skipping is iterative in Jackson
                } else if (k.equalsIgnoreCase("v") && vt.isNumeric()) {
                    x = p.getDoubleValue();
                } else if (k.equalsIgnoreCase("v") && vt == JsonToken.VALUE_STRING) {
                    x = "NaN".equals(p.getText()) ? Double.NaN : parseOrFail(p.getText(), ctx);
                } else if (k.equalsIgnoreCase("s") && vt.isNumeric() && p.getDoubleValue() != 0) {
                    flagged++;
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw ctx.fail("unterminated reading (file truncated?)", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
            }
            if (n == v.length) {
                v = Arrays.copyOf(v, n * 2);
            }
            v[n++] = x;
        }
        return new Values(Arrays.copyOf(v, n), flagged);
    }

    private double parseOrFail(String s, ReadContext ctx) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw ctx.fail("'" + s + "' is not a reading value", p.currentLocation().getLineNr(), p.currentLocation().getColumnNr());
        }
    }

    /** Helpers for the lower-cased tree. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    static String str(Object o) {
        return o instanceof String s ? s : "";
    }

    static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    static long lng(Object o, long otherwise) {
        return o instanceof Long l ? l : otherwise;
    }
}
