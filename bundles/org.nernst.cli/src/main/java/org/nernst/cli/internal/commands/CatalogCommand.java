package org.nernst.cli.internal.commands;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nernst.catalog.Catalog;
import org.nernst.catalog.CatalogFilter;
import org.nernst.catalog.CatalogLocation;
import org.nernst.catalog.CatalogRow;
import org.nernst.catalog.CompareChart;
import org.nernst.catalog.Conditions;
import org.nernst.catalog.ImportReport;
import org.nernst.catalog.Material;
import org.nernst.catalog.Provenance;
import org.nernst.catalog.Ranking;
import org.nernst.catalog.SampleSpec;
import org.nernst.cli.CliCommand;
import org.nernst.cli.internal.Version;
import org.nernst.core.Location;
import org.nernst.core.NernstException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nernst catalog ...}: the literature's catalysts beside the lab's own samples (org.nernst.catalog). */
@Command(name = "catalog", description = "Literature catalysts and own samples: list, show, add, import, compare, export.",
        subcommands = {CatalogCommand.ListCmd.class, CatalogCommand.ShowCmd.class, CatalogCommand.AddCmd.class,
            CatalogCommand.ImportCmd.class, CatalogCommand.CompareCmd.class, CatalogCommand.ExportCmd.class})
public class CatalogCommand {

    /** What every catalog subcommand shares: the database. */
    abstract static class Base extends CliCommand {
        @Option(names = "--db", paramLabel = "JDBC_URL", description = "catalog database (jdbc:h2:... or jdbc:postgresql:...); "
                + "default: $NERNST_DB, else an H2 file in $XDG_DATA_HOME/nernst (~/.local/share/nernst)")
        String db;

        Catalog open() {
            String url = CatalogLocation.resolve(Optional.ofNullable(db), System.getenv(),
                    Path.of(System.getProperty("user.home")));
            return Catalog.open(url);
        }

        abstract Object run(Catalog c) throws Exception;

        @Override
        protected Object execute() throws Exception {
            try (Catalog c = open()) {
                return run(c);
            }
        }
    }

    /** Conditions of own values (options override what a result says about itself). */
    static final class ConditionOptions {
        @Option(names = "--reaction", paramLabel = "R", description = "orr, oer, her, ...")
        String reaction;
        @Option(names = "--electrolyte", paramLabel = "NAME", description = "e.g. \"0.1 M KOH\" (rankings compare like electrolytes only)")
        String electrolyte;
        @Option(names = "--loading", paramLabel = "MG_CM2", description = "catalyst loading in mg cm^-2")
        Double loading;
        @Option(names = "--rpm", paramLabel = "RPM", description = "rotation rate")
        Double rpm;
        @Option(names = "--ph", paramLabel = "PH", description = "electrolyte pH (to put potentials vs another reference on RHE)")
        Double ph;
        @Option(names = "--electrode", paramLabel = "LABEL", description = "which electrode of the sample (replicates)")
        String electrode;

        Conditions toConditions() {
            Conditions c = Conditions.UNKNOWN;
            c = reaction == null ? c : c.withReaction(reaction);
            c = electrolyte == null ? c : c.withElectrolyte(electrolyte);
            c = loading == null ? c : c.withLoading(loading);
            c = rpm == null ? c : c.withRpm(rpm);
            c = ph == null ? c : c.withPh(ph);
            return electrode == null ? c : c.withElectrode(electrode);
        }
    }

    static String softwareVersion() {
        return new Version().getVersion()[0];
    }

    @Command(name = "list", description = "Catalysts and samples with their metrics; filter by reaction, metal, metric.")
    static class ListCmd extends Base {
        @Option(names = "--reaction", paramLabel = "R")
        String reaction;
        @Option(names = "--metal", paramLabel = "M")
        String metal;
        @Option(names = "--metric", paramLabel = "M", description = "e.g. half_wave_potential (or E1/2, e_half_V_RHE)")
        String metric;

        @Override
        Object run(Catalog c) {
            CatalogFilter f = CatalogFilter.ALL;
            f = reaction == null ? f : f.withReaction(reaction);
            f = metal == null ? f : f.withMetal(metal);
            f = metric == null ? f : f.withMetric(metric);
            List<Object> rows = new ArrayList<>();
            for (CatalogRow r : c.list(f)) {
                rows.add(json ? r.toJson() : brief(r.toJson(), "id", "kind", "name", "metals", "reaction", "metric",
                        "value", "sd", "n", "min", "max", "unit", "electrolyte", "source"));
            }
            return rows;
        }
    }

