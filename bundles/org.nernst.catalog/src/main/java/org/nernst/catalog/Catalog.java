package org.nernst.catalog;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nernst.catalog.internal.Database;
import org.nernst.catalog.internal.Electrolytes;
import org.nernst.catalog.internal.Exporter;
import org.nernst.catalog.internal.Json;
import org.nernst.catalog.internal.MetricNames;
import org.nernst.catalog.internal.Migrations;
import org.nernst.catalog.internal.Ranker;
import org.nernst.catalog.internal.ResultImporter;
import org.nernst.catalog.internal.Store;
import org.nernst.catalog.internal.UnitNormalizer;
import org.nernst.core.NernstException;

/**
 * The catalyst catalog: the bundled literature's catalysts and metrics beside a lab's own samples,
 * in one database (embedded H2 by default, or a shared PostgreSQL). Opening migrates the schema
 * and seeds the literature on first use. Each call is one transaction on its own connection, so
 * several processes can use one catalog.
 */
public final class Catalog implements AutoCloseable {
    private final Database db;

    private Catalog(Database db) {
        this.db = db;
    }

    /** Opens (creating, migrating and seeding as needed) the catalog at a JDBC URL (jdbc:h2:... or jdbc:postgresql:...). */
    public static Catalog open(String jdbcUrl) {
        Database db = new Database(jdbcUrl);
        try {
            Migrations.migrate(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new Catalog(db);
    }

    /** Opens the catalog {@link CatalogLocation#resolve} picks from the environment. */
    public static Catalog openDefault() {
        return open(CatalogLocation.resolve(Optional.empty(), System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    public String url() {
        return db.url();
    }

    public int schemaVersion() {
        return db.transaction(c -> Migrations.current(c));
    }

    /** Materials with their metrics, one row per material and metric, filtered. */
    public List<CatalogRow> list(CatalogFilter filter) {
        Optional<String> metric = filter.metric().map(MetricNames::canonical);
        return db.transaction(c -> {
            List<Material> materials = new ArrayList<>(Store.catalysts(c));
            materials.addAll(Store.samples(c));
            Map<String, List<MetricValue>> metrics = Store.metrics(c, Optional.empty(), metric, Optional.empty());
            List<CatalogRow> rows = new ArrayList<>();
            for (Material m : materials) {
                if (filter.metal().isPresent() && !m.hasMetal(filter.metal().get())) {
                    continue;
                }
                List<MetricSummary> ms = summaries(m, metrics.getOrDefault(m.id(), List.of())).stream()
                        .filter(s -> filter.reaction().isEmpty() || s.reaction().equalsIgnoreCase(filter.reaction().get()))
                        .toList();
                if (!ms.isEmpty()) {
                    ms.forEach(s -> rows.add(new CatalogRow(m, Optional.of(s))));
                } else if (metric.isEmpty() && (filter.reaction().isEmpty()
                        || m.reactions().stream().anyMatch(r -> r.equalsIgnoreCase(filter.reaction().get())))) {
                    rows.add(new CatalogRow(m, Optional.empty()));
                }
            }
            return rows;
        });
    }

    /** One material by id ("C12", "B01", "S3") or, for own samples, by name. */
    public Optional<CatalogEntry> show(String idOrName) {
        return db.transaction(c -> entry(c, idOrName));
    }

    private static Optional<CatalogEntry> entry(Connection c, String idOrName) throws SQLException {
        String key = idOrName.strip();
        Optional<Material> m = Store.catalysts(c).stream().filter(x -> x.id().equalsIgnoreCase(key)).findFirst();
        if (m.isEmpty()) {
            List<Material> own = Store.samples(c);
            m = own.stream().filter(x -> x.id().equalsIgnoreCase(key)).findFirst()
                    .or(() -> own.stream().filter(x -> x.name().equals(key)).findFirst());
        }
        if (m.isEmpty()) {
            return Optional.empty();
        }
        List<MetricValue> values = Store.metrics(c, Optional.empty(), Optional.empty(), Optional.of(m.get().id()))
                .getOrDefault(m.get().id(), List.of());
        return Optional.of(new CatalogEntry(m.get(), summaries(m.get(), values)));
    }

    /** Adds an own sample; a name already in use is a usage error. */
    public Material addSample(SampleSpec spec) {
        return db.transaction(c -> {
            if (Store.findSample(c, spec.name()).isPresent()) {
                throw NernstException.usage("a sample named '" + spec.name() + "' already exists");
            }
            return entry(c, Store.sampleId(Store.insertSample(c, spec))).orElseThrow().material();
        });
    }

    /** Imports an analysis result given as JSON text (any of cli.md's result documents). */
    public ImportReport importResult(String jsonText, String sampleName, Provenance provenance, Conditions conditions) {
        return importResult(Json.parseObject(jsonText, provenance.sourceFile().orElse("result")), sampleName,
                provenance, conditions);
    }

    /**
     * Imports every metric of an analysis result into an own sample (created when new), all in one
     * transaction with one provenance record. Values that cannot be put on the catalog's units are
     * refused and named in the report's warnings; none stored means an input error.
     */
    public ImportReport importResult(Map<String, Object> result, String sampleName, Provenance provenance,
            Conditions conditions) {
        ResultImporter.Parsed parsed = ResultImporter.parse(result, conditions, provenance);
        return store(parsed, sampleName);
    }

    /**
     * Adds one value measured or read by hand (unit normalised on entry; a potential vs another
     * reference needs the pH in {@code conditions}).
     */
    public ImportReport addValue(String sampleName, String metric, String value, String unit, Conditions conditions,
            Provenance provenance) {
        String name = MetricNames.canonical(metric);
        var n = UnitNormalizer.normalize(name, value, unit, conditions.ph().isPresent()
                ? Optional.of(conditions.ph().getAsDouble()) : Optional.empty());
        List<String> warnings = new ArrayList<>();
        if (conditions.electrolyte().isEmpty()) {
            warnings.add("electrolyte unknown: the value is listed but not ranked until it is given");
        }
        Provenance p = provenance.analysis().isPresent() ? provenance : provenance.withAnalysis("manual entry");
        var parsed = new ResultImporter.Parsed(List.of(new ResultImporter.Incoming(name, n, "")),
                MetricNames.reaction(conditions.reaction().orElse("")),
                conditions.electrolyte().map(Electrolytes::normalize).orElse(""), conditions.loadingMgCm2(),
                conditions.rpm(), conditions.ph(), conditions.electrode().orElse(""), p, "{}", warnings);
        return store(parsed, sampleName);
    }

    private ImportReport store(ResultImporter.Parsed parsed, String sampleName) {
        String name = SampleSpec.named(sampleName).name();
        List<String> warnings = new ArrayList<>(parsed.warnings());
        record Stored(long sample, boolean created, List<MetricValue> values) {
        }
        Stored s = db.transaction(c -> {
            Optional<Long> existing = Store.findSample(c, name);
            long sample = existing.isPresent() ? existing.get() : Store.insertSample(c, SampleSpec.named(name));
            long prov = Store.insertProvenance(c, parsed.provenance(), parsed.resultJson());
            String source = "own: " + parsed.provenance().sourceFile().orElse("(no source file)") + ", "
                    + parsed.provenance().analysis().orElse("unknown") + " (provenance " + prov + ")";
            List<Long> ids = new ArrayList<>();
            for (ResultImporter.Incoming v : parsed.values()) {
                ids.add(Store.insertOwnMetric(c, sample, prov, parsed, v, source));
            }
            List<MetricValue> stored = entry(c, Store.sampleId(sample)).orElseThrow().metrics().stream()
                    .flatMap(m -> m.values().stream()).filter(v -> ids.contains(v.id())).toList();
            return new Stored(sample, existing.isEmpty(), stored);
        });
        if (s.created()) {
            warnings.add("new sample '" + name + "' created as " + Store.sampleId(s.sample()));
        }
        Provenance p = s.values().get(0).provenance().orElseThrow();
        return new ImportReport(Store.sampleId(s.sample()), name, s.created(), p, s.values(), warnings);
    }

    /** Own samples ranked among the literature for a reaction and metric (see {@link Ranking}). */
    public Ranking compare(String reaction, String metric) {
        String m = MetricNames.canonical(metric);
        String r = MetricNames.reaction(reaction);
        return db.transaction(c -> {
            Map<String, Material> materials = new LinkedHashMap<>();
            Store.catalysts(c).forEach(x -> materials.put(x.id(), x));
            Store.samples(c).forEach(x -> materials.put(x.id(), x));
            Map<String, List<MetricSummary>> byOwner = new LinkedHashMap<>();
            Store.metrics(c, Optional.of(r), Optional.of(m), Optional.empty())
                    .forEach((id, vs) -> byOwner.put(id, summaries(materials.get(id), vs)));
            return Ranker.rank(r, m, materials, byOwner);
        });
    }

    /** Every row of {@link #list} with all catalog fields, as CSV (header first). */
    public void exportCsv(Writer out) throws IOException {
        Exporter.csv(list(CatalogFilter.ALL), out);
    }

    /** Every material with its metrics, replicates and provenance, as one JSON document. */
    public void exportJson(Writer out) throws IOException {
        List<CatalogEntry> all = db.transaction(c -> {
            List<Material> materials = new ArrayList<>(Store.catalysts(c));
            materials.addAll(Store.samples(c));
            Map<String, List<MetricValue>> metrics = Store.metrics(c, Optional.empty(), Optional.empty(), Optional.empty());
            return materials.stream()
                    .map(m -> new CatalogEntry(m, summaries(m, metrics.getOrDefault(m.id(), List.of())))).toList();
        });
        Exporter.json(all, out);
    }

    /** Literature values stand alone; own values of one sample under like conditions are replicates. */
    private static List<MetricSummary> summaries(Material m, List<MetricValue> values) {
        if (m.origin() == Origin.LITERATURE) {
            return values.stream().map(v -> MetricSummary.of(List.of(v))).toList();
        }
        Map<String, List<MetricValue>> groups = new LinkedHashMap<>();
        for (MetricValue v : values) {
            String key = String.join("|", v.reaction().toUpperCase(java.util.Locale.ROOT), v.metric(), v.unit(),
                    Electrolytes.key(v.electrolyte()), String.valueOf(v.loadingMgCm2()), String.valueOf(v.rpm()));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        return groups.values().stream().map(MetricSummary::of).toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
