package org.nernst.io.cyclers.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.osgi.service.component.annotations.Component;

/**
 * Maccor data as text: the raw data file MacTest32/MIMS writes per channel (.0xx: one "Today's
 * Date ... Date of Test ..." line, then "Rec# Cyc# Step Test (Sec) ..." tab-separated), the text
 * export (three metadata lines, times as "0d 00:00:05") and the CSV export (two metadata lines,
 * "Rec,Cycle C,Step,Test Time (sec),...").
 *
 * <p>Maccor counts Amp-hr and Watt-hr from zero in every step and writes the direction in the State
 * column (C charge, D discharge, R rest, O other). Some exports write the current unsigned: when a
 * State column exists, the current is |Amps| with the sign of the state (charge positive), and
 * Amp-hr / Watt-hr go to the charge or discharge capacity / energy by state (0 in the other one).
 * Without a State column (CSV export) the sign of the written current decides.
 */
@Component(service = MeasurementReader.class)
public class MaccorReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("maccor", "Maccor raw data and text/CSV exports",
            List.of("txt", "csv", "0xx"), "Maccor MacTest32/MIMS raw data files (.001 ...) and their text and CSV exports");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        List<String> head = in.headText().lines().limit(6).toList();
        if (head.isEmpty() || !head.get(0).startsWith("Today's Date")) {
            return CANNOT_READ;
        }
        return headerLine(head) >= 0 ? 95 : LIKELY;
    }

    /** The column-name line: the first that starts with "Rec". */
    static int headerLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 12); i++) {
            if (lines.get(i).startsWith("Rec#") || lines.get(i).startsWith("Rec,") || lines.get(i).startsWith("Rec\t")) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        List<String> lines = Columns.lines(ctx);
        int hl = headerLine(lines);
        if (hl < 0) {
            throw ctx.fail("no Maccor column-name line (starting with \"Rec#\" or \"Rec,\") in the first 12 lines", 1);
        }
        char delim = lines.get(hl).indexOf('\t') >= 0 ? '\t' : ',';
        List<String> headers = CyclerTable.split(lines.get(hl), delim).stream().map(String::strip).toList();
        String time = pick(headers, ctx, hl, "test", "testtime");
        String amps = pick(headers, ctx, hl, "amps", "current");
        String volts = pick(headers, ctx, hl, "volts", "voltage");
        CyclerTable t = CyclerTable.parse(lines, hl, delim, h -> {
            // "Test (Sec)", "TestTime" ("0d 00:00:05"), "Step (Sec)", "StepTime": seconds or d hh:mm:ss
            String k = h.toLowerCase(java.util.Locale.ROOT);
            return (k.startsWith("test") || k.startsWith("step")) && (k.contains("sec") || k.contains("time"))
                    ? CyclerTable.Kind.DURATION : null;
        }, Set.of(time, amps, volts), ctx);
        CyclerRecord r = new CyclerRecord();
        Set<String> used = new HashSet<>(List.of(time, amps, volts));
        r.time = t.numbers(time);
        r.voltage = t.numbers(volts);
        double[] current = t.numbers(amps);
        r.cycle = Columns.optional(t, used, "", "cyc#", "cyclec", "cycle");
        r.step = Columns.optional(t, used, "", "step");
        double[] ah = Columns.optional(t, used, "Ah", "amphr", "capacity");
        double[] wh = Columns.optional(t, used, "Wh", "watthr", "energy");
        int n = t.rows;
        int[] dir = new int[n];
        String state = Columns.find(t, "state").filter(h -> t.isText(t.column(h))).orElse(null);
        if (state != null) {
            used.add(state);
            String[] s = t.texts(state);
            for (int k = 0; k < n; k++) {
                dir[k] = s[k].equals("C") ? 1 : s[k].equals("D") ? -1 : 0;
                if (dir[k] != 0) {
                    current[k] = Math.abs(current[k]) * dir[k];
                }
            }
            r.direction = dir;
            r.metadata.put("Current sign", "from the State column (C charge +, D discharge -)");
        } else {
            for (int k = 0; k < n; k++) {
                dir[k] = current[k] > 0 ? 1 : current[k] < 0 ? -1 : 0;
            }
        }
        r.current = current;
        if (ah != null) {
            r.extra.add(Channel.adopt("Amp-hr (step)", Role.OTHER, Quantity.CAPACITY, "A·h", ah.clone()));
            r.chargeCapacity = split(ah, dir, 1);
            r.dischargeCapacity = split(ah, dir, -1);
        }
        if (wh != null) {
            r.extra.add(Channel.adopt("Watt-hr (step)", Role.OTHER, Quantity.ENERGY, "W·h", wh.clone()));
            r.chargeEnergy = split(wh, dir, 1);
            r.dischargeEnergy = split(wh, dir, -1);
        }
        Columns.find(t, "dpttime").ifPresent(h -> {
            used.add(h);
            r.extra.add(Channel.adopt("Timestamp", Role.OTHER, Quantity.TIME, "s since 1970", t.numbers(h)));
        });
        Columns.extras(t, used, r);
        metadata(lines.subList(0, hl), delim, r);
        r.metadata.instrument("Maccor").vendorTechnique("Maccor cycling").sourceFile(ctx.fileName());
        r.countsPerStep = true;
        return List.of(r.build(ctx));
    }

    private static double[] split(double[] x, int[] dir, int want) {
        double[] out = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            out[k] = dir[k] == want ? Math.abs(x[k]) : 0;
        }
        return out;
    }

    private static String pick(List<String> headers, ReadContext ctx, int line, String... keys) {
        for (String k : keys) {
            for (String h : headers) {
                if (Columns.key(h).equals(k)) {
                    return h;
                }
            }
        }
        throw ctx.fail("no '" + keys[0] + "' column in the Maccor header (columns: " + String.join(", ", headers) + ")", line + 1);
    }

    /** "Key: value" pairs of the lines above the header (tab or comma separated, several per line). */
    private static void metadata(List<String> pre, char delim, CyclerRecord r) {
        for (String line : pre) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("(Date of Test|Filename|Procedure|Comment/Barcode|Tester Channel|Description)\\s*:[\\s,]*([^\\t]*)")
                    .matcher(line);
            while (m.find()) {
                String key = m.group(1);
                String value = m.group(2).strip();
                // the raw file puts the next key on the same field: "...\\x.052 Procedure: ..."
                for (String next : new String[] {" Procedure:", " Comment/Barcode:", " Filename:"}) {
                    int at = value.indexOf(next);
                    if (at >= 0) {
                        value = value.substring(0, at).strip();
                    }
                }
                if (delim == ',' && value.endsWith(",")) {
                    value = value.substring(0, value.length() - 1);
                }
                r.metadata.put(key, value);
                if (key.equals("Date of Test")) {
                    Cells.dateTime(value).ifPresent(r.metadata::startTime);
                }
            }
        }
    }
}
