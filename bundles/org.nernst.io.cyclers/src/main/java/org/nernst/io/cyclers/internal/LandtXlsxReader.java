package org.nernst.io.cyclers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Measurement;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Unit;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.xlsx.Cell;
import org.nernst.io.api.xlsx.Row;
import org.nernst.io.api.xlsx.Sheet;
import org.nernst.io.api.xlsx.Xlsx;
import org.nernst.io.api.xlsx.XlsxProbe;
import org.osgi.service.component.annotations.Component;

/**
 * Landt / LANHE battery-cycler Excel exports (.xlsx, written by the LANDdt data software). The layout
 * is learned from open readers (see {@link LandtColumns} for each column's source), <b>not verified on a
 * vendor export</b>; the tests build workbooks of these layouts from a physical model. Two layouts:
 * <ul>
 * <li>the record export (navani "old" layout, R Echem.Data, LANDT-py): sheets whose names start with
 * "Record" ("Record", "Record1", "Record-Tab") or hold 记录; the first has the header row, the following
 * ones continue the table without one (navani) or repeat it (taken either way); Step-Tab and Cycle-Tab
 * sheets are summaries and are not read;
 * <li>the single-sheet export (navani "new" layout): one sheet whose header row (the row naming current
 * and voltage) may follow a few rows of test information.
 * </ul>
 * Mapping: test time (s; numbers in the header's time unit, time-formatted cells as spans of days,
 * "h:mm:ss" or "d-hh:mm:ss" text), voltage (V), current (mA unless the header says otherwise; Landt
 * writes discharge current negative, kept as exported), capacity and energy (mAh, mWh, counted from zero
 * in each step and unsigned: an assumption, dqdv only starts a cycle where the capacity is back at zero;
 * split by step direction into charge and discharge and summed per cycle by {@link CyclerRecord}),
 * cycle and step index, State (step type), SysTime (timestamp).
 * Without a cycle column, a cycle starts when a direction already seen in the current cycle starts again
 * (the rule of the dqdv LandParser); without a step column, a step ends where the state changes or the
 * step capacity restarts. The old binary .xls is refused with a request to save as .xlsx.
 */
