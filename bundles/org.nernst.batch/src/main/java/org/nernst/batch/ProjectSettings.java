package org.nernst.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.core.Location;
import org.nernst.core.NernstException;

/**
 * The settings of a batch: from the project file in the folder ({@code nernst.json}, or a flat
 * {@code nernst.yaml} of "key: value" lines), overridden by command options. Keys (case and '-'
 * insensitive): reference, ph, reference_potential, rhe_offset, area_cm2, ru_ohm, loading_mg_cm2,
 * electrolyte, reaction, zinc_mass_g, circuit, drt. A JSON project file may add per-file settings under
 * "files": {"glob": {...}}, matched against the file name.
 */
public record ProjectSettings(Map<String, Object> values, Map<String, Map<String, Object>> files, String source) {

    public static final List<String> FILE_NAMES = List.of("nernst.json", "nernst.yaml", "nernst.yml");
    private static final Map<String, String> ALIASES = Map.of("ref", "reference", "area", "area_cm2", "loading",
            "loading_mg_cm2", "ru", "ru_ohm", "zinc_mass", "zinc_mass_g", "ref_potential", "reference_potential");

    public ProjectSettings {
        values = Collections.unmodifiableMap(normalize(values));
        Map<String, Map<String, Object>> f = new LinkedHashMap<>();
        files.forEach((k, v) -> f.put(k, Collections.unmodifiableMap(normalize(v))));
        files = Collections.unmodifiableMap(f);
    }

    public static ProjectSettings empty() {
        return new ProjectSettings(Map.of(), Map.of(), "none");
    }

    public static ProjectSettings of(Map<String, Object> values) {
        return new ProjectSettings(values, Map.of(), "options");
    }

    /** The project file of a folder, or empty settings when it has none. */
    public static ProjectSettings load(Path dir) {
        for (String name : FILE_NAMES) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                return parse(f);
            }
        }
        return empty();
    }

    @SuppressWarnings("unchecked")
    static ProjectSettings parse(Path f) {
        try {
            String text = Files.readString(f);
            Map<String, Object> all = f.getFileName().toString().endsWith(".json")
                    ? new ObjectMapper().readValue(text, LinkedHashMap.class) : flatYaml(text, f);
            Map<String, Map<String, Object>> perFile = new LinkedHashMap<>();
            Object fs = all.remove("files");
            if (fs instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    if (v instanceof Map<?, ?> vm) {
                        perFile.put(String.valueOf(k), (Map<String, Object>) vm);
                    }
                });
            }
            return new ProjectSettings(all, perFile, f.getFileName().toString());
        } catch (IOException e) {
            throw NernstException.input("cannot read the project file: " + e.getMessage(), Location.file(f.toString()));
        }
    }

    /** A deliberately small YAML subset (top-level "key: value", # comments): no YAML library needed. */
    private static Map<String, Object> flatYaml(String text, Path f) {
        Map<String, Object> m = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].replaceFirst("\\s+#.*$", "").strip();
            if (l.isEmpty() || l.startsWith("#") || l.equals("---")) {
                continue;
            }
            int c = l.indexOf(':');
            if (c <= 0) {
                throw NernstException.input("expected 'key: value' (nested YAML is not supported; use nernst.json)",
                        Location.line(f.toString(), i + 1));
            }
            String v = l.substring(c + 1).strip().replaceAll("^[\"']|[\"']$", "");
            m.put(l.substring(0, c).strip(), v);
        }
        return m;
    }

    /** These settings with {@code other}'s values on top (command options over the project file). */
    public ProjectSettings overriddenBy(ProjectSettings other) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        v.putAll(other.values);
        Map<String, Map<String, Object>> f = new LinkedHashMap<>(files);
        f.putAll(other.files);
        return new ProjectSettings(v, f, other.values.isEmpty() ? source : source + " + " + other.source);
    }

    /** The settings for one file: the folder's, with the matching per-file entries on top. */
    public ProjectSettings forFile(String fileName) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        files.forEach((glob, s) -> {
            if (glob.equals(fileName) || FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(fileName))) {
                v.putAll(s);
            }
        });
        return new ProjectSettings(v, Map.of(), source);
    }

    public Optional<String> text(String key) {
        Object o = values.get(key);
        return o == null || String.valueOf(o).isBlank() ? Optional.empty() : Optional.of(String.valueOf(o).strip());
    }

    /** A number setting; a value that is not a number is a usage error naming the key. */
    public OptionalDouble number(String key) {
        Object o = values.get(key);
        if (o == null || String.valueOf(o).isBlank()) {
            return OptionalDouble.empty();
        }
        if (o instanceof Number n) {
            return OptionalDouble.of(n.doubleValue());
        }
        try {
            return OptionalDouble.of(Double.parseDouble(String.valueOf(o).strip()));
        } catch (NumberFormatException e) {
            throw NernstException.usage("setting '" + key + "' (" + source + ") is not a number: " + o);
        }
    }

    private static Map<String, Object> normalize(Map<String, Object> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        in.forEach((k, v) -> {
            String key = k.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            out.put(ALIASES.getOrDefault(key, key), v);
        });
        return out;
    }
}
