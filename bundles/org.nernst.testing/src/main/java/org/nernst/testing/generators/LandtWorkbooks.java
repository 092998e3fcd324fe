package org.nernst.testing.generators;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.testing.XlsxWriter;

/**
 * Lays {@link LandtCycling} records out as the Landt / LANHE (LANDdt) Excel exports that open readers
 * describe (navani, the Dqdv LandParser, LANDT-py; no vendor file was at hand, so these are the layouts
 * as documented there, not copies of a real export): the record export in "Record" sheets continued
 * without a header, and the single-sheet export with test information above the header, in English or
 * with the Chinese headers. Written as real .xlsx by {@link XlsxWriter}.
 */
public final class LandtWorkbooks {
    private LandtWorkbooks() {
    }

    /** How the test time is written: seconds ("TestTime/Sec."), an Excel time cell or "d-hh:mm:ss" text ("TestTime"). */
    public enum TimeCells { SECONDS, EXCEL_TIME, TEXT }

    /**
     * The record export: header in sheet "Record", then "Record1", "Record2", ... of at most
     * {@code rowsPerSheet} records each, without header (navani), then a Step-Tab summary (not data).
     */
    public static Map<String, List<List<Object>>> recordSheets(LandtCycling.Generated g, int rowsPerSheet, TimeCells time) {
        List<Object> header = List.of("Index", time == TimeCells.SECONDS ? "TestTime/Sec." : "TestTime", "StepTime/Sec.",
                "Voltage/V", "Current/mA", "Capacity/mAh", "Energy/mWh", "SysTime", "State");
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(header);
        sheets.put("Record", sheet);
        int inSheet = 0;
        for (LandtCycling.Rec r : g.records()) {
            if (inSheet == rowsPerSheet) {
                sheet = new ArrayList<>();
                sheets.put("Record" + sheets.size(), sheet);
                inSheet = 0;
            }
            sheet.add(List.of(r.index(), time(r.testTimeS(), time), r.stepTimeS(), r.voltageV(), r.currentMa(), r.capacityMah(),
                    r.energyMwh(), r.sysTime(), r.state()));
            inSheet++;
        }
        List<List<Object>> steps = new ArrayList<>();
        steps.add(List.of("Step", "Mode", "Period/Sec", "Capacity/mAh"));
        LandtCycling.Rec last = null;
        for (LandtCycling.Rec r : g.records()) {
            if (last != null && r.step() != last.step()) {
                steps.add(List.of(last.step(), last.state(), last.stepTimeS(), last.capacityMah()));
            }
            last = r;
        }
        sheets.put("Step-Tab", steps);
        return sheets;
    }

    /**
     * The single-sheet export (navani's "new" layout): two rows of test information, an empty row,
     * the header. English: Index, time /s, Cycle, Current/mA, Voltage/V, Capacity/mAh. Chinese:
     * 记录序号, 循环序号, 测试时间 ("d-hh:mm:ss"), 电压/V, 电流/mA, 容量/mAh, 能量/mWh, 状态.
     */
    public static Map<String, List<List<Object>>> singleSheet(LandtCycling.Generated g, boolean chinese) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(chinese ? "测试名称" : "Test name", "landt-model"));
        rows.add(List.of(chinese ? "通道" : "Channel", 3));
        rows.add(List.of());
        rows.add(chinese ? List.of("记录序号", "循环序号", "测试时间", "电压/V", "电流/mA", "容量/mAh", "能量/mWh", "状态")
                : List.of("Index", "time /s", "Cycle", "Current/mA", "Voltage/V", "Capacity/mAh"));
        for (LandtCycling.Rec r : g.records()) {
            rows.add(chinese ? List.of(r.index(), r.cycle(), time(r.testTimeS(), TimeCells.TEXT), r.voltageV(), r.currentMa(),
                    r.capacityMah(), r.energyMwh(), r.state())
                    : List.of(r.index(), r.testTimeS(), r.cycle(), r.currentMa(), r.voltageV(), r.capacityMah()));
        }
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(chinese ? "数据" : "Sheet1", rows);
        return sheets;
    }

    private static Object time(double s, TimeCells how) {
        long ms = Math.round(s * 1000);
        return switch (how) {
            case SECONDS -> s;
            case EXCEL_TIME -> Duration.ofMillis(ms);
            case TEXT -> String.format(java.util.Locale.ROOT, "%d-%02d:%02d:%02d", ms / 86_400_000, ms / 3_600_000 % 24,
                    ms / 60_000 % 60, ms / 1000 % 60);
        };
    }

    /** Writes the sample workbook of bundles/org.nernst.io.cyclers/samples (args[0]: the path). */
    public static void main(String[] args) throws IOException {
        LandtCycling.Generated g = new LandtCycling().generate();
        XlsxWriter.write(Path.of(args[0]), recordSheets(g, 120, TimeCells.EXCEL_TIME), true);
    }
}
