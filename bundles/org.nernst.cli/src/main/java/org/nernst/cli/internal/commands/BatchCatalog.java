package org.nernst.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nernst.batch.BatchReport;
import org.nernst.batch.FileEntry;
import org.nernst.catalog.Catalog;
import org.nernst.catalog.CatalogLocation;
import org.nernst.catalog.Conditions;
import org.nernst.catalog.Provenance;
import org.nernst.cli.internal.Version;
import org.nernst.core.NernstException;

/**
 * {@code batch --catalog}: every analysed file (and rotation series) becomes a sample of the catalog,
 * named by the "sample" setting or the file name, with the file's SHA-256 as provenance. A result the
 * catalog refuses is reported on that entry; the others still go in.
 */
final class BatchCatalog {
    private static final Set<String> ANALYSES = Set.of("lsv", "kl", "zab-cycle", "zab-polarization", "zab-discharge", "eis", "cv");

    private BatchCatalog() {
    }

    static List<Map<String, Object>> add(BatchReport r, Path dir, Optional<String> db) {
        String url = CatalogLocation.resolve(db, System.getenv(), Path.of(System.getProperty("user.home")));
        List<Map<String, Object>> out = new ArrayList<>();
        try (Catalog c = Catalog.open(url)) {
            for (FileEntry e : r.all()) {
                if (!e.ok() || !ANALYSES.contains(e.analysis())) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                String sample = sample(e, r.settings());
                row.put("file", e.file());
                row.put("sample", sample);
                try {
                    Provenance p = Provenance.unknown().withSoftwareVersion(new Version().getVersion()[0]).withAnalysis(e.analysis());
                    p = e.inputs().isEmpty() ? p.withSourceFile(dir.resolve(e.file())) : p;
                    row.put("imported", c.importResult(e.result().orElseThrow(), sample, p, conditions(e, r.settings())).toJson());
                } catch (NernstException ex) {
                    row.put("error", ex.getMessage());
                }
                out.add(row);
            }
        }
        return out;
    }

    private static String sample(FileEntry e, Map<String, Object> settings) {
        Object s = settings.get("sample");
        String base = e.inputs().isEmpty() ? Path.of(e.file()).getFileName().toString().replaceFirst("\\.[^.]+$", "")
                : e.file().replace(" (K-L)", "");
        return s == null ? base : s + " " + base;
    }

    private static Conditions conditions(FileEntry e, Map<String, Object> s) {
        Conditions c = Conditions.UNKNOWN;
        Object reaction = e.result().orElseThrow().get("reaction");
        c = reaction != null ? c.withReaction(String.valueOf(reaction)) : "kl".equals(e.analysis()) ? c.withReaction("orr") : c;
        c = s.get("electrolyte") != null ? c.withElectrolyte(String.valueOf(s.get("electrolyte"))) : c;
        c = number(s.get("loading_mg_cm2")).map(c::withLoading).orElse(c);
        return number(s.get("ph")).map(c::withPh).orElse(c);
    }

    private static Optional<Double> number(Object o) {
        try {
            return o == null ? Optional.empty() : Optional.of(Double.parseDouble(String.valueOf(o)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
