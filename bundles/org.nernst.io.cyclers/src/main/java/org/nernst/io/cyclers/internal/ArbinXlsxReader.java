package org.nernst.io.cyclers.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.xlsx.Cell;
import org.nernst.io.api.xlsx.CellType;
import org.nernst.io.api.xlsx.ExcelDates;
import org.nernst.io.api.xlsx.Row;
import org.nernst.io.api.xlsx.Sheet;
import org.nernst.io.api.xlsx.Xlsx;
import org.nernst.io.api.xlsx.XlsxProbe;
import org.osgi.service.component.annotations.Component;

/**
 * Arbin MITS Pro / DataPro Excel exports (.xlsx): a "Global_Info" sheet (test name, channel, start
 * time, schedule) and the data in sheets "Channel_&lt;n&gt;_&lt;k&gt;" (k counts on when a channel's records
 * overflow a sheet), header row "Date_Time, Test_Time(s), Step_Time(s), Step_Index, Cycle_Index,
 * Voltage(V), Current(A), Charge_Capacity(Ah), ...". The records go through the same column mapping
 * as the Arbin CSV export, so both give the same channels, cycles and steps. Date_Time is an Excel
 * date number. Chart and statistics sheets are not data.
 */
@Component(service = MeasurementReader.class)
public class ArbinXlsxReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("arbin-xlsx", "Arbin Excel export (.xlsx)", List.of("xlsx"),
            "Arbin MITS Pro / DataPro workbooks: Global_Info and Channel_<n>_<k> data sheets");
    /** The data sheets Arbin writes: Channel_11_1, Channel_11_2, ... (not Channel_Chart). */
    private static final Pattern DATA_SHEET = Pattern.compile("(Channel_?\\d+)(_\\d+)?");
    private static final Pattern SHEET_NAME = Pattern.compile("<(?:\\w+:)?sheet\\s[^>]*name=\"([^\"]*)\"");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        if (!XlsxProbe.isWorkbook(in)) {
            return CANNOT_READ;
        }
        String wb = XlsxProbe.peek(in, "xl/workbook.xml"::equals, 16_384).getOrDefault("xl/workbook.xml", "");
        boolean data = false;
        boolean global = false;
        for (Matcher m = SHEET_NAME.matcher(wb); m.find();) {
            data |= DATA_SHEET.matcher(m.group(1)).matches();
            global |= m.group(1).equals("Global_Info");
        }
        return data && global ? CERTAIN : data ? LIKELY : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        try (Xlsx book = Xlsx.open(ctx)) {
            List<Sheet> data = book.sheets().stream().filter(s -> DATA_SHEET.matcher(s.name()).matches()).toList();
            if (data.isEmpty()) {
                throw ctx.fail("no Arbin data sheet (Channel_<n>_<k>) in this workbook (sheets: "
                        + book.sheets().stream().map(Sheet::name).toList() + ")");
            }
            // one measurement per channel: Channel_11_1, Channel_11_2 continue channel 11; Channel_12_1 is another
            Map<String, List<Sheet>> channels = new LinkedHashMap<>();
            for (Sheet s : data) {
                Matcher m = DATA_SHEET.matcher(s.name());
                channels.computeIfAbsent(m.matches() ? m.group(1) : s.name(), k -> new ArrayList<>()).add(s);
            }
            List<Measurement> out = new ArrayList<>();
            for (List<Sheet> sheets : channels.values()) {
                out.add(channel(book, sheets, ctx));
            }
            return out;
        }
    }

    private static Measurement channel(Xlsx book, List<Sheet> sheets, ReadContext ctx) throws IOException {
        SheetColumns[] table = new SheetColumns[1];
        for (Sheet s : sheets) {
            book.rows(s, r -> {
                if (table[0] == null) {
                    if (!r.isEmpty()) {
                        table[0] = new SheetColumns(book, r, required(r), ctx);
                    }
                } else if (!table[0].isHeader(r)) {
                    table[0].add(r);
                }
            });
        }
        if (table[0] == null || table[0].rows() == 0) {
            throw ctx.fail("the data sheet " + sheets.get(0).name() + " holds no records");
        }
        CyclerRecord rec = ArbinCsvReader.record(table[0].table(), 1, ctx);
        rec.metadata.instrument("Arbin").vendorTechnique("Arbin cycling").sourceFile(ctx.fileName())
                .put("Data sheets", String.join(", ", sheets.stream().map(Sheet::name).toList()));
        if (book.sheet("Global_Info").isPresent()) {
            global(book, book.sheet("Global_Info").get(), rec, ctx);
        }
        return rec.build(ctx);
    }

    /** The header cells of time, current and voltage: a word there is an error, not a NaN. */
    private static Set<String> required(Row header) {
        Set<String> out = new HashSet<>();
        for (Cell c : header.cells()) {
            String k = Columns.key(c.display());
            if (k.equals("testtime") || k.equals("current") || k.equals("voltage")) {
                out.add(c.display().strip());
            }
        }
        return out;
    }

    /**
     * Global_Info as DataPro lays it out: a row of labels (Channel, Start DateTime, Schedule File Name,
     * Creator, ...) over a row of values, and the test name under "TEST REPORT".
     */
    private static void global(Xlsx book, Sheet sheet, CyclerRecord rec, ReadContext ctx) throws IOException {
        List<Row> rows = book.readAll(sheet);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i + 1 < rows.size(); i++) {
            Row labels = rows.get(i);
            Row values = rows.get(i + 1);
            boolean report = labels.cells().stream().anyMatch(c -> c.text().strip().equalsIgnoreCase("TEST REPORT"));
            if (report) {
                values.cells().stream().filter(c -> c.type() == CellType.TEXT).findFirst()
                        .ifPresent(c -> rec.metadata.put("Test name", c.text().strip()));
                continue;
            }
            boolean labelRow = labels.cells().size() >= 3 && labels.cells().stream().allMatch(c -> c.type() == CellType.TEXT)
                    && labels.cells().stream().anyMatch(c -> Columns.key(c.text()).equals("channel"));
            if (!labelRow) {
                continue;
            }
            for (Cell l : labels.cells()) {
                values.cell(l.column()).ifPresent(v -> {
                    String value = v.type() == CellType.DATE ? ExcelDates.dateTime(v.number(), book.date1904()).toString() : v.display();
                    if (!value.isBlank()) {
                        rec.metadata.put(l.text().strip(), value.strip());
                        notes.add(l.text().strip());
                    }
                });
            }
        }
        if (notes.isEmpty()) {
            ctx.warn("sheet Global_Info has no row of labels over values: the test settings were not read");
        }
    }
}
