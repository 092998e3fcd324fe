package org.nernst.io.biologic.mpr.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The column-id table of EC-Lab's "VMP data" module: what each 16-bit id means, how many bytes it
 * takes in a row, and the header EC-Lab writes for it in the .mpt text export.
 *
 * <p>The format is undocumented. The ids were learned from the open readers (galvani, yadg) and every
 * one used by the shared corpus was checked against the .mpt export of the same run (same order,
 * same numbers): see MprVsMptTest. Ids the table does not know are never guessed at: the reader
 * derives their byte width from the module size, skips them and warns with the id.
 */
final class MprColumns {
    private MprColumns() {
    }

    /** How a column is stored. FLAG columns share one byte per row and are read with a bit mask. */
    enum Kind {
        FLAG(1), U1(1), U2(2), U4(4), F4(4), F8(8);

        final int bytes;

        Kind(int bytes) {
            this.bytes = bytes;
        }
    }

    /**
     * @param id     the id as stored
     * @param header the .mpt header ("Ewe/V", "cycle number"), the name users know
     * @param kind   storage type
     * @param mask   bit mask within the flag byte (FLAG only)
     */
    record Type(int id, String header, Kind kind, int mask) {
        boolean isFlag() {
            return kind == Kind.FLAG;
        }
    }

    /** Bit 0x40 of the flag byte: set on the last row of every technique run (seen on every corpus file). */
    static final int END_OF_RUN_BIT = 0x40;

    private static final Map<Integer, Type> TYPES = new HashMap<>();

    private static void flag(int id, String header, int mask) {
        TYPES.put(id, new Type(id, header, Kind.FLAG, mask));
    }

    private static void col(Kind kind, String header, int... ids) {
        for (int id : ids) {
            TYPES.put(id, new Type(id, header, kind, 0));
        }
    }

