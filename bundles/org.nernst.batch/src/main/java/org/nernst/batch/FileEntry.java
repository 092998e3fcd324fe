package org.nernst.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a batch: a file (or a group of files, e.g. a K-L rotation series) with the reader,
 * technique and analysis used, and either the result document or the error (cli.md: result|error).
 *
 * @param file     path relative to the batch folder, or the group's name
 * @param inputs   the files of a group (empty for a single file)
 * @param sha256   hex SHA-256 of the input file (empty for groups)
 * @param plotPng  the PNG of the plot, when one was drawn
 */
public record FileEntry(String file, List<String> inputs, Optional<String> format, String technique, String analysis,
        Optional<String> sha256, Optional<Map<String, Object>> result, Optional<Map<String, Object>> error,
        List<String> importWarnings, Optional<byte[]> plotPng) {

    public FileEntry {
        inputs = List.copyOf(inputs);
        importWarnings = List.copyOf(importWarnings);
    }

    public boolean ok() {
        return result.isPresent();
    }

    /** The warnings of the result document plus those of the import. */
    public List<String> warnings() {
        List<String> w = new java.util.ArrayList<>(importWarnings);
        result.map(r -> r.get("warnings")).ifPresent(o -> {
            if (o instanceof List<?> l) {
                l.forEach(x -> w.add(String.valueOf(x)));
            }
        });
        return w;
    }

    /** The error message with its line when known, or "" for a result. */
    public String errorMessage() {
        return error.map(er -> String.valueOf(er.get("message"))
                + (er.get("line") != null ? " (line " + er.get("line") + ")" : "")).orElse("");
    }

    /** The entry as in the JSON contract: {file, format, technique, analysis, result|error}. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        if (!inputs.isEmpty()) {
            m.put("inputs", inputs);
        }
        m.put("format", format.orElse(null));
        m.put("technique", technique);
        m.put("analysis", analysis);
        sha256.ifPresent(s -> m.put("sha256", s));
        if (!importWarnings.isEmpty()) {
            m.put("import_warnings", importWarnings);
        }
        result.ifPresent(r -> m.put("result", r));
        error.ifPresent(e -> m.put("error", e));
        return m;
    }
}
