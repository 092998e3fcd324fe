package org.nernst.io.cyclers.internal;

import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.Row;
import com.healthmarketscience.jackcess.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Arbin MITS Pro result files (.res): a Microsoft Access (Jet 4) database, read read-only with
 * Jackcess. Channel_Normal_Table holds one row per record (Test_ID, Data_Point, Test_Time, Step_Time,
 * DateTime, Step_Index, Cycle_Index, Current, Voltage, capacities and energies in A, V, s, A·h, W·h;
 * discharge current negative, capacities counted per cycle); Global_Table the test (name, start as an
 * OLE day number, channel); Auxiliary_Table the auxiliary channels (X and dX/dt per data point).
 * Every test of the file becomes one measurement, records in Data_Point order.
 */
@Component(service = MeasurementReader.class)
public class ArbinResReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("arbin-res", "Arbin result database (.res)", List.of("res"),
            "Arbin MITS Pro result files (Access/Jet databases: Global_Table, Channel_Normal_Table, Auxiliary_Table)");
    private static final byte[] JET = "Standard Jet DB".getBytes(StandardCharsets.US_ASCII);
    /** OLE automation dates count days from 1899-12-30; 25569 of them end on 1970-01-01. */
    private static final double OLE_EPOCH_DAYS = 25569;
    /** Reading stops after this many times the file size plus the slack; every corpus file reads within 2x. */
    static final long READ_BUDGET_FACTOR = 8;
    static final long READ_BUDGET_SLACK = 1 << 20;

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        byte[] h = in.head();
        if (h.length < 4 + JET.length) {
            return CANNOT_READ;
        }
        for (int i = 0; i < JET.length; i++) {
            if (h[4 + i] != JET[i]) {
                return CANNOT_READ;
            }
        }
        return in.hasExtension("res") ? CERTAIN : LIKELY;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        // a damaged page chain must end in an error, not an endless read (see BoundedChannel)
        try (BoundedChannel ch = BoundedChannel.open(ctx.path(), READ_BUDGET_FACTOR, READ_BUDGET_SLACK);
                Database db = new DatabaseBuilder(ctx.path().toFile()).setChannel(ch).setReadOnly(true).setAutoSync(false).open()) {
            // no validation rules are evaluated on a read-only file, so the property blocks that hold them are never
            // parsed: a damaged one made Jackcess loop in memory, where the read budget cannot stop it (fuzz finding)
            db.setEvaluateExpressions(false);
            Table data = table(db, "Channel_Normal_Table", ctx);
            Map<Long, List<Row>> byTest = new TreeMap<>();
            int seen = 0;
            for (Row r : data) {
                byTest.computeIfAbsent(num(r, "Test_ID").longValue(), k -> new ArrayList<>()).add(r);
                if ((++seen & 0xFFF) == 0) {
                    ctx.monitor().checkCancelled();
                }
            }
            if (byTest.isEmpty()) {
                throw ctx.fail("Channel_Normal_Table has no records");
            }
            Map<Long, Row> global = new TreeMap<>();
            if (db.getTableNames().contains("Global_Table")) {
                for (Row r : db.getTable("Global_Table")) {
                    global.put(num(r, "Test_ID").longValue(), r);
                }
            }
            Map<Long, Map<String, Map<Long, double[]>>> aux = auxiliary(db);
            List<Measurement> out = new ArrayList<>();
            for (var e : byTest.entrySet()) {
                out.add(build(e.getKey(), e.getValue(), global.get(e.getKey()), aux.getOrDefault(e.getKey(), Map.of()), ctx));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.nernst.core.NernstException ne) {
                throw ne;
            }
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof OverflowRows.Damage d) {
                    throw ctx.failAtOffset("not a readable Arbin .res database: " + d.getMessage(), d.offset);
                }
            }
            throw ctx.fail("not a readable Arbin .res database: " + e.getMessage());
        }
    }

    private static Table table(Database db, String name, ReadContext ctx) throws IOException {
        if (!db.getTableNames().contains(name)) {
            throw ctx.fail("no " + name + " in this Access database (tables: " + db.getTableNames() + "): not an Arbin result file?");
        }
        return db.getTable(name);
    }

    private static Number num(Row r, String column) {
        Object o = r.get(column);
        return o instanceof Number n ? n : Double.NaN;
    }

    /** test -> aux channel name -> data point -> {X, dX/dt} */
    private static Map<Long, Map<String, Map<Long, double[]>>> auxiliary(Database db) throws IOException {
        Map<Long, Map<String, Map<Long, double[]>>> out = new TreeMap<>();
        if (!db.getTableNames().contains("Auxiliary_Table")) {
            return out;
        }
        for (Row r : db.getTable("Auxiliary_Table")) {
            long test = num(r, "Test_ID").longValue();
            // Arbin aux data types: 0 voltage, 1 temperature, 2 pressure, 3 external current (MITS Pro manual)
            int type = num(r, "Data_Type").intValue();
            String kind = switch (type) {
                case 0 -> "Aux voltage";
                case 1 -> "Aux temperature";
                case 2 -> "Aux pressure";
                default -> "Aux type " + type;
            };
            String name = kind + " " + num(r, "Auxiliary_Index").intValue();
            out.computeIfAbsent(test, k -> new TreeMap<>()).computeIfAbsent(name, k -> new java.util.HashMap<>())
                    .put(num(r, "Data_Point").longValue(), new double[] {num(r, "X").doubleValue(), num(r, "dX_dt").doubleValue()});
        }
        return out;
    }

    private static Measurement build(long test, List<Row> rows, Row global, Map<String, Map<Long, double[]>> aux, ReadContext ctx) {
        rows.sort(Comparator.comparingLong(r -> num(r, "Data_Point").longValue()));
        int n = rows.size();
        String[] cols = {"Data_Point", "Test_Time", "Step_Time", "DateTime", "Step_Index", "Cycle_Index", "Current", "Voltage",
            "Charge_Capacity", "Discharge_Capacity", "Charge_Energy", "Discharge_Energy", "dV/dt", "Internal_Resistance",
            "AC_Impedance", "ACI_Phase_Angle"};
        double[][] v = new double[cols.length][n];
        for (int k = 0; k < n; k++) {
            Row r = rows.get(k);
            for (int c = 0; c < cols.length; c++) {
                v[c][k] = r.containsKey(cols[c]) ? num(r, cols[c]).doubleValue() : Double.NaN;
            }
        }
        CyclerRecord rec = new CyclerRecord();
        rec.time = v[1];
        rec.current = v[6];
        rec.voltage = v[7];
        rec.step = v[4];
        rec.cycle = v[5];
        rec.chargeCapacity = v[8];
        rec.dischargeCapacity = v[9];
        rec.chargeEnergy = v[10];
        rec.dischargeEnergy = v[11];
        rec.extra.add(Channel.adopt("Data_Point", Role.OTHER, Quantity.COUNT, "", v[0]));
        rec.extra.add(Channel.adopt("Step time", Role.OTHER, Quantity.TIME, "s", v[2]));
        double[] stamp = v[3];
        for (int k = 0; k < n; k++) {
            stamp[k] = stamp[k] < 1e6 ? (stamp[k] - OLE_EPOCH_DAYS) * 86400 : stamp[k];
        }
        rec.extra.add(Channel.adopt("Timestamp", Role.OTHER, Quantity.TIME, "s since 1970", stamp));
        rec.extra.add(Channel.adopt("dV/dt", Role.OTHER, Quantity.DIMENSIONLESS, "V/s", v[12]));
        rec.extra.add(Channel.adopt("Internal resistance", Role.OTHER, Quantity.IMPEDANCE, "Ω", v[13]));
        for (var e : aux.entrySet()) {
            double[] x = new double[n];
            double[] dx = new double[n];
            for (int k = 0; k < n; k++) {
                double[] p = e.getValue().get((long) v[0][k]);
                x[k] = p == null ? Double.NaN : p[0];
                dx[k] = p == null ? Double.NaN : p[1];
            }
            boolean temp = e.getKey().startsWith("Aux temperature");
            rec.extra.add(Channel.adopt(e.getKey(), temp ? Role.TEMPERATURE : Role.OTHER,
                    temp ? Quantity.TEMPERATURE : Quantity.DIMENSIONLESS, temp ? "°C" : "", x));
            rec.extra.add(Channel.adopt(e.getKey() + " dX/dt", Role.OTHER, Quantity.DIMENSIONLESS, "per s", dx));
        }
        rec.metadata.instrument("Arbin MITS Pro").vendorTechnique("Arbin cycling").sourceFile(ctx.fileName())
                .put("Test_ID", Long.toString(test));
        if (global != null) {
            for (var g : global.entrySet()) {
                if (g.getValue() != null && !g.getValue().toString().isBlank()) {
                    rec.metadata.put(g.getKey(), g.getValue().toString());
                }
            }
            Object start = global.get("Start_DateTime");
            if (start instanceof Number d) {
                Cells.fromEpochSeconds((d.doubleValue() - OLE_EPOCH_DAYS) * 86400).ifPresent(rec.metadata::startTime);
            }
            if (global.get("Test_Name") != null) {
                rec.metadata.vendorTechnique("Arbin: " + global.get("Test_Name"));
            }
        }
        return rec.build(ctx);
    }
}
