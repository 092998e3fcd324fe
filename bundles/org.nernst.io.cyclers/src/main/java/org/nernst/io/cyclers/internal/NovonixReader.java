package org.nernst.io.cyclers.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.StepType;
import org.nernst.core.units.Quantity;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.osgi.service.component.annotations.Component;

/**
 * Novonix UHPC CSV: "[Summary] ... [End Summary]", "[Protocol] ... [End Protocol]", then "[Data]"
 * with the header "Date and Time,Cycle Number,Step Type,Run Time (h),...". Times are in hours.
 * Capacity (Ah) and Energy (Wh) count up within each step; they go to the charge or discharge
 * channel by the step type. Novonix writes discharge current negative.
 */
@Component(service = MeasurementReader.class)
public class NovonixReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("novonix", "Novonix UHPC CSV", List.of("csv"),
            "Novonix UHPC exports ([Summary], [Protocol], [Data] sections)");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText();
        return head.startsWith("[Summary]") && head.contains("Novonix") ? CERTAIN
                : head.contains("\n[Data]") && head.contains("Run Time (h)") ? 90 : CANNOT_READ;
    }

    /**
     * Novonix step-type codes (UHPC manual; the same values preparenovonix uses): 0 open circuit,
     * 1 CC charge, 2 CC discharge, 7/8 CC and CV part of a CC-CV charge, 9/10 of a CC-CV discharge.
     */
    static StepType stepType(double code) {
        return switch ((int) code) {
            case 0 -> StepType.REST;
            case 1, 7 -> StepType.CC_CHARGE;
            case 2, 9 -> StepType.CC_DISCHARGE;
            case 8 -> StepType.CV_CHARGE;
            case 10 -> StepType.CV_DISCHARGE;
            default -> StepType.OTHER;
        };
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        List<String> lines = Columns.lines(ctx);
        int data = lines.indexOf("[Data]");
        if (data < 0 || data + 1 >= lines.size()) {
            throw ctx.fail("no [Data] section with a header line", lines.size());
        }
        CyclerRecord r = new CyclerRecord();
        for (String line : lines.subList(0, data)) {
            if (line.startsWith("[")) {
                continue;
            }
            int c = line.indexOf(": ");
            if (c > 0 && c < 40 && !line.startsWith("{")) {
                String key = line.substring(0, c).strip();
                String value = line.substring(c + 2).strip();
                r.metadata.put(key, value);
                if (key.equals("Started")) {
                    Cells.dateTime(value).ifPresent(r.metadata::startTime);
                }
            }
        }
        int hl = data + 1;
        List<String> headers = CyclerTable.split(lines.get(hl), ',').stream().map(String::strip).toList();
        String time = need(headers, "Run Time (h)", ctx, hl);
        String current = need(headers, "Current (A)", ctx, hl);
        String voltage = need(headers, "Potential (V)", ctx, hl);
        String type = need(headers, "Step Type", ctx, hl);
        CyclerTable t = CyclerTable.parse(lines, hl, ',', h -> null, Set.of(time, current, voltage, type), ctx);
        Set<String> used = new HashSet<>(List.of(time, current, voltage, type));
        r.time = Columns.canonical(t, time, "h");
        r.current = Columns.canonical(t, current, "A");
        r.voltage = Columns.canonical(t, voltage, "V");
        r.cycle = Columns.optional(t, used, "", "cyclenumber");
        r.step = Columns.optional(t, used, "", "stepnumber");
        double[] codes = t.numbers(type);
        StepType[] st = new StepType[t.rows];
        int[] dir = new int[t.rows];
        for (int k = 0; k < t.rows; k++) {
            st[k] = stepType(codes[k]);
            String n = st[k].name();
            dir[k] = n.endsWith("_CHARGE") ? 1 : n.endsWith("_DISCHARGE") ? -1 : 0;
        }
        r.stepType = st;
        r.extra.add(Channel.adopt("Novonix step type", Role.OTHER, Quantity.COUNT, "", codes));
        double[] q = Columns.optional(t, used, "Ah", "capacity");
        if (q != null) {
            r.chargeCapacity = bySign(q, dir, 1);
            r.dischargeCapacity = bySign(q, dir, -1);
            r.extra.add(Channel.adopt("Capacity (step)", Role.OTHER, Quantity.CAPACITY, "A·h", q));
        }
        double[] e = Columns.optional(t, used, "Wh", "energy");
        if (e != null) {
            r.chargeEnergy = bySign(e, dir, 1);
            r.dischargeEnergy = bySign(e, dir, -1);
            r.extra.add(Channel.adopt("Energy (step)", Role.OTHER, Quantity.ENERGY, "W·h", e));
        }
        Columns.find(t, "dateandtime").ifPresent(h -> {
            used.add(h);
            r.extra.add(Channel.adopt("Timestamp", Role.OTHER, Quantity.TIME, "s since 1970", t.numbers(h)));
        });
        Columns.find(t, "steptime").ifPresent(h -> {
            used.add(h);
            r.extra.add(Channel.adopt("Step time", Role.OTHER, Quantity.TIME, "h", Columns.canonical(t, h, "h")));
        });
        Columns.extras(t, used, r);
        r.metadata.instrument("Novonix UHPC").vendorTechnique("Novonix cycling").sourceFile(ctx.fileName());
        r.countsPerStep = true;
        return List.of(r.build(ctx));
    }

    private static double[] bySign(double[] x, int[] dir, int want) {
        double[] out = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            out[k] = dir[k] == want ? Math.abs(x[k]) : 0;
        }
        return out;
    }

    private static String need(List<String> headers, String h, ReadContext ctx, int line) {
        if (!headers.contains(h)) {
            throw ctx.fail("no '" + h + "' column in the Novonix [Data] header", line + 1);
        }
        return h;
    }
}