@Component(service = MeasurementReader.class)
public class LandtXlsxReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("landt-xlsx", "Landt / LANHE Excel export (.xlsx)", List.of("xlsx", "xls"),
            "LANDdt record exports: Record sheets (Index, TestTime, Current/mA, Voltage/V, Capacity/mAh, ...) or one record sheet");
    private static final Pattern SHEET_NAME = Pattern.compile("<(?:\\w+:)?sheet\\s[^>]*name=\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile("<(?:\\w+:)?t(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?t>");
    /** Arbin's sheets (ArbinXlsxReader): a workbook with them is never a Landt one. */
    private static final Pattern ARBIN = Pattern.compile("Channel_?\\d+(_\\d+)?|Global_Info");
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** Rows searched for the header row of the first sheet (the single-sheet export puts test information above it). */
    private static final int HEADER_SEARCH_ROWS = 50;

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    static boolean isRecordSheet(String name) {
        return name.startsWith("Record") || name.contains("记录");
    }

    @Override
    public int probe(ProbeInput in) {
        if (in.startsWith(OLE2) && in.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".xls")) {
            // no reader reads the old binary format: this one is picked only to say what to do
            return GENERIC + 1;
        }
        if (!XlsxProbe.isWorkbook(in)) {
            return CANNOT_READ;
        }
        Map<String, String> peek = XlsxProbe.peek(in, n -> n.equals("xl/workbook.xml") || n.equals("xl/sharedStrings.xml")
                || n.startsWith("xl/worksheets/sheet"), 16_384);
        List<String> sheets = new ArrayList<>();
        for (Matcher m = SHEET_NAME.matcher(peek.getOrDefault("xl/workbook.xml", "")); m.find();) {
            sheets.add(m.group(1));
        }
        if (sheets.stream().anyMatch(s -> ARBIN.matcher(s).matches())) {
            return CANNOT_READ;
        }
        boolean record = sheets.stream().anyMatch(LandtXlsxReader::isRecordSheet);
        List<String> texts = new ArrayList<>();
        peek.forEach((part, xml) -> {
            if (!part.equals("xl/workbook.xml")) {
                for (Matcher m = TEXT.matcher(xml); m.find();) {
                    texts.add(m.group(1));
                }
            }
        });
        boolean header = landtHeader(texts);
        return record && header ? CERTAIN : record ? LIKELY : header ? 80 : CANNOT_READ;
    }

    /** Landt writes units after a slash: "Current/mA" and "Voltage/V" (or 电流/mA, 电压/V). */
    private static boolean landtHeader(List<String> cells) {
        boolean current = false;
        boolean voltage = false;
        for (String c : cells) {
            String k = LandtColumns.key(c);
            boolean slash = c.indexOf('/') > 0;
            current |= slash && LandtColumns.CURRENT.contains(k);
            voltage |= slash && LandtColumns.VOLTAGE.contains(k);
        }
        return current && voltage;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        try (InputStream head = Files.newInputStream(ctx.path())) {
            if (java.util.Arrays.equals(head.readNBytes(OLE2.length), OLE2)) {
                throw ctx.fail("this is an old binary Excel workbook (.xls), which Nernst does not read: open it in Excel"
                        + " or LibreOffice and save it as .xlsx (Excel Workbook), or export .xlsx from LANDdt");
            }
        }
        try (Xlsx book = Xlsx.open(ctx)) {
            List<Sheet> records = book.sheets().stream().filter(s -> isRecordSheet(s.name())).toList();
            List<Sheet> data = records.isEmpty() ? List.of(book.sheets().get(0)) : records;
            String layout = records.isEmpty() ? "one record sheet" : "Record sheets (LANDdt record export)";
            SheetColumns[] table = new SheetColumns[1];
            for (Sheet s : data) {
                if (table[0] != null) {
                    table[0].sheet(s.name());
                }
                boolean[] first = {true};
                book.rows(s, r -> {
                    if (table[0] == null) {
                        if (r.number() > HEADER_SEARCH_ROWS) {
                            throw ctx.fail("no header row naming current and voltage (Current/mA, Voltage/V, 电流/mA, 电压/V) in the first "
                                    + HEADER_SEARCH_ROWS + " rows of sheet '" + s.name() + "'", 1);
                        }
                        if (isHeader(r)) {
                            table[0] = columns(book, r, s, ctx);
                            first[0] = false;
                        }
                        return;
                    }
                    if (r.isEmpty()) {
                        return;
                    }
                    boolean repeated = first[0] && table[0].isHeader(r);
                    first[0] = false;
                    if (!repeated) {
                        table[0].add(r);
                    }
                });
                if (table[0] == null) {
                    throw ctx.fail("no header row naming current and voltage (Current/mA, Voltage/V, 电流/mA, 电压/V) in sheet '"
                            + s.name() + "' (sheets: " + book.sheets().stream().map(Sheet::name).toList() + ")", 1);
                }
            }
            if (table[0].rows() == 0) {
                throw ctx.fail("sheet '" + data.get(0).name() + "' has a header but no records");
            }
            CyclerRecord rec = LandtRecord.map(table[0].table(), ctx);
            rec.metadata.instrument("Landt").vendorTechnique("LANDdt record export").sourceFile(ctx.fileName())
                    .put("Layout", layout)
                    .put("Data sheets", String.join(", ", data.stream().map(Sheet::name).toList()))
                    .put("Layout source", "learned from open readers (navani, Dqdv LandParser, LANDT-py, Echem.Data);"
                            + " not verified on a vendor export");
            List<String> other = book.sheets().stream().filter(s -> !s.name().equals(data.get(0).name()))
                    .filter(s -> !isRecordSheet(s.name())).map(Sheet::name).toList();
            if (!other.isEmpty()) {
                rec.metadata.put("Sheets not read (summaries)", String.join(", ", other));
            }
            return List.of(rec.build(ctx));
        }
    }

    private static boolean isHeader(Row r) {
        List<String> cells = new ArrayList<>();
        for (Cell c : r.cells()) {
            if (c.type() == org.nernst.io.api.xlsx.CellType.TEXT) {
                cells.add(c.text());
            }
        }
        Set<String> keys = new HashSet<>();
        cells.forEach(c -> keys.add(LandtColumns.key(c)));
        return keys.stream().anyMatch(LandtColumns.CURRENT::contains) && keys.stream().anyMatch(LandtColumns.VOLTAGE::contains);
    }

    /** The column collector for a header row: time, current and voltage required; elapsed-time columns in seconds. */
    private static SheetColumns columns(Xlsx book, Row header, Sheet sheet, ReadContext ctx) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < header.width(); c++) {
            names.add(header.cell(c).map(Cell::display).orElse("").strip());
        }
        String time = LandtColumns.find(names, LandtColumns.TIME).orElseThrow(() -> ctx.fail("no test-time column (TestTime,"
                + " TestTime/Sec., 测试时间, time /s) in the header of sheet '" + sheet.name() + "' (columns: "
                + String.join(", ", names) + ")", header.number()));
        Set<String> required = Set.of(time, LandtColumns.find(names, LandtColumns.CURRENT).orElseThrow(),
                LandtColumns.find(names, LandtColumns.VOLTAGE).orElseThrow());
        Map<String, Double> durations = new HashMap<>();
        durations.put(time, seconds(time, header, names, ctx));
        Optional<String> step = LandtColumns.find(names, LandtColumns.STEP_TIME);
        step.ifPresent(h -> durations.put(h, seconds(h, header, names, ctx)));
        SheetColumns t = new SheetColumns(book, header, required, durations, ctx);
        t.sheet(sheet.name());
        return t;
    }

    /** Seconds per number of a time column ("TestTime/Sec." 1, "/min" 60, "/h" 3600; none: seconds). */
    private static double seconds(String h, Row header, List<String> names, ReadContext ctx) {
        Optional<Unit> u = LandtColumns.unit(h, "s");
        if (u.isEmpty() || u.get().quantity() != Quantity.TIME) {
            throw ctx.fail("column '" + h + "' names no time unit Nernst knows ('" + LandtColumns.unitText(h) + "')",
                    header.number(), names.indexOf(h) + 1);
        }
        return u.get().toCanonical(1);
    }
}
