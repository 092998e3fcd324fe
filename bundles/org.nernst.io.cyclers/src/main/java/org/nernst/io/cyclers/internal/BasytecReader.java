package org.nernst.io.cyclers.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.osgi.service.component.annotations.Component;

/**
 * BaSyTec result files: "~"-prefixed header lines ("~Start of Test: 19.06.2023 17:56:53"), the last
 * of them the column names ("~Time[s]	DataSet	t-Step[s]	...	U[V]	I[A]	..."), then tab-separated
 * records. The Command column (Pause, Charge, Discharge) gives the direction of each record; Line is
 * the test-plan line (used as step index), Cyc-Count the cycle. Ah-Cyc-Charge / -Discharge count per
 * cycle; their magnitudes are kept.
 */
@Component(service = MeasurementReader.class)
public class BasytecReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("basytec", "BaSyTec result file", List.of("txt", "csv"),
            "BaSyTec battery test system result files (~ header lines, Time[s] U[V] I[A] ...)");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText();
        if (!head.startsWith("~")) {
            return CANNOT_READ;
        }
        return head.contains("Basytec") || head.contains("BaSyTec") || head.contains("~Time[") ? 95 : LIKELY;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        List<String> raw = Columns.lines(ctx);
        int hl = -1;
        CyclerRecord r = new CyclerRecord();
        for (int i = 0; i < raw.size() && raw.get(i).startsWith("~"); i++) {
            hl = i;
            String line = raw.get(i).substring(1);
            int c = line.indexOf(": ");
            if (c > 0 && line.indexOf('\t') < 0) {
                String key = line.substring(0, c).strip();
                String value = line.substring(c + 2).strip();
                r.metadata.put(key, value);
                if (key.equals("Start of Test")) {
                    Cells.dateTime(value).ifPresent(r.metadata::startTime);
                }
            }
        }
        if (hl < 0 || raw.get(hl).indexOf('\t') < 0) {
            throw ctx.fail("no BaSyTec column line (the last '~' line, tab-separated)", Math.max(1, hl + 1));
        }
        List<String> lines = new ArrayList<>(raw);
        lines.set(hl, raw.get(hl).substring(1));
        List<String> headers = CyclerTable.split(lines.get(hl), '\t').stream().map(String::strip).toList();
        String time = need(headers, "Time[s]", ctx, hl);
        String voltage = need(headers, "U[V]", ctx, hl);
        String current = need(headers, "I[A]", ctx, hl);
        CyclerTable t = CyclerTable.parse(lines, hl, '\t', h -> h.equals("Command") ? CyclerTable.Kind.TEXT : null,
                Set.of(time, voltage, current), ctx);
        Set<String> used = new HashSet<>(List.of(time, voltage, current));
        r.time = t.numbers(time);
        r.voltage = t.numbers(voltage);
        r.current = t.numbers(current);
        r.step = Columns.optional(t, used, "", "line");
        r.cycle = Columns.optional(t, used, "", "cyccount");
        r.chargeCapacity = abs(Columns.optional(t, used, "Ah", "ahcyccharge"));
        r.dischargeCapacity = abs(Columns.optional(t, used, "Ah", "ahcycdischarge"));
        r.chargeEnergy = abs(Columns.optional(t, used, "Wh", "whcyccharge"));
        r.dischargeEnergy = abs(Columns.optional(t, used, "Wh", "whcycdischarge"));
        if (t.column("Command") >= 0) {
            used.add("Command");
            String[] cmd = t.texts("Command");
            int[] dir = new int[t.rows];
            for (int k = 0; k < t.rows; k++) {
                String c = cmd[k].toLowerCase(Locale.ROOT);
                dir[k] = c.startsWith("discharge") ? -1 : c.startsWith("charge") ? 1 : 0;
            }
            r.direction = dir;
        }
        Columns.extras(t, used, r);
        r.metadata.instrument("BaSyTec").vendorTechnique("BaSyTec cycling").sourceFile(ctx.fileName());
        r.countsPerStep = false;
        return List.of(r.build(ctx));
    }

    private static double[] abs(double[] x) {
        if (x != null) {
            for (int k = 0; k < x.length; k++) {
                x[k] = Math.abs(x[k]);
            }
        }
        return x;
    }

    private static String need(List<String> headers, String h, ReadContext ctx, int line) {
        if (!headers.contains(h)) {
            throw ctx.fail("no '" + h + "' column in the BaSyTec header", line + 1);
        }
        return h;
    }
}
