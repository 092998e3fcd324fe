package org.nernst.io.biologic.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.units.Quantity;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.Segments;
import org.nernst.io.api.text.ColumnHeader;
import org.nernst.io.api.text.DelimitedParser;
import org.nernst.io.api.text.DelimitedTable;
import org.nernst.io.api.text.TextDecoding;
import org.nernst.io.api.text.Truncation;
import org.osgi.service.component.annotations.Component;

/**
 * BioLogic EC-Lab and BT-Lab text exports: the ".mpt" file with its "EC-Lab ASCII FILE" header
 * ("Nb header lines : N", line N holds the column names) and the header-less ".txt"/".mpt" export
 * whose first line is the column row. Every technique (CV, LSV, CA, CP, OCV, PEIS/GEIS, ZIR,
 * GCPL, Modulo Bat) is one table; sequences, loops and cycles become segments.
 */
@Component(service = MeasurementReader.class)
public class EcLabTextReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("biologic-mpt", "BioLogic EC-Lab / BT-Lab text export",
            List.of("mpt", "txt"), "EC-Lab ASCII FILE (.mpt) and header-less tab/semicolon exports: every technique,"
                    + " decimal comma, windows-1252");
    private static final Pattern NB_HEADER = Pattern.compile("^Nb header lines\\s*:\\s*(\\d{1,6})\\s*$");
    /** Column names only EC-Lab writes in this spelling: a header-less export is recognised by them. */
    private static final Set<String> SIGNATURE = Set.of("mode", "ox/red", "error", "control changes", "Ns changes",
            "counter inc.", "time/s", "control/V/mA", "control/V", "control/mA", "Ewe/V", "<Ewe>/V", "<I>/mA", "I/mA",
            "Ecell/V", "(Q-Qo)/mA.h", "(Q-Qo)/C", "cycle number", "freq/Hz", "Re(Z)/Ohm", "-Im(Z)/Ohm", "|Z|/Ohm",
            "Phase(Z)/deg", "half cycle", "Q charge/discharge/mA.h", "I Range");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText();
        if (head.startsWith("EC-Lab ASCII FILE") || head.startsWith("BT-Lab ASCII FILE")) {
            return CERTAIN;
        }
        int eol = head.indexOf('\n');
        String first = eol < 0 ? head : head.substring(0, eol);
        String delim = first.indexOf('\t') >= 0 ? "\t" : ";";
        int hits = 0;
        for (String cell : first.strip().split(delim)) {
            if (SIGNATURE.contains(cell.strip())) {
                hits++;
            }
        }
        return hits >= 3 ? LIKELY : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        byte[] bytes = Files.readAllBytes(ctx.path());
        if (bytes.length == 0) {
            throw ctx.fail("the file is empty");
        }
        String text = TextDecoding.decode(bytes, ctx);
        List<String> headerLines = new ArrayList<>();
        int[] offset = {0};
        String first = nextLine(text, offset);
        int nHeader = 1;
        if (first.startsWith("EC-Lab ASCII FILE") || first.startsWith("BT-Lab ASCII FILE")) {
            headerLines.add(first);
            String second = nextLine(text, offset);
            Matcher m = NB_HEADER.matcher(second == null ? "" : second.strip());
            if (!m.matches()) {
                throw ctx.fail("expected 'Nb header lines : <number>' after '" + first.strip() + "'", 2);
            }
            headerLines.add(second);
            nHeader = Integer.parseInt(m.group(1));
            if (nHeader < 3) {
                throw ctx.fail("'Nb header lines : " + nHeader + "' is too small: the column row is at least line 3", 2);
            }
            offset[0] = 0;
            headerLines.clear();
            for (int line = 1; line < nHeader; line++) {
                String l = nextLine(text, offset);
                if (l == null) {
                    throw ctx.fail("the header announces " + nHeader + " lines but the file ends at line " + (line - 1)
                            + " (truncated?)", line - 1);
                }
                headerLines.add(l);
            }
        } else {
            offset[0] = 0;
        }
        int columnRowStart = offset[0];
        String columnRow = nextLine(text, offset);
        if (columnRow == null || columnRow.isBlank()) {
            throw ctx.fail("expected the row of column names (e.g. 'time/s', 'Ewe/V') at line " + nHeader, nHeader);
        }
        char delimiter = columnRow.indexOf('\t') >= 0 ? '\t' : ';';
        List<String> names = columnNames(columnRow, delimiter);
        EcLabHeader header = EcLabHeader.parse(headerLines);

        int cut = Truncation.cutLastLine(text, delimiter);
        if (cut > columnRowStart + columnRow.length()) {
            ctx.warn("the last line is cut short (file truncated?): it was not read", lineOf(text, cut));
            text = text.substring(0, cut);
        }
        boolean hasRows = !text.substring(Math.min(text.length(), offset[0])).isBlank();
        Metadata.Builder md = Metadata.builder();
        List<Channel> channels;
        boolean comma;
        if (!hasRows) {
            ctx.warn("the file has column names but no data rows (an empty technique)", nHeader);
            channels = emptyChannels(names);
            comma = false;
        } else {
            DelimitedTable t = new DelimitedParser(ctx.fileName()).parse(text, columnRowStart, nHeader, ctx.monitor(), false);
            if (t.delimiter() != delimiter) {
                throw ctx.fail("the rows are not separated like the column names (" + describe(delimiter) + ")", t.firstDataLine());
            }
            if (names.size() < t.headers().size()) {
                throw ctx.fail("the rows have " + t.headers().size() + " values but the column row names only " + names.size(),
                        t.firstDataLine());
            }
            if (names.size() > t.headers().size()) {
                // EC-Lab 11.6x writes an empty name then "Ewe-Ece/V" that no row has a value for (yadg issue 225)
                ctx.warn("the column row names " + names.size() + " columns but the rows have " + t.headers().size()
                        + " values: " + String.join(", ", names.subList(t.headers().size(), names.size())) + " ignored", nHeader);
            }
            List<ColumnHeader> hs = new ArrayList<>();
            for (int c = 0; c < t.headers().size(); c++) {
                hs.add(ColumnHeader.parse(names.get(c)));
            }
            t = new DelimitedTable(hs, t.columns(), t.rows(), t.delimiter(), t.decimalComma(), t.preamble(), t.firstDataLine());
            channels = channels(t, ctx);
            comma = t.decimalComma();
        }
        header.apply(md, comma, ctx);
        if (names.stream().anyMatch(n -> n.indexOf('\uFFFD') >= 0 || n.endsWith("/°C") && columnRow.indexOf('\uFFFD') >= 0)) {
            ctx.warn("the column row has characters lost by an earlier re-encoding (\uFFFD): '\uFFFDC' read as °C, '\uFFFDF' as µF", nHeader);
        }
        Measurement m = new Measurement(md.build(), EcLabColumns.distinctNames(channels));
        m = compensation(m);
        return List.of(m.withSegments(segments(m, header)));
    }

    private static List<Channel> channels(DelimitedTable t, ReadContext ctx) {
        List<Channel> raw = t.toChannels((msg, col) -> ctx.warn(msg, t.firstDataLine() - 1));
        double[] mode = null;
        for (Channel c : raw) {
            if (c.name().equals("mode")) {
                mode = c.toArray();
            }
        }
        List<Channel> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Channel c = raw.get(i);
            ColumnHeader h = t.headers().get(i);
            if (EcLabColumns.normalise(h.raw()).equals("control/V/mA")) {
                out.addAll(EcLabColumns.splitControl("control", t.columns()[i], mode, t.rows()));
                continue;
            }
            var raw2 = EcLabColumns.rawUnit(h.raw(), t.columns()[i], t.rows());
            if (raw2.isPresent()) {
                out.add(raw2.get());
                continue;
            }
            Role role = EcLabColumns.role(c.name(), c.role());
            if (role != c.role() && role.quantity() == Quantity.COUNT) {
                c = Channel.adopt(c.name(), role, Quantity.COUNT, "", c.toArray());
            }
            out.add(EcLabColumns.renameControl(role == c.role() ? c : c.withRole(role)));
        }
        return out;
    }

    private static List<Channel> emptyChannels(List<String> names) {
        List<Channel> out = new ArrayList<>();
        for (String n : names) {
            ColumnHeader h = ColumnHeader.parse(n);
            String name = h.negate() && h.name().startsWith("-") ? h.name().substring(1) : h.name();
            Quantity q = h.unitOrAssumed().map(u -> u.quantity()).orElse(Quantity.DIMENSIONLESS);
            Role role = EcLabColumns.role(name, h.role());
            out.add(Channel.adopt(name, role, role.quantity() == Quantity.COUNT ? Quantity.COUNT : q,
                    h.unit().map(u -> u.symbol()).orElse(""), new double[0]));
        }
        return out;
    }

    private static List<String> columnNames(String row, char delimiter) {
        List<String> names = new ArrayList<>();
        for (String s : row.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
            names.add(EcLabColumns.normalise(s));
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        return names;
    }

    private static Measurement compensation(Measurement m) {
        return m.channel("Rcmp").flatMap(c -> {
            var r = EcLabColumns.compensated(c);
            return r.isPresent() ? java.util.Optional.of(r.getAsDouble()) : java.util.Optional.empty();
        }).map(r -> m.withMetadata(m.metadata().toBuilder().compensatedResistanceOhm(r)
                .put("iR compensation", "Rcmp column: the instrument compensated the resistance during the run").build()))
                .orElse(m);
    }

    private static List<Segment> segments(Measurement m, EcLabHeader header) {
        int n = m.rows();
        List<Segment> out = new ArrayList<>(header.loopSegments(n));
        m.channel(Role.CYCLE_INDEX).ifPresent(c -> out.addAll(Segments.runs(Segment.Kind.CYCLE, c.toArray(), n, k -> "cycle " + k)));
        m.channel("Ns").ifPresent(c -> out.addAll(Segments.runs(Segment.Kind.STEP, c.toArray(), n, header::sequenceLabel)));
        m.channel("half cycle").ifPresent(c -> out.addAll(Segments.runs(Segment.Kind.HALF_CYCLE, c.toArray(), n, k -> "half cycle " + k)));
        return out;
    }

    private static String nextLine(String text, int[] offset) {
        int p = offset[0];
        if (p >= text.length()) {
            return null;
        }
        int e = p;
        while (e < text.length() && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
            e++;
        }
        int next = e;
        if (next < text.length() && text.charAt(next) == '\r') {
            next++;
        }
        if (next < text.length() && text.charAt(next) == '\n') {
            next++;
        }
        offset[0] = next;
        return text.substring(p, e);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String describe(char d) {
        return d == '\t' ? "tabs" : "'" + d + "'";
    }
}
