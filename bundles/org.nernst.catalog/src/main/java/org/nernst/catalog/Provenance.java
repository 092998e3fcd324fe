package org.nernst.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.nernst.catalog.internal.Json;
import org.nernst.catalog.internal.Migrations;
import org.nernst.core.Location;
import org.nernst.core.NernstException;

/**
 * Where an own value came from: the data file (name and SHA-256), the analysis that computed it,
 * its settings, the software version and the date. As input, absent parts are taken from the
 * analysis result where it says them; as stored ({@link #id} present), every part is filled in.
 */
public record Provenance(Optional<Long> id, Optional<String> sourceFile, Optional<String> sourceSha256,
        Optional<String> analysis, Map<String, Object> settings, Optional<String> softwareVersion,
        Optional<OffsetDateTime> date, Optional<String> note) {

    public Provenance {
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    public static Provenance unknown() {
        return new Provenance(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The data file a result was computed from: its name and the SHA-256 of its bytes. */
    public Provenance withSourceFile(Path file) {
        try {
            String sha = Migrations.sha256(Files.readAllBytes(file));
            return new Provenance(id, Optional.of(file.getFileName().toString()), Optional.of(sha), analysis, settings,
                    softwareVersion, date, note);
        } catch (IOException e) {
            throw NernstException.input("cannot read source file to hash it: " + e.getMessage(),
                    Location.file(file.toString()));
        }
    }

    public Provenance withAnalysis(String a) {
        return new Provenance(id, sourceFile, sourceSha256, Optional.of(a), settings, softwareVersion, date, note);
    }

    public Provenance withSoftwareVersion(String v) {
        return new Provenance(id, sourceFile, sourceSha256, analysis, settings, Optional.of(v), date, note);
    }

    public Provenance withDate(OffsetDateTime d) {
        return new Provenance(id, sourceFile, sourceSha256, analysis, settings, softwareVersion, Optional.of(d), note);
    }

    public Provenance withNote(String n) {
        return new Provenance(id, sourceFile, sourceSha256, analysis, settings, softwareVersion, date, Optional.of(n));
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        Json.put(m, "id", id);
        Json.put(m, "source_file", sourceFile);
        Json.put(m, "source_sha256", sourceSha256);
        Json.put(m, "analysis", analysis);
        m.put("settings", settings);
        Json.put(m, "software_version", softwareVersion);
        date.ifPresent(d -> m.put("date", d.toString()));
        Json.put(m, "note", note);
        return m;
    }
}
