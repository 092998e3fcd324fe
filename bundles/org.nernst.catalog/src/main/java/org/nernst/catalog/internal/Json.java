package org.nernst.catalog.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.core.Location;
import org.nernst.core.NernstException;

/** JSON in and out (Jackson), and the small habit of leaving absent values out of documents. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static Map<String, Object> parseObject(String text, String fileName) {
        try {
            Map<String, Object> m = MAPPER.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            if (m == null) {
                throw NernstException.input("expected a JSON object, got null", Location.file(fileName));
            }
            return m;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            Location where = loc == null ? Location.file(fileName)
                    : Location.cell(fileName, loc.getLineNr(), loc.getColumnNr());
            throw NernstException.input("not a JSON object: " + e.getOriginalMessage(), where);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    public static void put(Map<String, Object> m, String key, OptionalDouble v) {
        if (v.isPresent()) {
            m.put(key, v.getAsDouble());
        }
    }

    public static void put(Map<String, Object> m, String key, Optional<?> v) {
        v.ifPresent(x -> m.put(key, x));
    }

    public static void putText(Map<String, Object> m, String key, String v) {
        if (!v.isEmpty()) {
            m.put(key, v);
        }
    }
}
