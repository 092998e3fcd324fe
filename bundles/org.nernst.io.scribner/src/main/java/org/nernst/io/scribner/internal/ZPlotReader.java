package org.nernst.io.scribner.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Units;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.text.ColumnHeader;
import org.nernst.io.api.text.DelimitedParser;
import org.nernst.io.api.text.DelimitedTable;
import org.nernst.io.api.text.Numbers;
import org.nernst.io.api.text.TextDecoding;
import org.nernst.io.api.text.Truncation;
import org.osgi.service.component.annotations.Component;

/**
 * Scribner Associates impedance files: ZPlot's ".z" ("ZPLOT2 ASCII", indented "Key: value"
 * header, column row, "End Comments", tab rows) and the ZView/ZPlotW ASCII export ("Z60W Data File:
 * Version 1.1", quoted comment lines, a parameter line, the point count, a quoted column row, comma
 * rows) that Autolab FRA and others write. Columns: Freq(Hz), Ampl, Bias, Time(Sec), Z'(a), Z''(b),
 * GD, Err, Range; Z'' is stored with its physical sign.
 */
@Component(service = MeasurementReader.class)
public class ZPlotReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("zplot", "Scribner ZPlot / ZView ASCII impedance file",
            List.of("z", "txt"), "ZPlot .z (ZPLOT2 ASCII) and ZView/ZPlotW ASCII (Z60W Data File): EIS sweeps");
    private static final Pattern KEY = Pattern.compile("^\\s*([^:]{1,60}):\\s*(.*)$");
    private static final Pattern MDY = Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$");
    private static final List<String> STANDARD = List.of("Freq(Hz)", "Ampl", "Bias", "Time(Sec)", "Z'(a)", "Z''(b)", "GD", "Err", "Range");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText();
        if (head.startsWith("ZPLOT2 ASCII")) {
            return CERTAIN;
        }
        return head.startsWith("\"Z60W Data File") || head.startsWith("Z60W Data File") ? CERTAIN : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        byte[] bytes = Files.readAllBytes(ctx.path());
        if (bytes.length == 0) {
            throw ctx.fail("the file is empty");
        }
        String text = TextDecoding.decode(bytes, ctx);
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) { // a byte-order mark and nothing else
            throw ctx.fail("the file holds no text (" + bytes.length + " bytes)");
        }
        boolean zplot = lines.get(0).startsWith("ZPLOT2");
        Metadata.Builder md = Metadata.builder().technique(Technique.EIS);
        int columnRow;
        int declared = -1;
        if (zplot) {
            int end = indexOf(lines, "End Comments");
            if (end < 0) {
                throw ctx.fail("expected the line 'End Comments' that ends a ZPlot header (file truncated?)", lines.size());
            }
            columnRow = end - 1;
            header(lines.subList(1, Math.max(1, columnRow)), md, ctx);
            String points = md.build().extra().getOrDefault("Data Points", "");
            declared = Numbers.isNumber(points) ? (int) Numbers.parse(points.strip(), false) : -1;
            md.instrument("Scribner ZPlot " + md.build().extra().getOrDefault("Measured Data, ZPlot", "").strip());
        } else {
            columnRow = -1;
            for (int i = 1; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.startsWith("\"") && l.toLowerCase(Locale.ROOT).contains("freq")) {
                    columnRow = i;
                    break;
                }
            }
            if (columnRow < 2) {
                throw ctx.fail("expected the quoted column row (\"  Freq (Hz)    Ampl ...\") after the point count", lines.size());
            }
            String count = lines.get(columnRow - 1).strip();
            declared = Numbers.isNumber(count) ? (int) Numbers.parse(count, false) : -1;
            md.instrument("ZView/ZPlotW ASCII (" + lines.get(0).replace("\"", "").strip() + ")").put("parameters", lines.get(columnRow - 2).strip());
        }
        int dataLine = zplot ? columnRow + 2 : columnRow + 1;
        int offset = offsetOfLine(text, dataLine);
        int cut = Truncation.cutLastLine(text, zplot ? '\t' : ',');
        if (cut > offset) {
            ctx.warn("the last line is cut short (file truncated?): it was not read", (int) text.substring(0, cut).lines().count() + 1);
            text = text.substring(0, cut);
        }
        if (offset >= text.length() || text.substring(offset).isBlank()) {
            throw ctx.fail("the column row has no data rows below it (file truncated?)", dataLine);
        }
        DelimitedTable t = new DelimitedParser(ctx.fileName()).parse(text, offset, dataLine + 1, ctx.monitor(), false);
        List<String> names = names(lines.get(columnRow), zplot);
        if (names.size() != t.headers().size()) {
            if (t.headers().size() != STANDARD.size()) {
                throw ctx.fail("the column row names " + names.size() + " columns but the rows have " + t.headers().size() + " values",
                        t.firstDataLine());
            }
            names = STANDARD;
        }
        List<ColumnHeader> hs = new ArrayList<>();
        for (String n : names) {
            hs.add(header(n));
        }
        t = new DelimitedTable(hs, t.columns(), t.rows(), t.delimiter(), t.decimalComma(), t.preamble(), t.firstDataLine());
        if (declared >= 0 && declared != t.rows()) {
            ctx.warn("the header declares " + declared + " data points, the file holds " + t.rows(), columnRow);
        }
        int row = columnRow + 1;
        return List.of(new Measurement(md.build(), t.toChannels((msg, col) -> ctx.warn(msg, row)), List.of()));
    }

    /** ZPlot column names with their units: Z'(a) and Z''(b) are ohms, Freq in Hz, Time in s. */
    static ColumnHeader header(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (k.startsWith("freq")) {
            return new ColumnHeader(name, "Freq", Units.parse("Hz"), Role.FREQUENCY, false);
        }
        if (k.startsWith("time")) {
            return new ColumnHeader(name, "Time", Units.parse("s"), Role.TIME, false);
        }
        if (k.startsWith("z''") || k.startsWith("z\"")) {
            return new ColumnHeader(name, "Z''", Units.parse("Ω"), Role.Z_IMAG, false);
        }
        if (k.startsWith("z'")) {
            return new ColumnHeader(name, "Z'", Units.parse("Ω"), Role.Z_REAL, false);
        }
        return new ColumnHeader(name, name.strip(), Optional.empty(), Role.OTHER, false);
    }

    private static List<String> names(String row, boolean zplot) {
        String r = row.replace("\"", "").strip();
        return List.of(r.split(zplot && r.indexOf('\t') >= 0 ? "\t" : "\\s{2,}|\\t")).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.replace("Freq (Hz)", "Freq(Hz)")).toList();
    }

    private static void header(List<String> lines, Metadata.Builder md, ReadContext ctx) {
        String date = "";
        String time = "";
        for (String l : lines) {
            Matcher m = KEY.matcher(l);
            if (!m.matches()) {
                continue;
            }
            String k = m.group(1).strip();
            String v = m.group(2).strip();
            md.put(k, v);
            switch (k) {
                case "Experiment Type" -> md.vendorTechnique(v);
                case "Date" -> date = v;
                case "Time" -> time = v;
                case "Surface Area" -> {
                    // ZPlot's cell information is in cm²; 0 means not entered
                    double a = Numbers.isNumber(v) ? Numbers.parse(v, false) : 0;
                    if (a > 0) {
                        md.electrodeAreaCm2(a);
                    }
                }
                default -> { }
            }
        }
        Matcher d = MDY.matcher(date);
        if (d.matches()) {
            try {
                // ZPlot is US software: month-day-year
                LocalDate day = LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)));
                md.startTime(LocalDateTime.of(day, time.isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(time.length() == 7 ? "0" + time : time)));
            } catch (RuntimeException e) {
                ctx.warn("date/time '" + date + " " + time + "' not understood: start time left unset");
            }
        }
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    private static int offsetOfLine(String text, int index) {
        int p = 0;
        for (int l = 0; l < index && p < text.length(); l++) {
            while (p < text.length() && text.charAt(p) != '\n' && text.charAt(p) != '\r') {
                p++;
            }
            if (p < text.length() && text.charAt(p) == '\r') {
                p++;
            }
            if (p < text.length() && text.charAt(p) == '\n') {
                p++;
            }
        }
        return p;
    }
}
