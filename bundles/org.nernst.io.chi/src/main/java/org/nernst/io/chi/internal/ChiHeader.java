package org.nernst.io.chi.internal;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Technique;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.text.Numbers;

/**
 * The header block of a CH Instruments text export: line 1 the date ("June 13, 2024   13:13:28",
 * "Feb. 20, 2020   15:55:08"), line 2 the technique, then "File:", "Instrument Model:", "Note:"
 * lines and the parameters as "Name (unit) = value"; "Results:" lists per-segment results under
 * "Segment N:" headings.
 */
final class ChiHeader {
    static final Pattern DATE = Pattern.compile(
            "^([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),\\s*(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s*$");
    private static final Pattern PARAMETER = Pattern.compile("^([^=]{1,80}?)\\s*=\\s*(.*)$");
    private static final Pattern LABEL = Pattern.compile("^(File|Data Source|Instrument Model|Header|Note):\\s*(.*)$");
    private static final Pattern SEGMENT = Pattern.compile("^Segment (\\d{1,6}):$");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec");

    final String technique;
    final Optional<LocalDateTime> start;
    final Map<String, String> labels = new LinkedHashMap<>();
    final Map<String, String> parameters = new LinkedHashMap<>();
    /** The CHI segment numbers the "Results:" block lists: the segments this export holds. */
    final java.util.List<Integer> resultSegments = new java.util.ArrayList<>();

    private ChiHeader(String technique, Optional<LocalDateTime> start) {
        this.technique = technique;
        this.start = start;
    }

    /** Parses lines [0, end) (the lines above the column row). */
    static ChiHeader parse(List<String> lines, int end, ReadContext ctx) {
        Optional<LocalDateTime> start = lines.isEmpty() ? Optional.empty() : date(lines.get(0));
        if (start.isEmpty()) {
            ctx.warn("line 1 is not a CHI date line (e.g. 'June 13, 2024   13:13:28'): start time left unset", 1);
        }
        String technique = end > 1 ? lines.get(1).strip() : "";
        ChiHeader h = new ChiHeader(technique, start);
        String section = "";
        for (int i = 2; i < end; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher label = LABEL.matcher(line);
            if (label.matches()) {
                h.labels.put(label.group(1), label.group(2).strip());
                continue;
            }
            Matcher seg = SEGMENT.matcher(line);
            if (seg.matches()) {
                h.resultSegments.add(Integer.parseInt(seg.group(1)));
                section = "Segment " + seg.group(1) + ": ";
                continue;
            }
            if (line.endsWith(":")) {
                section = line.equals("Results:") ? "" : line + " ";
                continue;
            }
            Matcher p = PARAMETER.matcher(line);
            if (p.matches()) {
                h.parameters.put(section + p.group(1).strip(), p.group(2).strip());
            } else {
                h.parameters.put(section + line, ""); // option flags such as "Imp SF" or "Auto Sens"
            }
        }
        return h;
    }

    static Optional<LocalDateTime> date(String line) {
        Matcher m = DATE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        try {
            return month == 0 ? Optional.empty() : Optional.of(LocalDateTime.of(Integer.parseInt(m.group(3)), month,
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A numeric parameter by its name without unit ("Scan Rate" finds "Scan Rate (V/s)"). */
    double number(String name) {
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            String k = e.getKey();
            if (k.equals(name) || k.startsWith(name + " (")) {
                String v = e.getValue();
                return Numbers.isNumber(v) ? Numbers.parse(v.strip(), false) : Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** The declared total number of sweep segments ("Segment = 6"). */
    OptionalInt segments() {
        double s = number("Segment");
        return s >= 1 && s < 1e6 && s == Math.rint(s) ? OptionalInt.of((int) s) : OptionalInt.empty();
    }

    Technique normalisedTechnique() {
        String t = technique.toLowerCase(Locale.ROOT);
        if (t.equals("a.c. impedance") || t.startsWith("impedance")) {
            return Technique.EIS;
        }
        if (t.startsWith("open circuit potential")) {
            return Technique.OCV;
        }
        return Technique.fromVendorName(technique);
    }

    Metadata.Builder metadata() {
        Metadata.Builder md = Metadata.builder().vendorTechnique(technique).technique(normalisedTechnique());
        String model = labels.getOrDefault("Instrument Model", "");
        md.instrument(("CH Instruments " + model).strip());
        labels.forEach(md::put);
        parameters.forEach(md::put);
        start.ifPresent(md::startTime);
        // CHI writes the scan rate in V/s ("Scan Rate (V/s) = 0.04")
        double rate = number("Scan Rate");
        if (rate > 0) {
            md.scanRateVPerS(rate);
        }
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            String k = e.getKey().toLowerCase(Locale.ROOT);
            double v = Numbers.isNumber(e.getValue()) ? Numbers.parse(e.getValue().strip(), false) : Double.NaN;
            if (k.contains("rpm") && v >= 0) {
                md.rotationRpm(v);
            } else if (k.startsWith("electrode area") && v > 0 && (k.contains("cm2") || k.contains("cm^2"))) {
                md.electrodeAreaCm2(v);
            }
        }
        return md;
    }
}
