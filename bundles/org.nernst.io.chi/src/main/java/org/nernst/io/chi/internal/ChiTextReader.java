package org.nernst.io.chi.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.Technique;
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
 * CH Instruments (CHI 6xx/7xx/1xxx) text exports: a header block (date, technique, instrument
 * model, "Name (unit) = value" parameters, a "Results:" block) and one table whose column row
 * names quantity and unit ("Potential/V, Current/A", "Time/sec, Current/A",
 * "Freq/Hz, Z'/ohm, Z"/ohm, Z/ohm, Phase/deg"). CV sweeps become SWEEP and CYCLE segments.
 */
@Component(service = MeasurementReader.class)
public class ChiTextReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("chi-txt", "CH Instruments text export", List.of("txt"),
            "CHI 6xx/7xx/1xxx .txt: CV (segments), LSV, i-t, CP, OCP, A.C. impedance and the other techniques");
    /** Technique lines CHI writes (its menu names); a file with one of these under a CHI date line is CHI's. */
    private static final Set<String> TECHNIQUES = Set.of("cyclic voltammetry", "linear sweep voltammetry",
            "a.c. impedance", "amperometric i-t curve", "chronoamperometry", "chronopotentiometry",
            "open circuit potential - time", "differential pulse voltammetry", "square wave voltammetry",
            "normal pulse voltammetry", "tafel plot", "bulk electrolysis with coulometry", "chronocoulometry",
            "multi-potential steps", "multi-current steps", "staircase voltammetry", "impedance - time",
            "impedance - potential", "sweep-step functions", "differential normal pulse voltammetry",
            "ac voltammetry", "hydrodynamic modulation voltammetry", "potential stripping analysis");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText();
        int eol = head.indexOf('\n');
        if (eol < 0 || !ChiHeader.DATE.matcher(head.substring(0, eol).strip()).matches()) {
            return CANNOT_READ;
        }
        int eol2 = head.indexOf('\n', eol + 1);
        String technique = head.substring(eol + 1, eol2 < 0 ? head.length() : eol2).strip().toLowerCase(Locale.ROOT);
        if (head.contains("\nInstrument Model:  CHI") || head.contains("\nInstrument Model: CHI")) {
            return CERTAIN;
        }
        return TECHNIQUES.contains(technique) ? LIKELY : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        byte[] bytes = Files.readAllBytes(ctx.path());
        if (bytes.length == 0) {
            throw ctx.fail("the file is empty");
        }
        String text = TextDecoding.decode(bytes, ctx);
        List<String> lines = text.lines().toList();
        int column = columnRow(lines);
        if (column < 0) {
            throw ctx.fail("no data table: expected a column row such as 'Potential/V, Current/A' followed by rows of"
                    + " numbers (file truncated?)", Math.max(1, lines.size()));
        }
        ChiHeader header = ChiHeader.parse(lines, column, ctx);
        int columnOffset = offsetOfLine(text, column);
        int cut = Truncation.cutLastLine(text, ',');
        if (cut > columnOffset) {
            ctx.warn("the last line is cut short (file truncated?): it was not read", lineOf(text, cut));
            text = text.substring(0, cut);
        }
        DelimitedTable t = new DelimitedParser(ctx.fileName()).parse(text, columnOffset, column + 1, ctx.monitor(), false);
        List<String> names = splitNames(lines.get(column), t.delimiter());
        if (names.size() != t.headers().size()) {
            throw ctx.fail("the column row names " + names.size() + " columns but the rows have " + t.headers().size()
                    + " values", t.firstDataLine());
        }
        List<ColumnHeader> hs = new ArrayList<>();
        for (String name : names) {
            hs.add(header(name));
        }
        t = new DelimitedTable(hs, t.columns(), t.rows(), t.delimiter(), t.decimalComma(), t.preamble(), t.firstDataLine());
        DelimitedTable table = t;
        List<Channel> channels = t.toChannels((msg, col) -> ctx.warn(msg, column + 1));
        Metadata.Builder md = header.metadata();
        int declaredPoints = expectedPoints(header);
        if (declaredPoints > 0 && table.rows() > 0 && table.rows() != declaredPoints && header.resultSegments.isEmpty()) {
            ctx.warn("the header's potential range and sample interval give " + declaredPoints + " points but the table holds "
                    + table.rows() + " (a partial export, or a damaged file?)", table.firstDataLine());
        }
        Measurement m = new Measurement(md.build(), channels, List.of());
        List<Segment> segments = new ArrayList<>();
        if (header.normalisedTechnique() == Technique.CV) {
            m.channel(Role.POTENTIAL).ifPresent(e -> segments.addAll(ChiSweeps.segments(e.toArray(), e.size(),
                    header.resultSegments, header.segments(), ctx, table.firstDataLine())));
        }
        return List.of(m.withSegments(segments));
    }

    /** CHI column names mapped to roles; Z" (the imaginary part, physical sign) needs its own rule. */
    static ColumnHeader header(String raw) {
        ColumnHeader h = ColumnHeader.parse(raw);
        String name = h.name().strip();
        if (name.equals("Z\"") || name.equals("Z''")) {
            return new ColumnHeader(raw, name, h.unit(), Role.Z_IMAG, false);
        }
        if (name.equals("Z") && h.unit().isPresent()) {
            return new ColumnHeader(raw, "|Z|", h.unit(), Role.Z_MODULUS, false);
        }
        return h;
    }

    /** Index of the column row: the last text line above the first row of numbers. -1 when there is none. */
    static int columnRow(List<String> lines) {
        int candidate = -1;
        for (int i = 2; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (numeric(l)) {
                return candidate;
            }
            candidate = l.indexOf('=') < 0 && !l.endsWith(":") && l.indexOf('/') > 0 ? i : -1;
        }
        return -1;
    }

    private static boolean numeric(String line) {
        String[] cells = line.split("[,\\t]");
        for (String c : cells) {
            if (!Numbers.isNumber(c)) {
                return false;
            }
        }
        return cells.length > 0;
    }

    private static List<String> splitNames(String row, char delimiter) {
        String d = delimiter == ' ' ? "\\s{2,}|\\t" : java.util.regex.Pattern.quote(String.valueOf(delimiter));
        List<String> out = new ArrayList<>();
        for (String s : row.strip().split(d)) {
            out.add(s.strip());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Points a sweep technique records: |Final - Init| / Sample Interval (LSV). 0 when not a single sweep. */
    private static int expectedPoints(ChiHeader h) {
        double init = h.number("Init E");
        double fin = h.number("Final E");
        double step = h.number("Sample Interval");
        if (Double.isNaN(init) || Double.isNaN(fin) || !(step > 0)) {
            return 0;
        }
        return (int) Math.round(Math.abs(fin - init) / step);
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

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, Math.min(offset, text.length())).lines().count() + 1;
    }
}
