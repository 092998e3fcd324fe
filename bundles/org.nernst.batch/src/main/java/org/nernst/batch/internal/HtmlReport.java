package org.nernst.batch.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nernst.batch.BatchReport;
import org.nernst.batch.FileEntry;

/**
 * One self-contained HTML page (no external file, script or font; plots as base64 data URIs) so the
 * report survives being mailed: an overview, one metrics table per analysis, the failures, then a
 * section per file with its plot and warnings.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    private static final String CSS = """
            body{font-family:sans-serif;margin:24px;color:#222;background:#fff}
            h1{font-size:22px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:8px 0;font-size:13px}
            th,td{border:1px solid #bbb;padding:3px 7px;text-align:left;vertical-align:top}
            th{background:#e8eef6}td.num{text-align:right;font-variant-numeric:tabular-nums}
            .ok{color:#176c2a;font-weight:bold}.error{color:#b00020;font-weight:bold}
            .warn{color:#8a5a00;font-size:12px}.file{margin:18px 0;padding:8px;border:1px solid #ddd}
            img{max-width:640px;display:block;margin:6px 0}
            """;

    public static String html(BatchReport r) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Nernst batch report</title><style>")
                .append(CSS).append("</style></head><body>\n");
        b.append("<h1>Nernst batch report</h1>\n<p>Folder <code>").append(esc(r.folder())).append("</code>: ")
                .append(r.files().size()).append(" files, ").append(r.files().size() - r.failed()).append(" analysed, ")
                .append(r.failed()).append(" failed; ").append(r.groups().size()).append(" rotation series.</p>\n");
        b.append("<p>Settings (").append(esc(r.settingsSource())).append("): <code>").append(esc(String.valueOf(r.settings())))
                .append("</code></p>\n");
        overview(b, r.all());
        Map<String, List<FileEntry>> byAnalysis = new LinkedHashMap<>();
        r.all().stream().filter(FileEntry::ok).forEach(e -> byAnalysis.computeIfAbsent(e.analysis(), k -> new ArrayList<>()).add(e));
        byAnalysis.forEach((a, es) -> metricsTable(b, a, es));
        List<FileEntry> failed = r.all().stream().filter(e -> !e.ok()).toList();
        if (!failed.isEmpty()) {
            b.append("<h2>Failures</h2>\n<table><tr><th>file</th><th>format</th><th>analysis</th><th>error</th></tr>\n");
            for (FileEntry e : failed) {
                b.append("<tr><td>").append(esc(e.file())).append("</td><td>").append(esc(e.format().orElse("")))
                        .append("</td><td>").append(esc(e.analysis())).append("</td><td class=\"error\">")
                        .append(esc(Tables.error(e))).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<h2>Files</h2>\n");
        for (FileEntry e : r.all()) {
            if (!e.ok()) {
                continue;
            }
            b.append("<div class=\"file\"><b>").append(esc(e.file())).append("</b> &middot; ").append(esc(e.technique()))
                    .append(" &middot; ").append(esc(e.analysis()));
            e.sha256().ifPresent(s -> b.append(" &middot; <small>SHA-256 ").append(s, 0, 16).append("&hellip;</small>"));
            if (!e.inputs().isEmpty()) {
                b.append("<br><small>").append(esc(String.join(", ", e.inputs()))).append("</small>");
            }
            e.plotPng().ifPresent(png -> b.append("<img alt=\"plot of ").append(esc(e.file())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(png)).append("\">"));
            for (String w : e.warnings()) {
                b.append("<div class=\"warn\">warning: ").append(esc(w)).append("</div>");
            }
            b.append("</div>\n");
        }
        b.append(String.format(Locale.ROOT, "<p><small>Timings: import %.2f s, analysis %.2f s, plots %.2f s (summed over %d threads); "
                + "report %.2f s; wall %.2f s.</small></p>\n", r.times().importS(), r.times().analysisS(), r.times().plotsS(),
                r.times().threads(), r.times().reportS(), r.times().wallS()));
        b.append("</body></html>\n");
        return b.toString();
    }

    private static void overview(StringBuilder b, List<FileEntry> all) {
        b.append("<h2>Overview</h2>\n<table><tr><th>file</th><th>format</th><th>technique</th><th>analysis</th><th>status</th>"
                + "<th>warnings</th></tr>\n");
        for (FileEntry e : all) {
            b.append("<tr><td>").append(esc(e.file())).append("</td><td>").append(esc(e.format().orElse(""))).append("</td><td>")
                    .append(esc(e.technique())).append("</td><td>").append(esc(e.analysis())).append("</td><td class=\"")
                    .append(e.ok() ? "ok\">ok" : "error\">error").append("</td><td>").append(e.warnings().size()).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void metricsTable(StringBuilder b, String analysis, List<FileEntry> es) {
        List<String> cols = Tables.columns(es);
        b.append("<h2>").append(esc(analysis)).append("</h2>\n<table><tr><th>file</th>");
        cols.forEach(c -> b.append("<th>").append(esc(c)).append("</th>"));
        b.append("</tr>\n");
        for (FileEntry e : es) {
            Map<String, Object> m = Tables.metrics(e);
            b.append("<tr><td>").append(esc(e.file())).append("</td>");
            for (String c : cols) {
                Object v = m.get(c);
                b.append(v instanceof Number ? "<td class=\"num\">" : "<td>").append(esc(Tables.display(v))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    static String esc(String s) {
        StringBuilder o = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> o.append("&lt;");
                case '>' -> o.append("&gt;");
                case '&' -> o.append("&amp;");
                case '"' -> o.append("&quot;");
                default -> o.append(c);
            }
        }
        return o.toString();
    }
}