    static Map<String, Object> brief(Map<String, Object> full, String... keys) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : keys) {
            Object v = full.get(k);
            m.put(k, v instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList()) : v);
        }
        return m;
    }

    @Command(name = "show", description = "Everything on one catalyst or sample: metrics, replicates, provenance.")
    static class ShowCmd extends Base {
        @Parameters(paramLabel = "ID", description = "C12, B01, S3 or a sample name")
        String id;

        @Override
        Object run(Catalog c) {
            return c.show(id).orElseThrow(() -> NernstException.usage("no catalyst or sample '" + id
                    + "' (see `nernst catalog list`)")).toJson();
        }
    }

    @Command(name = "add", description = "Add an own sample, and optionally one value measured or read by hand.")
    static class AddCmd extends Base {
        @Option(names = "--sample", required = true, paramLabel = "NAME")
        String sample;
        @Option(names = "--metals", paramLabel = "LIST", split = "[,;]")
        List<String> metals = new ArrayList<>();
        @Option(names = "--architecture")
        String architecture = "";
        @Option(names = "--support")
        String support = "";
        @Option(names = "--synthesis")
        String synthesis = "";
        @Option(names = "--note")
        String note = "";
        @Option(names = "--metric", paramLabel = "M", description = "with --value and --unit: add one value")
        String metric;
        @Option(names = "--value", paramLabel = "X", description = "a number or a range such as 1.82-2.22")
        String value;
        @Option(names = "--unit", paramLabel = "U", description = "e.g. \"V vs RHE\", \"mV vs SCE\" (with --ph), \"mV dec-1\"")
        String unit = "";
        @picocli.CommandLine.Mixin
        ConditionOptions conditions = new ConditionOptions();

        @Override
        Object run(Catalog c) {
            Map<String, Object> doc = new LinkedHashMap<>();
            boolean exists = c.show(sample).isPresent();
            if (!exists) {
                Material m = c.addSample(new SampleSpec(sample, metals, architecture, support, synthesis, note));
                doc.put("sample", m.toJson());
            }
            if (metric != null) {
                if (value == null) {
                    throw NernstException.usage("--metric needs --value (and --unit)");
                }
                ImportReport r = c.addValue(sample, metric, value, unit, conditions.toConditions(),
                        Provenance.unknown().withSoftwareVersion(softwareVersion()));
                doc.put("added", r.toJson());
            } else if (exists) {
                throw NernstException.usage("sample '" + sample + "' exists; give --metric, --value and --unit to add a value");
            }
            return doc;
        }
    }

    @Command(name = "import", description = "Import an analysis result (any `nernst ... --json` output) into a sample.")
    static class ImportCmd extends Base {
        @Parameters(paramLabel = "RESULT.json")
        Path result;
        @Option(names = "--sample", required = true, paramLabel = "NAME")
        String sample;
        @Option(names = "--source", paramLabel = "DATA_FILE", description = "the measured file: its name and SHA-256 go into the provenance")
        Path source;
        @Option(names = "--analysis", paramLabel = "NAME", description = "the analysis that produced it (default: detected)")
        String analysis;
        @picocli.CommandLine.Mixin
        ConditionOptions conditions = new ConditionOptions();

        @Override
        Object run(Catalog c) throws Exception {
            if (!Files.isRegularFile(result)) {
                throw NernstException.input("result file not found", Location.file(result.toString()));
            }
            String text = Files.readString(result, StandardCharsets.UTF_8);
            Provenance p = Provenance.unknown().withSoftwareVersion(softwareVersion());
            p = source == null ? p : p.withSourceFile(source);
            p = analysis == null ? p : p.withAnalysis(analysis);
            return c.importResult(text, sample, p, conditions.toConditions()).toJson();
        }
    }

    @Command(name = "compare", description = "Rank own samples among the literature for one metric (like electrolytes only).")
    static class CompareCmd extends Base {
        @Option(names = "--reaction", required = true, paramLabel = "R")
        String reaction;
        @Option(names = "--metric", required = true, paramLabel = "M")
        String metric;
        @Option(names = "--png", paramLabel = "OUT", description = "write the ranking as a chart")
        Path png;

        @Override
        Object run(Catalog c) throws Exception {
            Ranking r = c.compare(reaction, metric);
            if (png != null) {
                CompareChart.writePng(r, png);
            }
            Map<String, Object> doc = r.toJson();
            if (png != null) {
                doc.put("png", png.toString());
            }
            if (!json) {
                List<Object> rows = new ArrayList<>();
                r.entries().forEach(e -> {
                    Map<String, Object> m = brief(e.toJson(), "rank", "of", "id", "kind", "name", "value", "sd", "n",
                            "unit", "electrolyte", "flags", "source");
                    rows.add(m);
                });
                doc.put("rows", rows);
            }
            return doc;
        }
    }

    @Command(name = "export", description = "Write the whole catalog (literature with attribution, own samples with provenance).")
    static class ExportCmd extends Base {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "*.csv or *.json")
        Path out;
        @Option(names = "--format", paramLabel = "csv|json", description = "default: from the file extension")
        String format;

        @Override
        Object run(Catalog c) throws Exception {
            String f = format != null ? format : out.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? "json" : "csv";
            if (!Arrays.asList("csv", "json").contains(f)) {
                throw NernstException.usage("--format must be csv or json");
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                if (f.equals("csv")) {
                    c.exportCsv(w);
                } else {
                    c.exportJson(w);
                }
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", out.toString());
            doc.put("format", f);
            doc.put("catalog", c.url());
            return doc;
        }
    }
}
