package org.nernst.io.cyclers.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.osgi.service.component.annotations.Component;

/**
 * Arbin data tables as CSV: the MITS Pro / DataPro export ("Data Point,Date Time,Test Time (s),...,
 * Current (A),Voltage (V)") and the database-table dumps TRI's beep uses ("Data_Point,Test_Time,
 * DateTime,...,Current,Voltage" in A, V, s, A·h, W·h). Arbin writes discharge current negative and
 * counts Charge_Capacity / Discharge_Capacity up from zero within each cycle; both are kept as written.
 */
@Component(service = MeasurementReader.class)
public class ArbinCsvReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("arbin-csv", "Arbin CSV export", List.of("csv"),
            "Arbin MITS Pro / DataPro data tables exported as CSV (Data Point, Test Time, Current, Voltage, ...)");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String first = in.headText().lines().findFirst().orElse("");
        Set<String> keys = keys(first);
        return keys.contains("datapoint") && keys.contains("testtime") && keys.contains("current")
                && (keys.contains("cycleindex") || keys.contains("stepindex")) && !keys.contains("steptype") ? 90 : CANNOT_READ;
    }

    private static Set<String> keys(String header) {
        Set<String> out = new HashSet<>();
        for (String h : CyclerTable.split(header, ',')) {
            out.add(Columns.key(h));
        }
        return out;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        List<String> lines = Columns.lines(ctx);
        List<String> headers = CyclerTable.split(lines.get(0), ',').stream().map(String::strip).toList();
        String time = header(headers, "testtime", 1, ctx);
        String current = header(headers, "current", 1, ctx);
        String voltage = header(headers, "voltage", 1, ctx);
        CyclerTable t = CyclerTable.parse(lines, 0, ',', h -> null, Set.of(time, current, voltage), ctx);
        CyclerRecord r = record(t, 1, ctx);
        r.metadata.instrument("Arbin").vendorTechnique("Arbin cycling").sourceFile(ctx.fileName());
        return List.of(r.build(ctx));
    }

    /**
     * The Arbin column mapping, shared by every Arbin table (CSV and Excel exports): test time, current,
     * voltage, cycle and step index, capacities and energies by name; Date_Time as a timestamp channel
     * and the start time; every other numeric column kept. {@code headerLine} locates errors.
     */
    static CyclerRecord record(CyclerTable t, int headerLine, ReadContext ctx) {
        String time = header(t.headers, "testtime", headerLine, ctx);
        String current = header(t.headers, "current", headerLine, ctx);
        String voltage = header(t.headers, "voltage", headerLine, ctx);
        CyclerRecord r = new CyclerRecord();
        Set<String> used = new HashSet<>(List.of(time, current, voltage));
        r.time = Columns.canonical(t, time, "s");
        r.current = Columns.canonical(t, current, "A");
        r.voltage = Columns.canonical(t, voltage, "V");
        r.cycle = Columns.optional(t, used, "", "cycleindex");
        r.step = Columns.optional(t, used, "", "stepindex");
        r.chargeCapacity = Columns.optional(t, used, "Ah", "chargecapacity");
        r.dischargeCapacity = Columns.optional(t, used, "Ah", "dischargecapacity");
        r.chargeEnergy = Columns.optional(t, used, "Wh", "chargeenergy");
        r.dischargeEnergy = Columns.optional(t, used, "Wh", "dischargeenergy");
        Columns.find(t, "datetime").filter(h -> !t.isText(t.column(h))).ifPresent(h -> {
            used.add(h);
            double[] stamp = t.numbers(h);
            r.extra.add(org.nernst.core.model.Channel.adopt("Timestamp", org.nernst.core.model.Role.OTHER,
                    org.nernst.core.units.Quantity.TIME, "s since 1970", stamp));
            if (stamp.length > 0 && r.time.length > 0) {
                Cells.fromEpochSeconds(Math.floor(stamp[0] - r.time[0])).ifPresent(r.metadata::startTime);
            }
        });
        Columns.extras(t, used, r);
        r.countsPerStep = false;
        return r;
    }

    private static String header(List<String> headers, String key, int line, ReadContext ctx) {
        return headers.stream().filter(h -> Columns.key(h).equals(key)).findFirst()
                .orElseThrow(() -> ctx.fail("no '" + key + "' column in the Arbin header (columns: "
                        + String.join(", ", headers) + ")", line));
    }
}
