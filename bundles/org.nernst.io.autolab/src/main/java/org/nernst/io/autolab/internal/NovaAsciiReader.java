package org.nernst.io.autolab.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Unit;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.Segments;
import org.nernst.io.api.text.ColumnHeader;
import org.nernst.io.api.text.DelimitedTable;
import org.nernst.io.api.text.TextDecoding;
import org.osgi.service.component.annotations.Component;

/**
 * Metrohm Autolab NOVA ASCII exports (".txt"/".csv", tab or ';'): one header row naming signals
 * with units ("WE(1).Current (A)", "Potential applied (V)", "Frequency (Hz)", "-Z'' (Ω)"), the
 * procedure parameters as "Column N (unit)" filled on row 1 only, and signals of different
 * lengths side by side. Signals of equal length form one measurement (a CV and the EIS recorded
 * after it are two); parameters become metadata (the one in V/s is the scan rate, the one in RPM
 * the rotation rate); "Scan" gives the cycles.
 */
@Component(service = MeasurementReader.class)
public class NovaAsciiReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("autolab-nova", "Metrohm Autolab NOVA ASCII export",
            List.of("txt", "csv"), "NOVA tab/';' exports: CV/LSV (WE(1).Current, Potential applied, Scan), EIS, CA/CP;"
                    + " procedure parameters as metadata");
    static final Pattern PARAMETER = Pattern.compile("^Column \\d{1,4}( \\(.*\\))?$");
    /** Signal names only NOVA writes in this spelling. */
    static final Set<String> SIGNATURE = Set.of("Potential applied (V)", "Time (s)", "WE(1).Current (A)",
            "WE(1).Potential (V)", "Index", "Scan", "Frequency (Hz)", "Z' (Ω)", "-Z'' (Ω)", "Z (Ω)", "-Phase (°)",
            "Corrected time (s)", "WE(1).Charge (C)", "Current range", "Y' (Mho)", "-Y'' (Mho)", "Step number", "Level");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText().stripLeading();
        int eol = head.indexOf('\n');
        String header = (eol < 0 ? head : head.substring(0, eol)).strip();
        char d = header.indexOf('\t') >= 0 ? '\t' : ';';
        return score(List.of(header.split(Pattern.quote(String.valueOf(d)))));
    }

    /** How sure the header cells make it a NOVA export (shared with the Excel export's probe). */
    static int score(List<String> header) {
        int hits = 0;
        boolean nova = false;
        for (String cell : header) {
            String c = cell.strip();
            if (SIGNATURE.contains(c)) {
                hits++;
            }
            nova |= c.startsWith("WE(1).") || c.equals("Potential applied (V)") || PARAMETER.matcher(c).matches();
        }
        return hits >= 2 && nova ? 80 : hits >= 3 ? LIKELY : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        byte[] bytes = Files.readAllBytes(ctx.path());
        if (bytes.length == 0) {
            throw ctx.fail("the file is empty");
        }
        List<String> lines = TextDecoding.decode(bytes, ctx).lines().toList();
        return measurements(NovaTable.parse(lines, ctx), Map.of(), ctx);
    }

    /**
     * The measurements of a NOVA table (text or Excel export): signals of equal length together,
     * one-value columns as procedure parameters, {@code extra} added to the metadata.
     */
    static List<Measurement> measurements(NovaTable t, Map<String, String> extra, ReadContext ctx) {
        if (t.rows == 0) {
            throw ctx.fail("the header row has no data rows below it (file truncated?)", t.headerLine);
        }
        int longest = 0;
        for (int c = 0; c < t.names.size(); c++) {
            longest = Math.max(longest, t.length[c]);
        }
        Metadata.Builder md = Metadata.builder().instrument("Metrohm Autolab (NOVA)");
        extra.forEach(md::put);
        List<Double> scanRates = new ArrayList<>();
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int c = 0; c < t.names.size(); c++) {
            String name = t.names.get(c);
            if (t.length[c] == 0) {
                continue;
            }
            if (t.length[c] == 1 && longest > 1) {
                md.put(name, t.first[c]);
                parameter(name, t.columns[c][0], md, scanRates);
                continue;
            }
            if (name.equals("Index")) {
                continue; // NOVA's row counter
            }
            groups.computeIfAbsent(t.length[c], k -> new ArrayList<>()).add(c);
        }
        if (scanRates.size() == 1) {
            md.scanRateVPerS(scanRates.get(0));
        }
        List<Measurement> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
            List<Integer> cols = g.getValue();
            if (groups.size() > 1 && cols.stream().allMatch(c -> t.names.get(c).equals("Scan"))) {
                ctx.warn("column 'Scan' holds " + g.getKey() + " values, no other signal as many: it does not line up with"
                        + " the data and was left out", t.headerLine);
                continue;
            }
            out.add(measurement(t, cols, g.getKey(), md.build(), ctx));
        }
        if (out.isEmpty()) {
            throw ctx.fail("no signal with more than one value (only procedure parameters)", t.headerLine);
        }
        return out;
    }

    private static void parameter(String name, double v, Metadata.Builder md, List<Double> scanRates) {
        ColumnHeader h = ColumnHeader.parse(name);
        if (h.unit().isEmpty()) {
            return;
        }
        Unit u = h.unit().get();
        if (u.quantity() == Quantity.SCAN_RATE) {
            // NOVA exports the procedure's scan rate as an unnamed "Column N (V/s)": the only rate a sweep has
            scanRates.add(Math.abs(u.toCanonical(v)));
        } else if (u.quantity() == Quantity.ROTATION && v >= 0) {
            md.rotationRpm(v);
        }
    }

    private static Measurement measurement(NovaTable t, List<Integer> cols, int n, Metadata base, ReadContext ctx) {
        List<ColumnHeader> hs = new ArrayList<>();
        double[][] values = new double[cols.size()][];
        boolean measuredPotential = cols.stream().anyMatch(c -> t.names.get(c).matches("WE\\(\\d+\\)\\.Potential.*"));
        for (int i = 0; i < cols.size(); i++) {
            int c = cols.get(i);
            String name = t.names.get(c);
            ColumnHeader h = ColumnHeader.parse(name);
            if (name.equals("Scan")) {
                h = new ColumnHeader(name, name, h.unit(), Role.CYCLE_INDEX, false);
            } else if (name.startsWith("Potential applied") && measuredPotential) {
                // the set point; WE(1).Potential is what the electrode had
                h = new ColumnHeader(name, h.name(), h.unit(), Role.OTHER, false);
            }
            hs.add(h);
            values[i] = t.columns[c];
        }
        DelimitedTable table = new DelimitedTable(hs, values, n, t.delimiter, false, List.of(), t.headerLine + 1);
        List<Channel> channels = new ArrayList<>();
        for (Channel ch : table.toChannels((msg, col) -> ctx.warn(msg, t.headerLine))) {
            channels.add(ch.role() == Role.CYCLE_INDEX ? Channel.adopt(ch.name(), Role.CYCLE_INDEX, Quantity.COUNT, "", ch.toArray()) : ch);
        }
        Measurement m = new Measurement(base, channels, List.of());
        Technique tech = technique(m);
        Metadata md = base.toBuilder().technique(tech)
                .put("technique", tech.description() + " (from the signals: a NOVA export names no procedure)").build();
        List<Segment> segs = new ArrayList<>();
        m.channel(Role.CYCLE_INDEX).ifPresent(c -> segs.addAll(Segments.runs(Segment.Kind.CYCLE, c.toArray(), n, k -> "scan " + k)));
        return new Measurement(md, channels, segs);
    }

    /** NOVA names no procedure in the export: the technique follows from the signals and the potential ramp. */
    static Technique technique(Measurement m) {
        if (m.channel(Role.FREQUENCY).isPresent() && (m.channel(Role.Z_REAL).isPresent() || m.channel(Role.Z_MODULUS).isPresent())) {
            return Technique.EIS;
        }
        var e = m.channel(Role.POTENTIAL);
        var i = m.channel(Role.CURRENT);
        if (e.isEmpty() || i.isEmpty()) {
            return Technique.UNKNOWN;
        }
        double[] set = m.channel("Potential applied").map(Channel::toArray).orElse(e.get().toArray());
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : set) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max - min;
        if (!(range > 1e-3)) {
            return Technique.CA;
        }
        // a reversal counts when the ramp has gone back by a tenth of its span (ignores staircase noise)
        double tenth = 0.1 * range;
        int dir = 0;
        double extreme = set[0];
        for (double v : set) {
            if (dir == 0) {
                if (Math.abs(v - set[0]) > tenth) {
                    dir = v > set[0] ? 1 : -1;
                    extreme = v;
                }
            } else if (dir * (v - extreme) > 0) {
                extreme = v;
            } else if (Math.abs(v - extreme) > tenth) {
                return Technique.CV;
            }
        }
        return Technique.LSV;
    }
}
