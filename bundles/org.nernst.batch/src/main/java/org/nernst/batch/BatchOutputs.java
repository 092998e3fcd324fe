package org.nernst.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.batch.internal.HtmlReport;
import org.nernst.batch.internal.Tables;

/**
 * Writes what a batch produced into the output folder: summary.csv (one row per file or group),
 * results.json (every result with settings and input SHA-256), plots/*.png and report.html (one
 * self-contained file, plots inlined, that can be mailed).
 */
public final class BatchOutputs {
    private BatchOutputs() {
    }

    /** The files written. */
    public record Written(Path summaryCsv, Path resultsJson, Path reportHtml, List<Path> plots) {
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("summary_csv", summaryCsv.toString());
            m.put("results_json", resultsJson.toString());
            m.put("report_html", reportHtml.toString());
            m.put("plots", plots.size());
            return m;
        }
    }

    /** Writes everything; the report-stage time is added to the report's timings. */
    public static BatchReport write(BatchReport r, Path out, long wallStartNanos) {
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(out.resolve("plots"));
            List<Path> plots = new ArrayList<>();
            for (FileEntry e : r.all()) {
                if (e.plotPng().isPresent()) {
                    Path p = out.resolve("plots").resolve(plotName(e));
                    Files.write(p, e.plotPng().get());
                    plots.add(p);
                }
            }
            Files.writeString(out.resolve("summary.csv"), summaryCsv(r));
            BatchReport timed = r.withTimes(r.times().withReport((System.nanoTime() - t0) / 1e9, r.times().wallS()));
            Files.writeString(out.resolve("report.html"), HtmlReport.html(timed));
            double report = (System.nanoTime() - t0) / 1e9;
            BatchReport done = r.withTimes(r.times().withReport(report, (System.nanoTime() - wallStartNanos) / 1e9));
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("results.json").toFile(), done.toJson());
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch output to " + out + ": " + e.getMessage(), e);
        }
    }

    public static Written paths(Path out, BatchReport r) {
        List<Path> plots = r.all().stream().filter(e -> e.plotPng().isPresent()).map(e -> out.resolve("plots").resolve(plotName(e))).toList();
        return new Written(out.resolve("summary.csv"), out.resolve("results.json"), out.resolve("report.html"), plots);
    }

    public static String plotName(FileEntry e) {
        return e.file().replaceAll("[\\\\/:*?\"<>| ]", "_") + ".png";
    }

    /** One row per file and group: identity, status, the key metrics (union of columns), warnings, error. */
    public static String summaryCsv(BatchReport r) {
        List<FileEntry> all = r.all();
        List<String> metrics = Tables.columns(all);
        List<String> head = new ArrayList<>(List.of("file", "format", "technique", "analysis", "status"));
        head.addAll(metrics);
        head.addAll(List.of("warnings", "error", "sha256"));
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", head.stream().map(BatchOutputs::csv).toList())).append('\n');
        for (FileEntry e : all) {
            List<String> row = new ArrayList<>(List.of(e.file(), e.format().orElse(""), e.technique(), e.analysis(),
                    e.ok() ? "ok" : "error"));
            Map<String, Object> m = Tables.metrics(e);
            metrics.forEach(k -> row.add(Tables.format(m.get(k))));
            row.add(String.join("; ", e.warnings()));
            row.add(Tables.error(e));
            row.add(e.sha256().orElse(""));
            b.append(String.join(",", row.stream().map(BatchOutputs::csv).toList())).append('\n');
        }
        return b.toString();
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
