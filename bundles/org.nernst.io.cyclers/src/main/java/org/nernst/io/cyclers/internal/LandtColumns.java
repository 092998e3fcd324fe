package org.nernst.io.cyclers.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.nernst.core.model.StepType;
import org.nernst.core.units.Unit;
import org.nernst.core.units.Units;

/**
 * The column vocabulary of Landt / LANHE (LANDdt) Excel exports. No vendor export or manual was at
 * hand: every name below is taken from an open reader or script that reads such exports (not
 * verified on a real file), each source named where it is used:
 * <ul>
 * <li>[navani] navani/echem.py (MIT, Ben Smith group): "Record" sheets, {@code Index}, {@code Current/mA},
 * {@code Voltage/V}, {@code Capacity/mAh}, and {@code time /s} in the single-sheet export;
 * <li>[dqdv] Dqdv.Parser LandParser (MIT, University of Washington): {@code Index}/记录序号,
 * {@code TestTime}/测试时间 (a time cell or a "d-hh:mm:ss" string) or {@code TestTime/Sec.},
 * {@code Voltage/V}/电压/V, {@code Current/mA}/电流/mA, {@code Capacity/mAh}/容量/mAh, {@code State}/状态 with
 * R, C_CC, C_CV, C_Rate, D_CC, D_Rate;
 * <li>[lanhe] an open "lanhe" import script: {@code TestTime/Sec.}, {@code StepTime/Sec.}, {@code SCapacity/mAh/g},
 * {@code Energy/mWh}, {@code SEnergy/Wh/kg}, {@code SysTime}, {@code State};
 * <li>[LANDT-py] LANDT-py (its README lists the LANDdt export items): sheets Record-Tab, Step-Tab, Cycle-Tab;
 * record items Test Time, Step Time, Current, Voltage, AuxVolt, SysTime, StepNo, StepStatus (CCC, CCD,
 * Rest, CV, CCCV_C / CCVC_C), and the time unit (Second, Minute, Hour) chosen at export;
 * <li>[cn-config] an open battery-analysis configuration that reads records from a sheet 记录 with
 * 循环序号, 测试时间, 步骤时间, 状态 (C_CC, C_CV, D_CC, R), 电压/V, 电流/mA, 容量/mAh, 能量/mWh: the states
 * are Landt's, the instrument is not named there;
 * <li>[R] Echem.Data R/Land.R (load.land.xls, "UNTESTED" by its author): sheets "^Record", current,
 * capacity and energy in mA, mAh, mWh (divided by 1000).
 * </ul>
 */
final class LandtColumns {
    private LandtColumns() {
    }

    static final Set<String> TIME = Set.of("testtime", "测试时间", "time", "totaltime");         // dqdv, navani, lanhe, cn-config
    static final Set<String> STEP_TIME = Set.of("steptime", "步骤时间");                           // lanhe, LANDT-py, cn-config
    static final Set<String> VOLTAGE = Set.of("voltage", "电压");                                 // all
    static final Set<String> CURRENT = Set.of("current", "电流");                                 // all
    static final Set<String> CAPACITY = Set.of("capacity", "容量");                               // navani, dqdv, cn-config
    static final Set<String> ENERGY = Set.of("energy", "能量");                                   // lanhe, R, cn-config
    static final Set<String> CYCLE = Set.of("cycle", "cycleindex", "cycleno", "循环", "循环序号"); // cn-config, LANDT-py scripts
    static final Set<String> STEP = Set.of("step", "stepindex", "stepno", "工步", "工步号");       // LANDT-py
    static final Set<String> STATE = Set.of("state", "stepstatus", "状态");                       // dqdv, lanhe, LANDT-py
    static final Set<String> SYSTIME = Set.of("systime");                                         // lanhe, LANDT-py

    /**
     * A header reduced to its name: the part before the unit ("Current/mA", "TestTime/Sec.",
     * "time /s", "Capacity(mAh)"), lower-case, without spaces, dots, dashes and underscores; Chinese
     * characters are kept ("电流/mA" -> "电流").
     */
    static String key(String header) {
        String h = header.strip();
        int cut = h.length();
        for (int i = 1; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == '/' || c == '(' || c == '[' || c == '（') {
                cut = i;
                break;
            }
        }
        return h.substring(0, cut).toLowerCase(Locale.ROOT).replaceAll("[\\s._\\-]", "");
    }

    /** The unit a header writes after its first '/' or in brackets ("mA", "Sec.", "mAh/g"), without a final dot. */
    static String unitText(String header) {
        String h = header.strip();
        int slash = h.indexOf('/', 1);
        String u = "";
        if (slash > 0) {
            u = h.substring(slash + 1);
        } else {
            int open = Math.max(h.lastIndexOf('('), h.lastIndexOf('['));
            int close = Math.max(h.lastIndexOf(')'), h.lastIndexOf(']'));
            if (open > 0 && close > open) {
                u = h.substring(open + 1, close);
            }
        }
        u = u.strip();
        return u.endsWith(".") ? u.substring(0, u.length() - 1) : u;
    }

    /** The parsed unit of a header, or {@code fallback} when it names none; empty when it names one Nernst does not know. */
    static Optional<Unit> unit(String header, String fallback) {
        String u = unitText(header);
        if (u.equalsIgnoreCase("second") || u.equalsIgnoreCase("seconds")) {
            u = "s"; // LANDT-py: the export's time unit is chosen as "Second", "Minute" or "Hour"
        } else if (u.equalsIgnoreCase("minute") || u.equalsIgnoreCase("minutes")) {
            u = "min";
        } else if (u.equalsIgnoreCase("hour") || u.equalsIgnoreCase("hours")) {
            u = "h";
        }
        return Units.parse(u.isEmpty() ? fallback : u);
    }

    /** The first header whose key is in {@code keys}, in header order. */
    static Optional<String> find(List<String> headers, Set<String> keys) {
        return headers.stream().filter(h -> keys.contains(key(h))).findFirst();
    }

    /**
     * The step type a state names: dqdv's codes (R, C_CC, C_CV, C_Rate, D_CC, D_Rate; "Rate" steps run
     * at a constant C-rate current), LANDT-py's (Rest, CCC, CCD, CV, CCCV_C, CCVC_C). Null when unknown.
     */
    static StepType stepType(String state) {
        String s = state.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        return switch (s) {
            case "R", "REST" -> StepType.REST;
            case "C_CC", "CCC", "C_RATE" -> StepType.CC_CHARGE;
            case "D_CC", "CCD", "D_RATE" -> StepType.CC_DISCHARGE;
            case "C_CV", "CV" -> StepType.CV_CHARGE;
            case "D_CV" -> StepType.CV_DISCHARGE;
            case "CCCV", "CCCV_C", "CCVC_C" -> StepType.CCCV_CHARGE;
            default -> null;
        };
    }

    /** +1 for a charging step type, -1 for a discharging one, 0 for rest. */
    static int direction(StepType t) {
        return switch (t) {
            case CC_CHARGE, CV_CHARGE, CCCV_CHARGE -> 1;
            case CC_DISCHARGE, CV_DISCHARGE, CCCV_DISCHARGE -> -1;
            default -> 0;
        };
    }
}
