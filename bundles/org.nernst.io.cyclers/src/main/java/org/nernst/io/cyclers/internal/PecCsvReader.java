package org.nernst.io.cyclers.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * PEC (SBT / LifeTest) CSV export: "Key:,value" header lines, then the table whose header starts
 * "Test,Cell,Rack,Shelf,Position,". Units are in the headers and change between exports (mV or V,
 * mA or A, seconds or "Hours in hh:mm:ss.xxx"); energy columns are called "Charge Capacity (mWh)"
 * in older exports, so the unit decides capacity vs energy. PEC writes discharge current negative and
 * counts capacities per cycle.
 */
@Component(service = MeasurementReader.class)
public class PecCsvReader implements MeasurementReader {

    static final String TABLE = "Test,Cell,Rack,Shelf,Position,";
    private static final ReaderInfo INFO = new ReaderInfo("pec-csv", "PEC CSV export", List.of("csv"),
            "PEC SBT/LifeTest cycler exports (key-value header, then Test,Cell,Rack,Shelf,Position,... table)");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText();
        if (head.contains("\n" + TABLE) || head.startsWith(TABLE)) {
            return 95;
        }
        return head.startsWith("Request Year:,") || head.startsWith("Test:,") ? LIKELY : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        List<String> lines = Columns.lines(ctx);
        int hl = -1;
        for (int i = 0; i < Math.min(lines.size(), 500); i++) {
            if (lines.get(i).startsWith(TABLE)) {
                hl = i;
                break;
            }
        }
        if (hl < 0) {
            throw ctx.fail("no PEC data table (a line starting \"" + TABLE + "\") in the first 500 lines", 1);
        }
        CyclerRecord r = new CyclerRecord();
        for (String line : lines.subList(0, hl)) {
            int c = line.indexOf(":,");
            if (c > 0) {
                String key = line.substring(0, c).strip();
                String value = line.substring(c + 2).replaceAll(",+$", "").strip();
                r.metadata.put(key, value);
                if (key.equals("Start Time")) {
                    Cells.dateTime(value).ifPresent(r.metadata::startTime);
                }
            }
        }
        List<String> headers = CyclerTable.split(lines.get(hl), ',').stream().map(String::strip).toList();
        String time = header(headers, "Total Time", ctx, hl);
        String voltage = header(headers, "Voltage", ctx, hl);
        String current = header(headers, "Current", ctx, hl);
        CyclerTable t = CyclerTable.parse(lines, hl, ',', h -> h.contains("Time (") && !h.startsWith("Real")
                && !h.startsWith("Position") ? CyclerTable.Kind.DURATION : null, Set.of(time, voltage, current), ctx);
        Set<String> used = new HashSet<>(List.of(time, voltage, current));
        r.time = t.numbers(time);
        r.voltage = Columns.canonical(t, voltage, "V");
        r.current = Columns.canonical(t, current, "A");
        r.cycle = Columns.optional(t, used, "", "cycle");
        r.step = Columns.optional(t, used, "", "step");
        for (String h : t.headers) {
            String k = h.toLowerCase(Locale.ROOT);
            boolean energy = k.endsWith("wh)");
            boolean capacity = k.endsWith("ah)");
            if (!(energy || capacity) || !(k.startsWith("charge ") || k.startsWith("discharge ")) || k.contains("density")) {
                continue;
            }
            used.add(h);
            double[] v = Columns.canonical(t, h, energy ? "Wh" : "Ah");
            boolean charge = k.startsWith("charge ");
            if (energy) {
                if (charge) {
                    r.chargeEnergy = v;
                } else {
                    r.dischargeEnergy = v;
                }
            } else if (charge) {
                r.chargeCapacity = v;
            } else {
                r.dischargeCapacity = v;
            }
        }
        Columns.find(t, "realtime").ifPresent(h -> {
            used.add(h);
            r.extra.add(Channel.adopt("Timestamp", Role.OTHER, Quantity.TIME, "s since 1970", t.numbers(h)));
        });
        Columns.extras(t, used, r);
        r.metadata.instrument("PEC").vendorTechnique(r.metadata.build().extra().getOrDefault("TestRegime Name", "PEC test"))
                .sourceFile(ctx.fileName());
        r.countsPerStep = false;
        return List.of(r.build(ctx));
    }

    private static String header(List<String> headers, String prefix, ReadContext ctx, int line) {
        return headers.stream().filter(h -> h.startsWith(prefix + " (") || h.equals(prefix)).findFirst()
                .orElseThrow(() -> ctx.fail("no '" + prefix + "' column in the PEC table header", line + 1));
    }
}
