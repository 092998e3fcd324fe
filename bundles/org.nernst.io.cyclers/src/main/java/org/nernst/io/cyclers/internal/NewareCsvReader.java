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
 * Neware BTSDA CSV export, flat record layout ("DataPoint,Cycle Index,Step Index,Step Type,Time,
 * Cumulative Time,Current(A),Voltage(V),..."): times as h:mm:ss (hours may pass 24), step types by
 * name, charge and discharge capacity/energy per step as Neware counts them. Neware writes
 * discharge current negative. The cycle/step/record "regular" layout (three header levels) is refused
 * with a message rather than misread.
 */
@Component(service = MeasurementReader.class)
public class NewareCsvReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("neware-csv", "Neware BTS CSV export", List.of("csv"),
            "Neware BTSDA record tables exported as CSV (DataPoint, Cycle Index, Step Index, Step Type, ...)");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String first = in.headText().lines().findFirst().orElse("");
        Set<String> keys = new HashSet<>();
        CyclerTable.split(first, ',').forEach(h -> keys.add(Columns.key(h)));
        if (keys.contains("steptype") && keys.contains("cycleindex") && keys.contains("stepindex")
                && (keys.contains("datapoint") || keys.contains("recordid") || keys.contains("record"))) {
            return 95;
        }
        return first.startsWith("Cycle ID") || first.startsWith("Cycle,") ? LIKELY : CANNOT_READ;
    }

    /** Neware step names, the same table as the binary reader's status codes. */
    static StepType stepType(String name) {
        String k = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (k) {
            case "rest", "pause", "ocv" -> StepType.REST;
            case "ccchg", "cccharge" -> StepType.CC_CHARGE;
            case "ccdchg", "ccdischarge" -> StepType.CC_DISCHARGE;
            case "cvchg", "cvcharge" -> StepType.CV_CHARGE;
            case "cvdchg", "cvdischarge" -> StepType.CV_DISCHARGE;
            case "cccvchg", "cccvcharge" -> StepType.CCCV_CHARGE;
            case "cccvdchg", "cccvdischarge" -> StepType.CCCV_DISCHARGE;
            default -> StepType.OTHER;
        };
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        List<String> lines = Columns.lines(ctx);
        if (lines.get(0).startsWith("Cycle ID") || lines.get(0).startsWith("Cycle,")) {
            throw ctx.fail("this is Neware's three-level cycle/step/record CSV layout; export the flat record table"
                    + " (\"DataPoint, Cycle Index, Step Index, Step Type, ...\") instead", 1);
        }
        List<String> headers = CyclerTable.split(lines.get(0), ',').stream().map(String::strip).toList();
        String time = first(headers, ctx, "cumulativetime", "totaltime", "time");
        String current = first(headers, ctx, "current");
        String voltage = first(headers, ctx, "voltage");
        String type = first(headers, ctx, "steptype");
        CyclerTable t = CyclerTable.parse(lines, 0, ',', h -> {
            String k = Columns.key(h);
            return k.equals("time") || k.equals("cumulativetime") || k.equals("totaltime") ? CyclerTable.Kind.DURATION
                    : k.equals("steptype") ? CyclerTable.Kind.TEXT : null;
        }, Set.of(time, current, voltage, type), ctx);
        CyclerRecord r = new CyclerRecord();
        Set<String> used = new HashSet<>(List.of(time, current, voltage, type));
        r.time = t.numbers(time);
        r.current = Columns.canonical(t, current, "A");
        r.voltage = Columns.canonical(t, voltage, "V");
        r.cycle = Columns.optional(t, used, "", "cycleindex");
        r.step = Columns.optional(t, used, "", "stepindex");
        r.chargeCapacity = Columns.optional(t, used, "Ah", "chgcap");
        r.dischargeCapacity = Columns.optional(t, used, "Ah", "dchgcap");
        r.chargeEnergy = Columns.optional(t, used, "Wh", "chgenergy");
        r.dischargeEnergy = Columns.optional(t, used, "Wh", "dchgenergy");
        perStep(r, "Chg. Cap. (step)", Quantity.CAPACITY, r.chargeCapacity);
        perStep(r, "DChg. Cap. (step)", Quantity.CAPACITY, r.dischargeCapacity);
        perStep(r, "Chg. Energy (step)", Quantity.ENERGY, r.chargeEnergy);
        perStep(r, "DChg. Energy (step)", Quantity.ENERGY, r.dischargeEnergy);
        String[] names = t.texts(type);
        StepType[] st = new StepType[t.rows];
        Set<String> unknown = new java.util.TreeSet<>();
        for (int k = 0; k < t.rows; k++) {
            st[k] = stepType(names[k]);
            if (st[k] == StepType.OTHER) {
                unknown.add(names[k]);
            }
        }
        if (!unknown.isEmpty()) {
            ctx.warn("Neware step type(s) " + unknown + " are not charge, discharge or rest: step type OTHER");
        }
        r.stepType = st;
        if (!time.equals(Columns.find(t, "time").orElse(""))) {
            Columns.find(t, "time").ifPresent(h -> {
                used.add(h);
                r.extra.add(Channel.adopt("Step time", Role.OTHER, Quantity.TIME, "s", t.numbers(h)));
            });
        }
        Columns.find(t, "date", "realtime").ifPresent(h -> {
            used.add(h);
            double[] stamp = t.numbers(h);
            r.extra.add(Channel.adopt("Timestamp", Role.OTHER, Quantity.TIME, "s since 1970", stamp));
            if (stamp.length > 0 && r.time.length > 0) {
                Cells.fromEpochSeconds(Math.floor(stamp[0] - r.time[0])).ifPresent(r.metadata::startTime);
            }
        });
        Columns.extras(t, used, r);
        r.metadata.instrument("Neware BTS").vendorTechnique("Neware cycling").sourceFile(ctx.fileName());
        r.countsPerStep = true;
        return List.of(r.build(ctx));
    }

    private static void perStep(CyclerRecord r, String name, Quantity q, double[] v) {
        if (v != null) {
            r.extra.add(Channel.adopt(name, Role.OTHER, q, q.canonicalSymbol(), v.clone()));
        }
    }

    private static String first(List<String> headers, ReadContext ctx, String... keys) {
        for (String k : keys) {
            for (String h : headers) {
                if (Columns.key(h).equals(k)) {
                    return h;
                }
            }
        }
        throw ctx.fail("no '" + keys[0] + "' column in the Neware header (columns: " + String.join(", ", headers) + ")", 1);
    }
}