    static {
        flag(1, "mode", 0x03);
        flag(2, "ox/red", 0x04);
        flag(3, "error", 0x08);
        flag(21, "control changes", 0x10);
        flag(31, "Ns changes", 0x20);
        flag(65, "counter inc.", 0x80);
        col(Kind.F8, "time/s", 4);
        // the control value is a potential or a current depending on the sequence (GCPL, MB): kept as written
        col(Kind.F4, "control/V/mA", 5);
        col(Kind.F4, "Ewe/V", 6);
        col(Kind.F8, "dq/mA.h", 7);
        col(Kind.F4, "I/mA", 8);
        col(Kind.F4, "Ece/V", 9);
        col(Kind.F8, "<I>/mA", 11);
        col(Kind.F8, "(Q-Qo)/mA.h", 13);
        col(Kind.F4, "Analog IN 1/V", 16);
        col(Kind.F4, "Analog IN 2/V", 17);
        col(Kind.F4, "control/V", 19);
        col(Kind.F4, "control/mA", 20);
        col(Kind.F8, "dQ/mA.h", 23);
        col(Kind.F8, "cycle number", 24);
        col(Kind.F4, "freq/Hz", 32);
        col(Kind.F4, "|Ewe|/V", 33);
        col(Kind.F4, "|I|/A", 34);
        col(Kind.F4, "Phase(Z)/deg", 35);
        col(Kind.F4, "|Z|/Ohm", 36);
        col(Kind.F4, "Re(Z)/Ohm", 37);
        col(Kind.F4, "-Im(Z)/Ohm", 38);
        col(Kind.U2, "I Range", 39, 295);
        col(Kind.F4, "R/Ohm", 69);
        col(Kind.F4, "P/W", 70, 326);
        col(Kind.F8, "|Energy|/W.h", 74);
        col(Kind.F4, "Analog OUT/V", 75);
        col(Kind.F4, "<I>/mA", 76);
        col(Kind.F4, "<Ewe>/V", 77, 174);
        col(Kind.F4, "|Ece|/V", 96);
        col(Kind.F4, "Phase(Zce)/deg", 98);
        col(Kind.F4, "|Zce|/Ohm", 99);
        col(Kind.F4, "Re(Zce)/Ohm", 100);
        col(Kind.F4, "-Im(Zce)/Ohm", 101);
        col(Kind.F8, "Energy charge/W.h", 123, 379);
        col(Kind.F8, "Energy discharge/W.h", 124);
        col(Kind.F8, "Capacitance charge/µF", 125);
        col(Kind.F8, "Capacitance discharge/µF", 126);
        col(Kind.U2, "Ns", 131);
        col(Kind.F4, "|Estack|/V", 163);
        col(Kind.F4, "Rcmp/Ohm", 168);
        col(Kind.F4, "Cs/µF", 169);
        col(Kind.F4, "Cp/µF", 172);
        col(Kind.F4, "Phase(Z1)/deg", 271);
        col(Kind.F4, "Phase(Z2)/deg", 272);
        col(Kind.F4, "|Z1|/Ohm", 301);
        col(Kind.F4, "|Z2|/Ohm", 302);
        col(Kind.F4, "Re(Z1)/Ohm", 331);
        col(Kind.F4, "Re(Z2)/Ohm", 332);
        col(Kind.F4, "-Im(Z1)/Ohm", 361);
        col(Kind.F4, "-Im(Z2)/Ohm", 362);
        col(Kind.F4, "<E1>/V", 391);
        col(Kind.F4, "<E2>/V", 392);
        col(Kind.F4, "Phase(Zstack)/deg", 422);
        col(Kind.F4, "|Zstack|/Ohm", 423);
        col(Kind.F4, "Re(Zstack)/Ohm", 424);
        col(Kind.F4, "-Im(Zstack)/Ohm", 425);
        col(Kind.F4, "<Estack>/V", 426);
        col(Kind.F4, "Phase(Zwe-ce)/deg", 430);
        col(Kind.F4, "|Zwe-ce|/Ohm", 431);
        col(Kind.F4, "Re(Zwe-ce)/Ohm", 432);
        col(Kind.F4, "-Im(Zwe-ce)/Ohm", 433);
        col(Kind.F4, "(Q-Qo)/C", 434, 178);
        col(Kind.F4, "dQ/C", 435, 179);
        col(Kind.F8, "step time/s", 438, 182);
        col(Kind.F4, "<Ece>/V", 441, 471);
        col(Kind.F4, "Temperature/°C", 462);
        col(Kind.F8, "Q charge/discharge/mA.h", 467);
        col(Kind.U4, "half cycle", 468);
        col(Kind.U4, "z cycle", 469);
        String[] harmonic = {"THD Ewe/%", "THD I/%", "THD Ece/%", "NSD Ewe/%", "NSD I/%", "NSD Ece/%",
            "NSR Ewe/%", "NSR I/%", "NSR Ece/%"};
        for (int i = 0; i < harmonic.length; i++) {
            col(Kind.F4, harmonic[i], 473 + i);
        }
        String[] amp = {"Ewe", "I", "Ece"};
        for (int q = 0; q < 3; q++) {
            for (int h = 2; h <= 7; h++) {
                col(Kind.F4, "|" + amp[q] + " h" + h + "|/" + (q == 1 ? "A" : "V"), 486 + 6 * q + (h - 2));
            }
        }
        col(Kind.F8, "Energy we/W.h", 880);
        col(Kind.F8, "Energy ce/W.h", 878);
        col(Kind.F8, "Energy ce charge/W.h", 883);
        col(Kind.F8, "Energy ce discharge/W.h", 884);
    }

    /** Every header {@link #header} can return, so that the reader can parse them once. */
    static List<String> headers() {
        List<String> out = new ArrayList<>();
        for (Type t : TYPES.values()) {
            for (String technique : List.of("", "BCD", "PEIS")) {
                out.add(header(t, technique, true, true));
                out.add(header(t, technique, false, false));
            }
        }
        return out;
    }

    static Optional<Type> of(int id) {
        return Optional.ofNullable(TYPES.get(id));
    }

    /**
     * The header EC-Lab's exporter writes for this column in this file. Three names depend on the
     * run, as the corpus pairs show: Ewe is "Ecell" in BCD runs; EC-Lab 11.50+ files that also record
     * Ece split energies per electrode ("Energy we charge"); impedance techniques write "Pwe".
     */
    static String header(Type t, String technique, boolean newLayout, boolean hasEce) {
        String h = t.header();
        if (t.id() == 6 && technique.equals("BCD")) {
            return "Ecell/V";
        }
        if ((t.id() == 123 || t.id() == 124 || t.id() == 379) && newLayout && hasEce) {
            return h.replace("Energy ", "Energy we ");
        }
        if ((t.id() == 70 || t.id() == 326 || t.id() == 69) && (technique.equals("PEIS") || technique.equals("GEIS"))) {
            return h.charAt(0) + "we" + h.substring(1);
        }
        return h;
    }
}
