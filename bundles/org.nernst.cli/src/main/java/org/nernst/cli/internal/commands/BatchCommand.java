package org.nernst.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nernst.batch.BatchEngine;
import org.nernst.batch.BatchOptions;
import org.nernst.batch.BatchOutputs;
import org.nernst.batch.BatchReport;
import org.nernst.batch.FileEntry;
import org.nernst.batch.ProjectSettings;
import org.nernst.cli.CliCommand;
import org.nernst.core.NernstException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code batch DIR --out DIR} (cli.md): every readable file analysed, summary CSV, results JSON, PNG plots
 * and one self-contained HTML report. Settings from nernst.json / nernst.yaml in DIR, options on top.
 */
@Command(name = "batch", description = "Analyse every file of a folder: summary CSV, results JSON, PNG plots, one HTML report.")
public class BatchCommand extends CliCommand {
    @Parameters(paramLabel = "DIR", description = "folder of instrument exports (optional project file nernst.json / nernst.yaml)")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created)")
    Path out;

    @Option(names = "--ref", paramLabel = "REF", description = "reference electrode (rhe, she, ag-agcl-sat, sce, hg-hgo-1m, ...)")
    String ref;

    @Option(names = "--ph", paramLabel = "PH")
    Double ph;

    @Option(names = "--ref-potential", paramLabel = "V", description = "reference potential vs SHE for any other electrode")
    Double refPotential;

    @Option(names = "--rhe-offset", paramLabel = "V", description = "measured RHE calibration: E_RHE = E + V")
    Double rheOffset;

    @Option(names = "--area", paramLabel = "CM2", description = "geometric electrode area")
    Double area;

    @Option(names = "--ru", paramLabel = "OHM", description = "uncompensated resistance for the iR correction")
    Double ru;

    @Option(names = "--loading", paramLabel = "MG_CM2", description = "catalyst loading (ORR mass activity)")
    Double loading;

    @Option(names = "--electrolyte", paramLabel = "NAME", description = "for K-L: 0.1M-KOH, 0.1M-HClO4, 0.5M-H2SO4, 1M-KOH")
    String electrolyte;

    @Option(names = "--reaction", paramLabel = "orr|oer|her", description = "reaction of every sweep (default: file name, else the curve)")
    String reaction;

    @Option(names = "--zinc-mass", paramLabel = "G", description = "zinc consumed, for discharge capacities")
    Double zincMass;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--no-plots", description = "skip the PNG plots")
    boolean noPlots;

    @Option(names = "--format", paramLabel = "ID", description = "force one reader for every file")
    String format;

    @Option(names = "--catalog", description = "add every result to the catalog as samples (named by the \"sample\" setting or the file)")
    boolean catalog;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "catalog database for --catalog (default as `nernst catalog`)")
    String db;

    @Option(names = "--sample", paramLabel = "NAME", description = "sample name prefix for --catalog")
    String sample;

    @Option(names = "--drt", description = "impedance spectra: also the distribution of relaxation times, plotted (project setting \"drt\": true)")
    boolean drt;

    @Override
    protected Object execute() throws Exception {
        long t0 = System.nanoTime();
        if (System.getProperty("java.awt.headless") == null) {
            // plots are drawn into images: never try to open a display
            System.setProperty("java.awt.headless", "true");
        }
        if (!Files.isDirectory(dir)) {
            throw NernstException.usage("not a folder: " + dir);
        }
        if (threads != null && threads < 1) {
            throw NernstException.usage("--threads must be >= 1");
        }
        Map<String, Object> s = new LinkedHashMap<>();
        put(s, "reference", ref);
        put(s, "ph", ph);
        put(s, "reference_potential", refPotential);
        put(s, "rhe_offset", rheOffset);
        put(s, "area_cm2", area);
        put(s, "ru_ohm", ru);
        put(s, "loading_mg_cm2", loading);
        put(s, "electrolyte", electrolyte);
        put(s, "reaction", reaction);
        put(s, "zinc_mass_g", zincMass);
        put(s, "sample", sample);
        put(s, "drt", drt ? Boolean.TRUE : null);
        BatchOptions o = BatchOptions.defaults().withSettings(ProjectSettings.of(s)).withPlots(!noPlots);
        if (threads != null) {
            o = o.withThreads(threads);
        }
        o = new BatchOptions(o.settings(), o.threads(), o.plots(), Optional.ofNullable(format));
        Files.createDirectories(out);
        BatchReport r = new BatchEngine(ctx().importer(), BatchEngine.standardRunners()).run(dir, o, Optional.of(out), progress());
        BatchReport done = BatchOutputs.write(r, out, t0);
        for (FileEntry e : done.all()) {
            e.error().ifPresent(er -> ctx().err().println("error: " + e.file() + ": " + er.get("message")));
        }
        Map<String, Object> doc = json ? done.toJson() : brief(done);
        doc.put("outputs", BatchOutputs.paths(out, done).toJson());
        if (catalog) {
            doc.put("catalog", BatchCatalog.add(done, dir, Optional.ofNullable(db)));
        }
        return doc;
    }

    /** The human view: one line per file. */
    private static Map<String, Object> brief(BatchReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> rows = r.all().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", e.file());
            row.put("technique", e.technique());
            row.put("analysis", e.analysis());
            row.put("status", e.ok() ? "ok" : "error");
            row.put("warnings", e.warnings().size());
            row.put("error", e.errorMessage());
            return row;
        }).toList();
        m.put("files", rows);
        m.put("timings", r.times().toJson());
        return m;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
